/**
 * The NumPy `.npy` format, version 1.0: the magic string, a little-endian header length, a Python dict
 * literal `{'descr': ..., 'fortran_order': False, 'shape': (...), }` padded with spaces to a multiple of 64
 * bytes and ended by a newline, then the data in C order. Only the three kinds the exports need.
 */
export type NpyArray =
  | { readonly dtype: 'f8'; readonly shape: readonly number[]; readonly data: Float64Array }
  | { readonly dtype: 'i8'; readonly shape: readonly number[]; readonly data: readonly number[] | Int32Array }
  | { readonly dtype: 'U'; readonly shape: readonly number[]; readonly data: readonly string[] };

const MAGIC = [0x93, ...Buffer.from('NUMPY', 'latin1'), 1, 0];

function shapeLiteral(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** The header of an array of `descr` and `shape`, including the magic string. O(1). */
export function npyHeader(descr: string, shape: readonly number[]): Buffer {
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeLiteral(shape)}, }`;
  const unpadded = MAGIC.length + 2 + dict.length + 1;
  const padded = Math.ceil(unpadded / 64) * 64;
  const text = `${dict}${' '.repeat(padded - unpadded)}\n`;
  const header = Buffer.alloc(MAGIC.length + 2);
  header.set(MAGIC);
  header.writeUInt16LE(text.length, MAGIC.length);
  return Buffer.concat([header, Buffer.from(text, 'latin1')]);
}

/** Entries of `shape`. */
export function entryCount(shape: readonly number[]): number {
  return shape.reduce((product, d) => product * d, 1);
}

/** The bytes of one whole `.npy` file. O(size). */
export function npyBytes(array: NpyArray): Buffer {
  if (entryCount(array.shape) !== array.data.length) {
    throw new RangeError(`npy: shape (${array.shape.join(', ')}) does not hold ${array.data.length} entries`);
  }
  switch (array.dtype) {
    case 'f8': {
      const data = Buffer.alloc(array.data.length * 8);
      for (let i = 0; i < array.data.length; i++) data.writeDoubleLE(array.data[i], i * 8);
      return Buffer.concat([npyHeader('<f8', array.shape), data]);
    }
    case 'i8': {
      const data = Buffer.alloc(array.data.length * 8);
      Array.from(array.data).forEach((v, i) => data.writeBigInt64LE(BigInt(v), i * 8));
      return Buffer.concat([npyHeader('<i8', array.shape), data]);
    }
    case 'U': {
      // Fixed-width UTF-32 code points, zero-padded; NumPy needs a width of at least 1.
      const points = array.data.map((s) => Array.from(s, (c) => c.codePointAt(0) as number));
      const width = Math.max(1, ...points.map((p) => p.length));
      const data = Buffer.alloc(array.data.length * width * 4);
      points.forEach((p, i) => p.forEach((c, j) => data.writeUInt32LE(c, (i * width + j) * 4)));
      return Buffer.concat([npyHeader(`<U${width}`, array.shape), data]);
    }
  }
}
