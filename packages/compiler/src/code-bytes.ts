import { fromBase64, sha256Hex } from './bytes.js';
import type { CodeBook } from './codes.js';
import { fail, field, integer, oneOf, string, type JsonObject } from './artifact-fields.js';
import { ENCODINGS } from './artifact-parameters.js';
import { MAX_CODE_ENTRIES } from './limits.js';

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
): Uint8Array {
  if (encoding === 'uniform') {
    const bytes = new Uint8Array(count * length * 8);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < count * length; i++) view.setFloat64(i * 8, values[i], true);
    return bytes;
  }
  const stride = Math.ceil(length / 8);
  const bytes = new Uint8Array(count * stride);
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
  return sha256Hex(firstBytes, secondBytes);
}

/** The bytes of a canonical base64 field of an artifact; a `FieldError` naming `path` otherwise. O(length). */
export function decodeBase64(value: unknown, path: string): Uint8Array {
  const text = string(value, path);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) fail(path, 'is not canonical base64');
  return fromBase64(text);
}

/**
 * The inverse of `encodeCodes`, checking the byte count, that padding bits are 0, and that uniform entries
 * lie in [0, 1) (a larger entry could overflow the products to Infinity). A `FieldError` naming `path`
 * otherwise. O(count · length).
 */
export function decodeCodes(
  encoding: CodeBook['encoding'],
  bytes: Uint8Array,
  count: number,
  length: number,
  path: string,
): Float64Array {
  if (encoding === 'uniform') {
    if (bytes.length !== count * length * 8) {
      fail(path, `holds ${bytes.length} bytes, expected ${count * length * 8} (${count} codes of ${length} doubles)`);
    }
    const values = new Float64Array(count * length);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < values.length; i++) {
      const v = view.getFloat64(i * 8, true);
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

/** What one block of an artifact's `codes` must hold: `<key>Count` codes of `<key>Length` entries. */
export interface CodeBlockShape {
  readonly key: string;
  readonly count: number;
  readonly length: number;
}

/**
 * Reads an artifact's `codes` object of two blocks (state and input, item and context): the encoding, which
 * must be `encoding`; each block's count and length, which must be those of `first` and `second`; the entry
 * limit `maxEntries` (default `MAX_CODE_ENTRIES`; a sequence's bipolar codes have a larger one), checked before decoding; the bytes of each block; and the sha256 of both.
 * Throws `FieldError` naming the field. O(entries).
 */
export function readCodeBlocks(
  c: JsonObject,
  encoding: CodeBook['encoding'],
  first: CodeBlockShape,
  second: CodeBlockShape,
  maxEntries = MAX_CODE_ENTRIES,
): [Float64Array, Float64Array] {
  const at = (key: string) => field(c, key, 'codes');
  const stored = oneOf(at('encoding'), 'codes.encoding', ENCODINGS);
  if (stored !== encoding) fail('codes.encoding', `'${stored}' differs from parameters.encoding '${encoding}'`);
  const exactly = (key: string, value: number) => integer(at(key), `codes.${key}`, value, value);
  let entries = 0;
  for (const block of [first, second]) {
    entries += exactly(`${block.key}Count`, block.count) * exactly(`${block.key}Length`, block.length);
  }
  if (entries > maxEntries) {
    fail(
      'codes',
      `${entries} code entries are more than the limit of ${maxEntries} a compiled network with ${encoding} codes can have`,
    );
  }
  const firstBytes = decodeBase64(at(first.key), `codes.${first.key}`);
  const secondBytes = decodeBase64(at(second.key), `codes.${second.key}`);
  const hash = string(at('sha256'), 'codes.sha256');
  const values = [first, second].map((block, i) =>
    decodeCodes(encoding, i === 0 ? firstBytes : secondBytes, block.count, block.length, `codes.${block.key}`),
  );
  if (codesHash(firstBytes, secondBytes) !== hash)
    fail('codes.sha256', 'does not match the code bytes (the codes were changed or damaged)');
  return [values[0], values[1]];
}
