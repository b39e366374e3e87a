import type { SequenceCodes, SequenceGaps, SequencePosition } from './sequence-network.js';
import { sequenceMean } from './sequence-patterns.js';
import { POPCOUNT16 } from '../popcount.js';

/**
 * The decision gaps of exact recall (docs/sequences.md), from the codes actually drawn. When recall is on
 * pattern t the state is x = ξ_t − xī, and two things must go right:
 * - attend: the scores ξ_j · x (j = 0..p−1) must put ξ_t first; its lead over the best other is gap_t;
 * - decode: the Pearson correlation of x with ξ_t must beat that with every other pattern.
 * `columns` limits t to some patterns: the minimum over a subset can only overstate the true minimum, so a
 * subset that is already unsafe rejects a neuron count cheaply. Bipolar codes take `packedSequenceGaps`
 * (popcounts, O(p² · n / 64) look-up pairs), uniform codes `floatSequenceGaps` (O(|columns| · p · n)
 * multiply-adds); both give the same numbers for ±1 codes.
 */
export function sequenceGaps(
  codes: SequenceCodes,
  positions: readonly SequencePosition[],
  columns?: ArrayLike<number>,
): SequenceGaps {
  return codes.encoding === 'bipolar'
    ? packedSequenceGaps(codes, positions, columns)
    : floatSequenceGaps(codes, positions, columns);
}

/** What every pattern contributes to the gaps, whatever the pair dot products are computed with. O(p · n). */
export interface GapTerms {
  readonly n: number;
  readonly p: number;
  readonly itemOf: Int32Array;
  /** Entry sums of each pattern. */
  readonly sum: Float64Array;
  /** d_j = ξ_j · xī. */
  readonly meanDot: Float64Array;
  /** ξ_j · ξ_j. */
  readonly selfDot: Float64Array;
  /** ‖ξ_j − mean(ξ_j)‖. */
  readonly centredNorm: Float64Array;
  /** Entry mean of the state x = ξ_t − xī on pattern t. */
  readonly xMean: Float64Array;
  /** ‖x − mean(x)‖ of that state. */
  readonly xNorm: Float64Array;
}

function gapTerms(codes: SequenceCodes, positions: readonly SequencePosition[]): GapTerms {
  const p = positions.length;
  const ni = codes.itemLength;
  const nc = codes.contextLength;
  const n = ni + nc;
  const itemOf = Int32Array.from(positions, (pos) => pos.item);
  const mean = sequenceMean(codes, positions);
  const sum = new Float64Array(p);
  const meanDot = new Float64Array(p);
  const selfDot = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const item = itemOf[j] * ni;
    let s = 0;
    let d = 0;
    for (let i = 0; i < ni; i++) {
      s += codes.item[item + i];
      d += codes.item[item + i] * mean[i];
    }
    for (let i = 0; i < nc; i++) {
      s += codes.context[j * nc + i];
      d += codes.context[j * nc + i] * mean[ni + i];
    }
    sum[j] = s;
    meanDot[j] = d;
    selfDot[j] =
      dotRows(codes.item, item, codes.item, item, ni) + dotRows(codes.context, j * nc, codes.context, j * nc, nc);
  }
  let meanNormSquared = 0;
  let meanSum = 0;
  for (let i = 0; i < n; i++) {
    meanNormSquared += mean[i] * mean[i];
    meanSum += mean[i];
  }
  const centredNorm = new Float64Array(p);
  const xMean = new Float64Array(p);
  const xNorm = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    centredNorm[j] = Math.sqrt(Math.max(0, selfDot[j] - (sum[j] * sum[j]) / n));
    xMean[j] = (sum[j] - meanSum) / n;
    xNorm[j] = Math.sqrt(Math.max(0, selfDot[j] - 2 * meanDot[j] + meanNormSquared - n * xMean[j] * xMean[j]));
  }
  return { n, p, itemOf, sum, meanDot, selfDot, centredNorm, xMean, xNorm };
}

/** Pearson correlation of the state on pattern t with pattern j, from its score ξ_j · x. */
function correlationOf(terms: GapTerms, t: number, j: number, score: number): number {
  const denominator = terms.xNorm[t] * terms.centredNorm[j];
  return denominator > 0 ? (score - terms.xMean[t] * terms.sum[j]) / denominator : 0;
}

/** The gaps from each pattern's best rival score and correlation (−Infinity when it has none). */
function gapsFrom(
  terms: GapTerms,
  rows: ArrayLike<number>,
  bestOther: Float64Array,
  bestOtherCorrelation: Float64Array,
): SequenceGaps {
  let attend = Infinity;
  let decode = Infinity;
  let idealCorrelation = Infinity;
  for (let c = 0; c < rows.length; c++) {
    const t = rows[c];
    const score = terms.selfDot[t] - terms.meanDot[t];
    const own = correlationOf(terms, t, t, score);
    attend = Math.min(attend, score - bestOther[c]);
    decode = Math.min(decode, own - bestOtherCorrelation[c]);
    idealCorrelation = Math.min(idealCorrelation, own);
  }
  return {
    attend: terms.p > 1 ? attend : null,
    decode: terms.p > 1 ? decode : null,
    idealCorrelation: rows.length > 0 ? idealCorrelation : 0,
  };
}

