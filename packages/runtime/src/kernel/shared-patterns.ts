import { checkPatternMatrix, type PatternSource } from './kernel.js';

/**
 * A pattern matrix Xi in a SharedArrayBuffer, so that threads build their kernels from one copy: ±1
 * patterns as bits (pattern mu's neurons in words mu · ceil(n / 32) onwards, bit i & 31 of word i >> 5,
 * 1 for +1), other patterns as Float64 columns (column mu at mu · n). Structured-cloneable.
 */
export interface SharedPatterns {
  readonly n: number;
  readonly p: number;
  readonly bipolar: boolean;
  readonly buffer: SharedArrayBuffer;
}

/** A part of Xi: patterns `patternFrom ..< patternTo`, neurons `neuronFrom ..< neuronTo`. */
export interface PatternBlock {
  readonly patternFrom: number;
  readonly patternTo: number;
  readonly neuronFrom: number;
  readonly neuronTo: number;
}

/**
 * Copies a source into shared memory; with `bipolar`, throws a RangeError naming the first entry that is
 * not ±1 (as the ±1 kernels do). O(n · p).
 */
export function sharePatterns(source: PatternSource, bipolar: boolean): SharedPatterns {
  const { n, p } = source;
  checkPatternMatrix(n, p, 'threaded');
  const column = new Float64Array(n);
  if (!bipolar) {
    const buffer = new SharedArrayBuffer(n * p * 8);
    const values = new Float64Array(buffer);
    for (let mu = 0; mu < p; mu++) {
      source.column(mu, column);
      values.set(column, mu * n);
    }
    return { n, p, bipolar, buffer };
  }
  const words = Math.ceil(n / 32);
  const buffer = new SharedArrayBuffer(Math.max(1, p * words) * 4);
  const bits = new Uint32Array(buffer);
  for (let mu = 0; mu < p; mu++) {
    source.column(mu, column);
    const row = mu * words;
    for (let i = 0; i < n; i++) {
      const v = column[i];
      if (v === 1) bits[row + (i >>> 5)] |= 1 << (i & 31);
      else if (v !== -1) {
        throw new RangeError(`the threaded kernel needs ±1 patterns; pattern ${mu} has ${v} at neuron ${i}`);
      }
    }
  }
  return { n, p, bipolar, buffer };
}

/** The block of shared patterns as a `PatternSource` (column mu = rows of pattern patternFrom + mu). O(1). */
export function sharedSource(shared: SharedPatterns, block: PatternBlock): PatternSource {
  const { patternFrom, patternTo, neuronFrom, neuronTo } = block;
  const n = neuronTo - neuronFrom;
  const p = patternTo - patternFrom;
  if (!shared.bipolar) {
    const values = new Float64Array(shared.buffer);
    return {
      n,
      p,
      column: (mu, out) => {
        const at = (patternFrom + mu) * shared.n + neuronFrom;
        out.set(values.subarray(at, at + n));
      },
    };
  }
  const bits = new Uint32Array(shared.buffer);
  const words = Math.ceil(shared.n / 32);
  return {
    n,
    p,
    column: (mu, out) => {
      const row = (patternFrom + mu) * words;
      for (let i = 0; i < n; i++) {
        const at = neuronFrom + i;
        out[i] = (bits[row + (at >>> 5)] >>> (at & 31)) & 1 ? 1 : -1;
      }
    },
  };
}

/** The whole matrix as a block. */
export function wholeBlock(shared: SharedPatterns): PatternBlock {
  return { patternFrom: 0, patternTo: shared.p, neuronFrom: 0, neuronTo: shared.n };
}

/** Splits 0 ..< count into `parts` ranges as even as can be: bounds[k] ..< bounds[k + 1]. */
export function evenBounds(count: number, parts: number): Int32Array {
  return Int32Array.from({ length: parts + 1 }, (_, k) => Math.round((k * count) / parts));
}
