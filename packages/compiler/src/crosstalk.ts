import type { CodeBook } from './codes.js';
import type { Rng } from './random.js';
import { POPCOUNT16 } from './popcount.js';

/**
 * Per-state summary of the state-code Gram matrix G (G[q][r] = s_q · s_r): its diagonal and, for each q,
 * the largest and smallest G[q][r] over r != q (`-Infinity` / `Infinity` when there is no other state).
 * When built from a subset of pairs (`visitedAll` false), `maxCross` can only grow and `minCross` only
 * shrink once more pairs are seen.
 */
export interface StateGram {
  readonly self: Float64Array;
  readonly maxCross: Float64Array;
  readonly minCross: Float64Array;
  readonly visitedAll: boolean;
}

/**
 * Bit-packed bipolar state codes: `words` 32-bit words per code (a multiple of 4, zero-padded so the scan
 * can take four words per step), bit i of code q = (s_q[i] === +1). Int32Array, not Uint32Array: V8 keeps
 * int32 loads unboxed, while uint32 values above 2^31 would become doubles in the hot loop.
 */
interface PackedCodes {
  readonly words: number;
  readonly bits: Int32Array;
}

function packStateCodes(codes: CodeBook): PackedCodes {
  const ns = codes.stateLength;
  const words = 4 * Math.max(1, Math.ceil(ns / 128));
  const bits = new Int32Array(codes.stateCount * words);
  for (let q = 0; q < codes.stateCount; q++) {
    for (let i = 0; i < ns; i++) {
      if (codes.state[q * ns + i] > 0) bits[q * words + (i >>> 5)] |= 1 << (i & 31);
    }
  }
  return { words, bits };
}

/** s_q · s_r, computed exactly for bipolar codes. O(n_s). */
export function stateDot(codes: CodeBook, q: number, r: number): number {
  const ns = codes.stateLength;
  let sum = 0;
  for (let i = 0; i < ns; i++) sum += codes.state[q * ns + i] * codes.state[r * ns + i];
  return sum;
}

function emptyGram(codes: CodeBook): { self: Float64Array; maxCross: Float64Array; minCross: Float64Array } {
  const count = codes.stateCount;
  const self = new Float64Array(count);
  for (let q = 0; q < count; q++) self[q] = stateDot(codes, q, q);
  return { self, maxCross: new Float64Array(count).fill(-Infinity), minCross: new Float64Array(count).fill(Infinity) };
}

/**
 * The exact `StateGram` over all pairs. Bipolar codes use bit-packed codes and a 16-bit popcount table
 * (s_q · s_r = n_s - 2 · popcount(s_q xor s_r)), so 10 000 states of 512 bits take about a second;
 * uniform codes use a float Gram in blocks of rows. `stopWhen` is asked after each block of rows
 * (blocks double in size) with the partial summary and may end the scan early (then `visitedAll` is false).
 * O(states² · n_s) (divided by 32 for bipolar codes).
 */
export function stateGram(codes: CodeBook, stopWhen?: (partial: StateGram) => boolean): StateGram {
  const gram = emptyGram(codes);
  const count = codes.stateCount;
  const visit = codes.encoding === 'bipolar' ? bipolarRows(codes, gram) : uniformRows(codes, gram);
  // Rows are scanned in blocks that double in size (16, 16, 32, 64, ...), so a failing candidate is
  // usually caught after a small share of the pairs while the number of checks stays logarithmic.
  let start = 0;
  let block = 16;
  while (start < count) {
    const end = stopWhen ? Math.min(count, start + block) : count;
    visit(start, end);
    start = end;
    block = Math.max(block, start);
    if (start < count && stopWhen?.({ ...gram, visitedAll: false })) return { ...gram, visitedAll: false };
  }
  return { ...gram, visitedAll: true };
}

/**
 * A `StateGram` from `pairs` random pairs (stream given by the caller): a cheap partial summary whose
 * `maxCross` is a lower bound of the exact one (and `minCross` an upper bound). O(pairs · n_s).
 */
