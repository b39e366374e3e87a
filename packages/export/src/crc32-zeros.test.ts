import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Zeros } from './crc32-zeros.js';

describe('crc32Zeros', () => {
  it('equals zlib crc32 over that many zero bytes, from any starting CRC', () => {
    for (const start of [0, 1, 0xdeadbeef, crc32(Buffer.from('cdam'))]) {
      for (const length of [0, 1, 2, 7, 8, 255, 256, 4097, 77_088, 1_000_003]) {
        expect(crc32Zeros(start, length)).toBe(crc32(Buffer.alloc(length), start));
      }
    }
  });
});