function allRows(p: number): Int32Array {
  return Int32Array.from({ length: p }, (_, t) => t);
}

/**
 * `sequenceGaps` with float dot products: the item Gram (items² entries) once, then every pattern pair.
 * O(|columns| · p · n + items² · n_item).
 */
export function floatSequenceGaps(
  codes: SequenceCodes,
  positions: readonly SequencePosition[],
  columns?: ArrayLike<number>,
): SequenceGaps {
  const terms = gapTerms(codes, positions);
  const { p, itemOf } = terms;
  const ni = codes.itemLength;
  const nc = codes.contextLength;
  const itemCount = codes.itemCount;
  const itemGram = new Float64Array(itemCount * itemCount);
  for (let u = 0; u < itemCount; u++) {
    for (let v = u; v < itemCount; v++) {
      const s = dotRows(codes.item, u * ni, codes.item, v * ni, ni);
      itemGram[u * itemCount + v] = s;
      itemGram[v * itemCount + u] = s;
    }
  }
  const rows = columns ?? allRows(p);
  const bestOther = new Float64Array(rows.length).fill(-Infinity);
  const bestOtherCorrelation = new Float64Array(rows.length).fill(-Infinity);
  for (let c = 0; c < rows.length; c++) {
    const t = rows[c];
    for (let j = 0; j < p; j++) {
      if (j === t) continue;
      const crossDot =
        itemGram[itemOf[j] * itemCount + itemOf[t]] + dotRows(codes.context, j * nc, codes.context, t * nc, nc);
      const score = crossDot - terms.meanDot[j];
      if (score > bestOther[c]) bestOther[c] = score;
      const r = correlationOf(terms, t, j, score);
      if (r > bestOtherCorrelation[c]) bestOtherCorrelation[c] = r;
    }
  }
  return gapsFrom(terms, rows, bestOther, bestOtherCorrelation);
}

/**
 * `sequenceGaps` for ±1 codes, from bit-packed patterns: ξ_j · ξ_t = n − 2 · popcount(ξ_j xor ξ_t) is the
 * same integer the float products give, so the gaps are the same numbers, bit for bit. Each pair is visited
 * once (the pair's dot product serves both patterns' rows; maxima do not depend on order). The patterns
 * are [item bits ; context bits], each part padded with 0 bits to whole 32-bit words.
 * O(p² / 2 · n / 32) pairs of table look-ups, or O(|columns| · p · n / 32) for a subset; O(p · n / 32) memory.
 */
export function packedSequenceGaps(
  codes: SequenceCodes,
  positions: readonly SequencePosition[],
  columns?: ArrayLike<number>,
): SequenceGaps {
  const input = packedGapInput(codes, positions);
  const { terms, words, bits } = input;
  const { n, p, meanDot } = terms;
  const table = POPCOUNT16;
  const dot = (t: number, j: number): number => {
    const a = t * words;
    const b = j * words;
    let distance = 0;
    for (let w = 0; w < words; w++) {
      const x = bits[a + w] ^ bits[b + w];
      distance += table[x & 0xffff] + table[x >>> 16];
    }
    return n - 2 * distance;
  };
  if (columns !== undefined) {
    const bestOther = new Float64Array(columns.length).fill(-Infinity);
    const bestOtherCorrelation = new Float64Array(columns.length).fill(-Infinity);
    for (let c = 0; c < columns.length; c++) {
      const t = columns[c];
      for (let j = 0; j < p; j++) {
        if (j === t) continue;
        const score = dot(t, j) - meanDot[j];
        if (score > bestOther[c]) bestOther[c] = score;
        const r = correlationOf(terms, t, j, score);
        if (r > bestOtherCorrelation[c]) bestOtherCorrelation[c] = r;
      }
    }
    return gapsFrom(terms, columns, bestOther, bestOtherCorrelation);
  }
  const rivals = packedGapRivals(p);
  packedGapRows(input, 0, p, rivals);
  return packedGapsFrom(input, rivals);
}

/** What the full packed gap check reads: the per-pattern terms and the patterns as bits. Structured-cloneable. */
export interface PackedGapInput {
  readonly terms: GapTerms;
  /** 32-bit words per pattern. */
  readonly words: number;
  /** Pattern j's bits at j · words onwards. */
  readonly bits: Int32Array;
}

/** Each pattern's best rival score and correlation so far (−Infinity before any pair). */
export interface PackedGapRivals {
  readonly bestOther: Float64Array;
  readonly bestOtherCorrelation: Float64Array;
}

/** The input of the full packed gap check. O(p · n). */
export function packedGapInput(codes: SequenceCodes, positions: readonly SequencePosition[]): PackedGapInput {
  const terms = gapTerms(codes, positions);
  const { words, bits } = packSequencePatterns(codes, terms.itemOf);
  return { terms, words, bits };
}

