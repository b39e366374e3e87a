import { checkPatternMatrix, type PatternSource } from './kernel.js';

/**
 * A ±1 pattern matrix as bits (bit = 1 for +1), stored twice so that both products read memory in order.
 * Words are 32 bits; neurons and patterns are padded with 0 bits up to a multiple of 32, and the padding
 * meets zeros in the padded input vectors, so it adds nothing.
 */
export interface BipolarBits {
  readonly n: number;
  readonly p: number;
  /** Words per pattern: ceil(n / 32). */
  readonly neuronWords: number;
  /** Blocks of 32 patterns: ceil(p / 32). */
  readonly patternBlocks: number;
  /** byPattern[mu · neuronWords + j], bit k: neuron 32 j + k of pattern mu. */
  readonly byPattern: Uint32Array;
  /** byNeuron[b · n + i], bit k: neuron i of pattern 32 b + k. */
  readonly byNeuron: Uint32Array;
}

/** Packs the columns of a ±1 source; throws a RangeError naming the first entry that is not ±1. O(n · p). */
export function packBipolarBits(source: PatternSource, kernel: string): BipolarBits {
  checkPatternMatrix(source.n, source.p, kernel);
  const { n, p } = source;
  const neuronWords = Math.ceil(n / 32);
  const patternBlocks = Math.ceil(p / 32);
  const byPattern = new Uint32Array(p * neuronWords);
  const byNeuron = new Uint32Array(patternBlocks * n);
  const column = new Float64Array(n);
  for (let mu = 0; mu < p; mu++) {
    source.column(mu, column);
    const patternBit = 1 << (mu & 31);
    const block = (mu >>> 5) * n;
    for (let i = 0; i < n; i++) {
      const v = column[i];
      if (v === 1) {
        byPattern[mu * neuronWords + (i >>> 5)] |= 1 << (i & 31);
        byNeuron[block + i] |= patternBit;
      } else if (v !== -1) {
        throw new RangeError(`the ${kernel} kernel needs ±1 patterns; pattern ${mu} has ${v} at neuron ${i}`);
      }
    }
  }
  return { n, p, neuronWords, patternBlocks, byPattern, byNeuron };
}

/**
 * For each group g < groups of four numbers v[from + 4g ..< from + 4g + 4], writes the 16 signed sums
 * table[offset + 16 g + b] = sum over t < 4 of (bit t of b ? v_t : -v_t): entry 0 is -(v0 + v1 + v2 + v3),
 * then each bit t adds 2 v_t to the half of the table that has it. packed-bipolar.wat does the same
 * additions in the same order. O(groups).
 */
export function signedSumTables(
  v: Float64Array,
  from: number,
  groups: number,
  table: Float64Array,
  offset: number,
): void {
  for (let g = 0; g < groups; g++) {
    const at = from + 4 * g;
    const out = offset + 16 * g;
    table[out] = 0 - v[at] - v[at + 1] - v[at + 2] - v[at + 3];
    for (let t = 0; t < 4; t++) {
      const size = 1 << t;
      const add = 2 * v[at + t];
      for (let b = 0; b < size; b++) table[out + size + b] = table[out + b] + add;
    }
  }
}
