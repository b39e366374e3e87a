import type { CompiledSequence } from '@cdam/compiler';
import { centreInto } from '../centre.js';
import type { Kernel } from '../kernel/kernel.js';

/** The state of a sequence network read as a position of the sequence (docs/model.md, "Reading the state"). */
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
 * Pearson correlation of x with every pattern ξ_mu = [item code ; context code]. x is centred, so the dot
 * products need no pattern means; the patterns' centred norms are precomputed. Without a kernel, the item part
 * of each dot product is computed once per distinct item and shared by its occurrences:
 * O(items · n_item + p · n_context) per decode. With a kernel over the same patterns (the network's), the dot
 * products are one `project` of the centred state, e.g. n · p / 4 table look-ups for bipolar codes.
 */
export class SequenceDecoder {
  private readonly sequence: CompiledSequence;
  private readonly centredNorm: Float64Array;
  private readonly centred: Float64Array;
  private readonly itemDot: Float64Array;
  private readonly kernel: Kernel | undefined;
  private readonly dots: Float64Array;
  /** Entry sums of every pattern, for `decodeFromScores`. */
  private readonly patternSum: Float64Array;

  /** `kernel`, when given, must compute Xi^T for this sequence's patterns (n and p are checked). */
  constructor(sequence: CompiledSequence, kernel?: Kernel) {
    this.sequence = sequence;
    const { codes, positions } = sequence;
    const ni = codes.itemLength;
    const nc = codes.contextLength;
    const n = ni + nc;
    const p = positions.length;
    this.centredNorm = new Float64Array(p);
    this.patternSum = new Float64Array(p);
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
      this.patternSum[mu] = sum;
    });
    this.centred = new Float64Array(n);
    if (kernel && (kernel.n !== n || kernel.p !== p)) {
      throw new RangeError(`decoder kernel is n = ${kernel.n}, p = ${kernel.p}; the sequence has n = ${n}, p = ${p}`);
    }
    this.kernel = kernel;
    this.itemDot = new Float64Array(kernel ? 0 : codes.itemCount);
    this.dots = new Float64Array(p);
  }

  /** dots[mu] = ξ_mu · centred, by the kernel or by shared item parts. */
  private project(): void {
    const { centred, itemDot, kernel, dots } = this;
    if (kernel) {
      kernel.project(centred, dots);
      return;
    }
    const { codes, positions } = this.sequence;
    const ni = codes.itemLength;
    const nc = codes.contextLength;
    for (let item = 0; item < codes.itemCount; item++) {
      let dot = 0;
      for (let i = 0; i < ni; i++) dot += centred[i] * codes.item[item * ni + i];
      itemDot[item] = dot;
    }
    for (let mu = 0; mu < positions.length; mu++) {
      let dot = itemDot[positions[mu].item];
      for (let i = 0; i < nc; i++) dot += centred[ni + i] * codes.context[mu * nc + i];
      dots[mu] = dot;
    }
  }

  /** Decodes x[offset ..< offset + n]; writes the correlations into `correlations` when given. */
  decode(x: Float64Array, offset = 0, correlations?: Float64Array): DecodedPosition {
    const { codes, positions } = this.sequence;
    const ni = codes.itemLength;
    const nc = codes.contextLength;
    const n = ni + nc;
    const p = positions.length;
    const out = correlations ?? new Float64Array(p);
    const norm = centreInto(x, offset, n, this.centred);
    this.project();
    return this.read(norm, out);
  }

  /**
   * `decode(x)` from scores[mu] = ξ_mu · x that the caller has already computed (recall's next update needs
   * them too): ξ_mu · (x − mean(x)) = scores[mu] − mean(x) · sum(ξ_mu), so no product over the patterns is
   * made here. The correlations agree with `decode` to rounding. O(n + p).
   */
  decodeFromScores(x: Float64Array, scores: Float64Array, correlations?: Float64Array): DecodedPosition {
    const n = this.centred.length;
    const p = this.dots.length;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += x[i];
    const mean = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += (x[i] - mean) * (x[i] - mean);
    // a state too large to square: decode rescales it
    if (!Number.isFinite(squares)) return this.decode(x, 0, correlations);
    const { dots, patternSum } = this;
    for (let mu = 0; mu < p; mu++) dots[mu] = scores[mu] - mean * patternSum[mu];
    return this.read(Math.sqrt(squares), correlations ?? new Float64Array(p));
  }

  /** The decoded position from `dots` (ξ_mu · centred x) and the centred state's norm. O(p). */
  private read(norm: number, out: Float64Array): DecodedPosition {
    const { positions, items, params } = this.sequence;
    const p = positions.length;
    const { dots } = this;
    let best = -Infinity;
    let second = -Infinity;
    let pattern = 0;
    for (let mu = 0; mu < p; mu++) {
      const denominator = norm * this.centredNorm[mu];
      const r = denominator > 0 ? dots[mu] / denominator : 0;
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
