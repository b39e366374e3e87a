import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '@cdam/language/testing';
import { fromBase64, sha256Hex, toBase64, utf8Bytes } from './bytes.js';

describe('bytes', () => {
  it('sha256 of the FIPS 180-4 examples', () => {
    expect(sha256Hex(utf8Bytes(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(utf8Bytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(utf8Bytes('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('sha256 and base64 agree with Node on any bytes, split anywhere', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (bytes, cut) => {
        const k = bytes.length === 0 ? 0 : cut % bytes.length;
        const node = createHash('sha256').update(bytes).digest('hex');
        expect(sha256Hex(bytes.subarray(0, k), bytes.subarray(k))).toBe(node);
        const text = Buffer.from(bytes).toString('base64');
        expect(toBase64(bytes)).toBe(text);
        expect(Array.from(fromBase64(text))).toEqual(Array.from(bytes));
      }),
      propertyRuns(200),
    );
  });
});
