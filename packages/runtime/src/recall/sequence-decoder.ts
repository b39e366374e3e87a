import type { CompiledSequence } from '@cdam/compiler';
import { centreInto } from '../centre.js';

/** The state of a sequence network read as a position of the sequence (cdam-model.md, "Reading the state"). */
export interface DecodedPosition {
  /** Index of the pattern with the largest Pearson correlation. */
  readonly pattern: number;
  /** Its item name. */
  readonly item: string;
  /** Its step in the items list (0-based). */
  readonly step: number;
  /** Which occurrence of the item it is (1-based). */
  readonly occurrence: number;
  /** Which tick of the step's dwell (0-based). */
  readonly tick: number;
  /** The largest correlation. */
  readonly best: number;
  /** best minus the second-best correlation over all patterns (best itself with one pattern). */
  readonly margin: number;
  /** best < quiescenceThreshold: no pattern is active. */
  readonly quiescent: boolean;
  /** Pearson correlation with every pattern. */
  readonly correlations: Float64Array;
}

/**
 * Pearson correlation of x with every pattern ξ_mu = [item code ; context code]. The item part of the dot
 * product is computed once per distinct item and shared by its occurrences. x is centred, so the dot product
 * needs no pattern means; the patterns' centred norms are precomputed. O(items · n_item + p · n_context) per decode.
 */
export class SequenceDecoder {
  private readonly sequence: CompiledSequence;
  private readonly centredNorm: Float64Array;
  private readonly centred: Float64Array;
  private readonly itemDot: Float64Array;

  constructor(sequence: CompiledSequence) {
    this.sequence = sequence;
    const { codes, positions } = sequence;
    const ni = codes.itemLength;
    const nc = codes.contextLength;
    const n = ni + nc;
    const p = positions.length;
    this.centredNorm = new Float64Array(p);
    positions.forEach((position, mu) => {
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < ni; i++) {
        const v = codes.item[position.item * ni + i];
        sum += v;
        squares += v * v;
      }
      for (let i = 0; i < nc; i++) {
        const v = codes.context[mu * nc + i];
        sum += v;
        squares += v * v;
      }
      this.centredNorm[mu] = Math.sqrt(Math.max(0, squares - (sum * sum) / n));
    });
    this.centred = new Float64Array(n);
    this.itemDot = new Float64Array(codes.itemCount);
  }

  /** Decodes x[offset ..< offset + n]; writes the correlations into `correlations` when given. */
  decode(x: Float64Array, offset = 0, correlations?: Float64Array): DecodedPosition {
    const { codes, positions, items, params } = this.sequence;
    const ni = codes.itemLength;
    const nc = codes.contextLength;
    const n = ni + nc;
    const p = positions.length;
    const out = correlations ?? new Float64Array(p);
    const { centred, itemDot } = this;
    const norm = centreInto(x, offset, n, centred);
    for (let item = 0; item < codes.itemCount; item++) {
      let dot = 0;
      for (let i = 0; i < ni; i++) dot += centred[i] * codes.item[item * ni + i];
      itemDot[item] = dot;
    }
    let best = -Infinity;
    let second = -Infinity;
    let pattern = 0;
    for (let mu = 0; mu < p; mu++) {
      let dot = itemDot[positions[mu].item];
      for (let i = 0; i < nc; i++) dot += centred[ni + i] * codes.context[mu * nc + i];
      const denominator = norm * this.centredNorm[mu];
      const r = denominator > 0 ? dot / denominator : 0;
      out[mu] = r;
      if (r > best) {
        second = best;
        best = r;
        pattern = mu;
      } else if (r > second) {
        second = r;
      }
    }
    const position = positions[pattern];
    return {
      pattern,
      item: items[position.item],
      step: position.step,
      occurrence: position.occurrence,
      tick: position.tick,
      best,
      margin: p > 1 ? best - second : best,
      quiescent: !(best >= params.quiescenceThreshold),
      correlations: out,
    };
  }
}