export function sampledStateGram(codes: CodeBook, pairs: number, rng: Rng): StateGram {
  const gram = emptyGram(codes);
  const count = codes.stateCount;
  if (count < 2) return { ...gram, visitedAll: true };
  const packed = codes.encoding === 'bipolar' ? packStateCodes(codes) : undefined;
  for (let t = 0; t < pairs; t++) {
    const q = rng.nextInt(count);
    let r = rng.nextInt(count - 1);
    if (r >= q) r++;
    const dot = packed ? packedDot(packed, codes.stateLength, q, r) : stateDot(codes, q, r);
    if (dot > gram.maxCross[q]) gram.maxCross[q] = dot;
    if (dot < gram.minCross[q]) gram.minCross[q] = dot;
    if (dot > gram.maxCross[r]) gram.maxCross[r] = dot;
    if (dot < gram.minCross[r]) gram.minCross[r] = dot;
  }
  return { ...gram, visitedAll: false };
}

function packedDot(packed: PackedCodes, ns: number, q: number, r: number): number {
  const { words, bits } = packed;
  let distance = 0;
  for (let w = 0; w < words; w++) {
    const x = bits[q * words + w] ^ bits[r * words + w];
    distance += POPCOUNT16[x & 0xffff] + POPCOUNT16[(x >>> 16) & 0xffff];
  }
  return ns - 2 * distance;
}

type RowVisitor = (start: number, end: number) => void;

function bipolarRows(codes: CodeBook, gram: ReturnType<typeof emptyGram>): RowVisitor {
  const { words, bits } = packStateCodes(codes);
  const count = codes.stateCount;
  const ns = codes.stateLength;
  const maxCross = new Int32Array(count).fill(-2147483648);
  const minCross = new Int32Array(count).fill(2147483647);
  const table = POPCOUNT16;
  return (start, end) => {
    for (let q = start; q < end; q++) {
      const base = q * words;
      let maxQ = maxCross[q];
      let minQ = minCross[q];
      for (let r = q + 1; r < count; r++) {
        const other = r * words;
        let distance = 0;
        for (let w = 0; w < words; w += 4) {
          const x0 = bits[base + w] ^ bits[other + w];
          const x1 = bits[base + w + 1] ^ bits[other + w + 1];
          const x2 = bits[base + w + 2] ^ bits[other + w + 2];
          const x3 = bits[base + w + 3] ^ bits[other + w + 3];
          distance +=
            table[x0 & 0xffff] +
            table[x0 >>> 16] +
            table[x1 & 0xffff] +
            table[x1 >>> 16] +
            table[x2 & 0xffff] +
            table[x2 >>> 16] +
            table[x3 & 0xffff] +
            table[x3 >>> 16];
        }
        const dot = ns - 2 * distance;
        if (dot > maxQ) maxQ = dot;
        if (dot < minQ) minQ = dot;
        if (dot > maxCross[r]) maxCross[r] = dot;
        if (dot < minCross[r]) minCross[r] = dot;
      }
      maxCross[q] = maxQ;
      minCross[q] = minQ;
    }
    // Rows < end are final for themselves; later rows hold partial extremes. Publish all of them.
    for (let q = 0; q < count; q++) {
      if (maxCross[q] !== -2147483648) gram.maxCross[q] = maxCross[q];
      if (minCross[q] !== 2147483647) gram.minCross[q] = minCross[q];
    }
  };
}

function uniformRows(codes: CodeBook, gram: ReturnType<typeof emptyGram>): RowVisitor {
  const count = codes.stateCount;
  const ns = codes.stateLength;
  const s = codes.state;
  const block = 16;
  return (start, end) => {
    for (let q0 = start; q0 < end; q0 += block) {
      const q1 = Math.min(end, q0 + block);
      // Each row r is streamed once per block of q rows, which stay in cache.
      for (let r = q0 + 1; r < count; r++) {
        const other = r * ns;
        for (let q = q0; q < q1 && q < r; q++) {
          const base = q * ns;
          let dot = 0;
          for (let i = 0; i < ns; i++) dot += s[base + i] * s[other + i];
          if (dot > gram.maxCross[q]) gram.maxCross[q] = dot;
          if (dot < gram.minCross[q]) gram.minCross[q] = dot;
          if (dot > gram.maxCross[r]) gram.maxCross[r] = dot;
          if (dot < gram.minCross[r]) gram.minCross[r] = dot;
        }
      }
    }
  };
}
