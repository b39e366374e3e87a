import type { SequenceCodes, SequenceGaps, SequencePosition } from './sequence-network.js';
import { sequenceMean } from './sequence-patterns.js';

/**
 * The decision gaps of exact recall (docs/sequences.md), from the codes actually drawn. When recall is on
 * pattern t the state is x = ξ_t − xī, and two things must go right:
 * - attend: the scores ξ_j · x (j = 0..p−1) must put ξ_t first; its lead over the best other is gap_t;
 * - decode: the Pearson correlation of x with ξ_t must beat that with every other pattern.
 * `columns` limits t to some patterns: the minimum over a subset can only overstate the true minimum, so a
 * subset that is already unsafe rejects a neuron count cheaply. O(|columns| · p · n) time, O(p + n) memory
 * besides the item Gram (items² entries).
 */
export function sequenceGaps(
  codes: SequenceCodes,
  positions: readonly SequencePosition[],
  columns?: ArrayLike<number>,
): SequenceGaps {
  const p = positions.length;
  const ni = codes.itemLength;
  const nc = codes.contextLength;
  const n = ni + nc;
  const itemCount = codes.itemCount;
  const itemGram = new Float64Array(itemCount * itemCount);
  for (let u = 0; u < itemCount; u++) {
    for (let v = u; v < itemCount; v++) {
      const s = dotRows(codes.item, u * ni, codes.item, v * ni, ni);
      itemGram[u * itemCount + v] = s;
      itemGram[v * itemCount + u] = s;
    }
  }
  const itemOf = Int32Array.from(positions, (pos) => pos.item);
  const mean = sequenceMean(codes, positions);
  const sum = new Float64Array(p);
  const meanDot = new Float64Array(p); // d_j = ξ_j · xī
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
      itemGram[itemOf[j] * itemCount + itemOf[j]] + dotRows(codes.context, j * nc, codes.context, j * nc, nc);
  }
  let meanNormSquared = 0;
  let meanSum = 0;
  for (let i = 0; i < n; i++) {
    meanNormSquared += mean[i] * mean[i];
    meanSum += mean[i];
  }
  const centredNorm = new Float64Array(p);
  for (let j = 0; j < p; j++) centredNorm[j] = Math.sqrt(Math.max(0, selfDot[j] - (sum[j] * sum[j]) / n));

  let attend = Infinity;
  let decode = Infinity;
  let idealCorrelation = Infinity;
  const score = new Float64Array(p);
  const count = columns ? columns.length : p;
  for (let c = 0; c < count; c++) {
    const t = columns ? columns[c] : c;
    const xMean = (sum[t] - meanSum) / n;
    const xNorm = Math.sqrt(Math.max(0, selfDot[t] - 2 * meanDot[t] + meanNormSquared - n * xMean * xMean));
    for (let j = 0; j < p; j++) {
      const crossDot =
        j === t
          ? selfDot[t]
          : itemGram[itemOf[j] * itemCount + itemOf[t]] + dotRows(codes.context, j * nc, codes.context, t * nc, nc);
      score[j] = crossDot - meanDot[j];
    }
    const correlation = (j: number) => {
      const denominator = xNorm * centredNorm[j];
      return denominator > 0 ? (score[j] - xMean * sum[j]) / denominator : 0;
    };
    let bestOther = -Infinity;
    let bestOtherCorrelation = -Infinity;
    for (let j = 0; j < p; j++) {
      if (j === t) continue;
      if (score[j] > bestOther) bestOther = score[j];
      const r = correlation(j);
      if (r > bestOtherCorrelation) bestOtherCorrelation = r;
    }
    const own = correlation(t);
    attend = Math.min(attend, score[t] - bestOther);
    decode = Math.min(decode, own - bestOtherCorrelation);
    idealCorrelation = Math.min(idealCorrelation, own);
  }
  return {
    attend: p > 1 ? attend : null,
    decode: p > 1 ? decode : null,
    idealCorrelation: count > 0 ? idealCorrelation : 0,
  };
}

function dotRows(a: Float64Array, offsetA: number, b: Float64Array, offsetB: number, length: number): number {
  let s = 0;
  for (let i = 0; i < length; i++) s += a[offsetA + i] * b[offsetB + i];
  return s;
}
