import { checkPatternMatrix, type PatternSource } from './kernel.js';

/**
 * A ±1 pattern matrix as bits (bit = 1 for +1), stored twice, once for each product, in the same shape:
 * for each block of 32 inputs, one 32-bit word per output (`productBits`). Neurons and patterns are padded
 * with 0 bits up to a multiple of 32, and the padding meets zeros in the padded input vectors, so it adds
 * nothing.
 */
export interface BipolarBits {
  readonly n: number;
  readonly p: number;
  /** Words per pattern: ceil(n / 32). */
  readonly neuronWords: number;
  /** Blocks of 32 patterns: ceil(p / 32). */
  readonly patternBlocks: number;
  /** byPattern[j · p + mu], bit k: neuron 32 j + k of pattern mu (the bits of Xi^T x). */
  readonly byPattern: Uint32Array;
  /** byNeuron[b · n + i], bit k: neuron i of pattern 32 b + k (the bits of Xi c). */
  readonly byNeuron: Uint32Array;
}

/** Packs the columns of a ±1 source; throws a RangeError naming the first entry that is not ±1. O(n · p). */
export function packBipolarBits(source: PatternSource, kernel: string): BipolarBits {
  checkPatternMatrix(source.n, source.p, kernel);
  const { n, p } = source;
  const neuronWords = Math.ceil(n / 32);
  const patternBlocks = Math.ceil(p / 32);
  const byPattern = new Uint32Array(neuronWords * p);
  const byNeuron = new Uint32Array(patternBlocks * n);
  const column = new Float64Array(n);
  for (let mu = 0; mu < p; mu++) {
    source.column(mu, column);
    const patternBit = 1 << (mu & 31);
    const block = (mu >>> 5) * n;
    for (let i = 0; i < n; i++) {
      const v = column[i];
      if (v === 1) {
        byPattern[(i >>> 5) * p + mu] |= 1 << (i & 31);
        byNeuron[block + i] |= patternBit;
      } else if (v !== -1) {
        throw new RangeError(`the ${kernel} kernel needs ±1 patterns; pattern ${mu} has ${v} at neuron ${i}`);
      }
    }
  }
  return { n, p, neuronWords, patternBlocks, byPattern, byNeuron };
}

/**
 * For each group g < groups of eight numbers v[from + 8g ..< from + 8g + 8], writes the 256 signed sums
 * table[offset + 256 g + b] = sum over t < 8 of (bit t of b ? v_t : -v_t): entry 0 is 0 - v_0 - ... - v_7,
 * then bit t adds 2 v_t, table[2^t + b] = table[b] + 2 v_t for b < 2^t. The wasm modules in wasm/ do the
 * same additions in the same order. O(groups).
 */
export function signedSumTables(
  v: Float64Array,
  from: number,
  groups: number,
  table: Float64Array,
  offset: number,
): void {
  for (let g = 0; g < groups; g++) {
    const at = from + 8 * g;
    const out = offset + 256 * g;
    let sum = 0;
    for (let t = 0; t < 8; t++) sum -= v[at + t];
    table[out] = sum;
    for (let t = 0; t < 8; t++) {
      const size = 1 << t;
      const add = 2 * v[at + t];
      for (let b = 0; b < size; b++) table[out + size + b] = table[out + b] + add;
    }
  }
}

/**
 * The one product every packed kernel computes, for `blocks` blocks of 32 inputs (input[0 ..< 32 · blocks],
 * zero-padded) and `outputs` outputs: out[i] = sum over j < blocks of S_j(i), added in order of j from +0,
 * where S_j(i) = (T_4j[w_0] + T_4j+1[w_1]) + (T_4j+2[w_2] + T_4j+3[w_3]) over the bytes w_k (low first) of
 * bits[j · outputs + i] and the byte tables T of `signedSumTables`. Tables are built for `pass` blocks at
 * a time (`tables` holds pass · 1024 numbers) and out keeps the running sums in between, which changes no
 * bit. packed-bipolar.wat's `product` is this function. O(outputs · blocks + 256 · blocks).
 */
export function packedProduct(
  input: Float64Array,
  blocks: number,
  bits: Uint32Array,
  outputs: number,
  tables: Float64Array,
  out: Float64Array,
  outOffset: number,
  pass: number,
): void {
  const T = tables;
  out.fill(0, outOffset, outOffset + outputs);
  for (let first = 0; first < blocks; first += pass) {
    const count = Math.min(pass, blocks - first);
    signedSumTables(input, 32 * first, 4 * count, T, 0);
    for (let i = 0; i < outputs; i++) {
      let acc = out[outOffset + i];
      for (let k = 0; k < count; k++) {
        const w = bits[(first + k) * outputs + i];
        const t = k << 10;
        acc +=
          T[t + (w & 255)] +
          T[t + 256 + ((w >>> 8) & 255)] +
          (T[t + 512 + ((w >>> 16) & 255)] + T[t + 768 + (w >>> 24)]);
      }
      out[outOffset + i] = acc;
    }
  }
}