/** Fresh rivals for p patterns. O(p). */
export function packedGapRivals(p: number): PackedGapRivals {
  return {
    bestOther: new Float64Array(p).fill(-Infinity),
    bestOtherCorrelation: new Float64Array(p).fill(-Infinity),
  };
}

/**
 * Visits the pairs (t, j), from ≤ t < to, t < j < p, raising both patterns' rivals. Rows can be split
 * over threads, each with its own rivals, and the rivals merged by `mergePackedGapRivals`: the maxima are
 * the same numbers in any order. Row t costs p − 1 − t pairs. O((to − from) · p · n / 32).
 */
export function packedGapRows(input: PackedGapInput, from: number, to: number, rivals: PackedGapRivals): void {
  const { terms, words, bits } = input;
  const { n, p, meanDot, sum, xMean, xNorm, centredNorm } = terms;
  const { bestOther, bestOtherCorrelation } = rivals;
  const table = POPCOUNT16;
  for (let t = from; t < to; t++) {
    let bestT = bestOther[t];
    let bestCorrelationT = bestOtherCorrelation[t];
    const meanDotT = meanDot[t];
    const a = t * words;
    for (let j = t + 1; j < p; j++) {
      const b = j * words;
      let distance = 0;
      for (let w = 0; w < words; w++) {
        const x = bits[a + w] ^ bits[b + w];
        distance += table[x & 0xffff] + table[x >>> 16];
      }
      const crossDot = n - 2 * distance;
      // row t: the state on pattern t against pattern j
      const scoreT = crossDot - meanDot[j];
      if (scoreT > bestT) bestT = scoreT;
      const denominatorT = xNorm[t] * centredNorm[j];
      const rT = denominatorT > 0 ? (scoreT - xMean[t] * sum[j]) / denominatorT : 0;
      if (rT > bestCorrelationT) bestCorrelationT = rT;
      // row j: the state on pattern j against pattern t
      const scoreJ = crossDot - meanDotT;
      if (scoreJ > bestOther[j]) bestOther[j] = scoreJ;
      const denominatorJ = xNorm[j] * centredNorm[t];
      const rJ = denominatorJ > 0 ? (scoreJ - xMean[j] * sum[t]) / denominatorJ : 0;
      if (rJ > bestOtherCorrelation[j]) bestOtherCorrelation[j] = rJ;
    }
    bestOther[t] = bestT;
    bestOtherCorrelation[t] = bestCorrelationT;
  }
}

/** into = elementwise max(into, other). O(p). */
export function mergePackedGapRivals(into: PackedGapRivals, other: PackedGapRivals): void {
  for (let j = 0; j < into.bestOther.length; j++) {
    if (other.bestOther[j] > into.bestOther[j]) into.bestOther[j] = other.bestOther[j];
    if (other.bestOtherCorrelation[j] > into.bestOtherCorrelation[j]) {
      into.bestOtherCorrelation[j] = other.bestOtherCorrelation[j];
    }
  }
}

/** The gaps once every pair has been visited. O(p). */
export function packedGapsFrom(input: PackedGapInput, rivals: PackedGapRivals): SequenceGaps {
  return gapsFrom(input.terms, allRows(input.terms.p), rivals.bestOther, rivals.bestOtherCorrelation);
}

/**
 * Row bounds that give `parts` threads equal numbers of pairs: row t has p − 1 − t, so the first rows are
 * the longest. bounds[k] ..< bounds[k + 1] for part k. O(parts).
 */
export function packedGapRowBounds(p: number, parts: number): Int32Array {
  return Int32Array.from({ length: parts + 1 }, (_, k) =>
    k === parts ? p : Math.round(p * (1 - Math.sqrt(1 - k / parts))),
  );
}

/** The ±1 patterns as bits (1 for +1): item part then context part, each in whole 32-bit words. O(p · n). */
function packSequencePatterns(codes: SequenceCodes, itemOf: Int32Array): { words: number; bits: Int32Array } {
  const ni = codes.itemLength;
  const nc = codes.contextLength;
  const itemWords = Math.ceil(ni / 32);
  const words = itemWords + Math.ceil(nc / 32);
  const p = itemOf.length;
  const bits = new Int32Array(p * words);
  for (let j = 0; j < p; j++) {
    const row = j * words;
    const item = itemOf[j] * ni;
    for (let i = 0; i < ni; i++) if (codes.item[item + i] > 0) bits[row + (i >>> 5)] |= 1 << (i & 31);
    const context = j * nc;
    const at = row + itemWords;
    for (let i = 0; i < nc; i++) if (codes.context[context + i] > 0) bits[at + (i >>> 5)] |= 1 << (i & 31);
  }
  return { words, bits };
}

function dotRows(a: Float64Array, offsetA: number, b: Float64Array, offsetB: number, length: number): number {
  let s = 0;
  for (let i = 0; i < length; i++) s += a[offsetA + i] * b[offsetB + i];
  return s;
}
