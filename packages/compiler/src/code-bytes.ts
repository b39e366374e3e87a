import { createHash } from 'node:crypto';
import type { CodeBook } from './codes.js';
import { fail, string } from './artifact-fields.js';

/**
 * The binary form of codes: bipolar codes bit-packed, one code after another, each padded to whole bytes,
 * bit i of a code at byte i >> 3, bit i & 7 (least significant first), 1 = +1, padding bits 0;
 * uniform codes as consecutive little-endian IEEE-754 doubles.
 */
export function encodeCodes(
  encoding: CodeBook['encoding'],
  values: Float64Array,
  count: number,
  length: number,
): Buffer {
  if (encoding === 'uniform') {
    const bytes = Buffer.alloc(count * length * 8);
    for (let i = 0; i < count * length; i++) bytes.writeDoubleLE(values[i], i * 8);
    return bytes;
  }
  const stride = Math.ceil(length / 8);
  const bytes = Buffer.alloc(count * stride);
  for (let c = 0; c < count; c++) {
    for (let i = 0; i < length; i++) if (values[c * length + i] > 0) bytes[c * stride + (i >>> 3)] |= 1 << (i & 7);
  }
  return bytes;
}

/**
 * sha256 (hex) of two code blocks, one after the other: the state then the input codes of an automaton,
 * the item then the context codes of a sequence.
 */
export function codesHash(firstBytes: Uint8Array, secondBytes: Uint8Array): string {
  return createHash('sha256').update(firstBytes).update(secondBytes).digest('hex');
}

/** The bytes of a canonical base64 field of an artifact; a `FieldError` naming `path` otherwise. O(length). */
export function decodeBase64(value: unknown, path: string): Buffer {
  const text = string(value, path);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) fail(path, 'is not canonical base64');
  return Buffer.from(text, 'base64');
}

/**
 * The inverse of `encodeCodes`, checking the byte count, that padding bits are 0, and that uniform entries
 * lie in [0, 1) (a larger entry could overflow the products to Infinity). A `FieldError` naming `path`
 * otherwise. O(count · length).
 */
export function decodeCodes(
  encoding: CodeBook['encoding'],
  bytes: Buffer,
  count: number,
  length: number,
  path: string,
): Float64Array {
  if (encoding === 'uniform') {
    if (bytes.length !== count * length * 8) {
      fail(path, `holds ${bytes.length} bytes, expected ${count * length * 8} (${count} codes of ${length} doubles)`);
    }
    const values = new Float64Array(count * length);
    for (let i = 0; i < values.length; i++) {
      const v = bytes.readDoubleLE(i * 8);
      if (!(v >= 0 && v < 1)) fail(path, `entry ${i} is ${v}, not a uniform code entry in [0, 1)`);
      values[i] = v;
    }
    return values;
  }
  const stride = Math.ceil(length / 8);
  if (bytes.length !== count * stride) {
    fail(path, `holds ${bytes.length} bytes, expected ${count * stride} (${count} codes of ${length} bits)`);
  }
  const out = new Float64Array(count * length);
  for (let k = 0; k < count; k++) {
    for (let i = 0; i < stride * 8; i++) {
      const bit = (bytes[k * stride + (i >>> 3)] >>> (i & 7)) & 1;
      if (i < length) out[k * length + i] = bit ? 1 : -1;
      else if (bit) fail(path, `code ${k} has a set padding bit ${i} (its length is ${length})`);
    }
  }
  return out;
}
