/**
 * The CRC-32 (zlib's) of a message extended by `length` zero bytes, in O(log length) instead of O(length):
 * zero bytes act on the CRC register as a linear map over GF(2), so the map for 2^j zero bytes is
 * precomputed by squaring (the method of zlib's crc32_combine). Used for the long zero runs of a dense H.
 */
type Operator = Uint32Array<ArrayBuffer>; // column i: the image of register bit i

function apply(op: Operator, value: number): number {
  let result = 0;
  for (let i = 0, v = value >>> 0; v !== 0; i++, v >>>= 1) if (v & 1) result ^= op[i];
  return result >>> 0;
}

function compose(outer: Operator, inner: Operator): Operator {
  return inner.map((column) => apply(outer, column));
}

/** powers[j]: the register map of 2^j zero bytes. */
const powers: Operator[] = (() => {
  const bit = new Uint32Array(32);
  bit[0] = 0xedb88320; // the reflected polynomial: shifting out a set low bit
  for (let i = 1; i < 32; i++) bit[i] = (1 << (i - 1)) >>> 0;
  let byte: Operator = bit;
  for (let k = 1; k < 8; k++) byte = compose(bit, byte);
  const out: Operator[] = [byte];
  for (let j = 1; j < 53; j++) out.push(compose(out[j - 1], out[j - 1]));
  return out;
})();

/** `crc32(zeros(length), crc)` of node:zlib, without touching `length` bytes. O(32 · log length). */
export function crc32Zeros(crc: number, length: number): number {
  let register = ~crc >>> 0;
  for (let j = 0, rest = length; rest > 0; j++, rest = Math.floor(rest / 2)) {
    if (rest % 2 === 1) register = apply(powers[j], register);
  }
  return ~register >>> 0;
}
