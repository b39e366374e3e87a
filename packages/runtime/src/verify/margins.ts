import type { MarginSummary } from './report.js';

/**
 * How close to its threshold a margin may come before `verify` warns, in Pearson-correlation units.
 * A decision is wrong once the margin (best minus second-best correlation) reaches 0, and a state reads as
 * "no memory active" once its best correlation falls below the network's quiescence threshold. "Close"
 * means within 0.05 of either: 5% of a perfect correlation, which the noise of a few percent of flipped
 * state neurons can already take away.
 */
export const CLOSE_MARGIN = 0.05;

/** Margins lie in [-1, 2] (a single state's margin is its correlation, in [-1, 1]). */
const LOW = -1;
const HIGH = 2;
const RESOLUTION = 0.001;
const BINS = Math.round((HIGH - LOW) / RESOLUTION);
const QUANTILES = [0.001, 0.01, 0.05, 0.5] as const;

/**
 * Running statistics of decision margins: exact min, max, mean and headroom; quantiles and a histogram
 * from 3000 fixed bins of width 0.001, so memory stays O(1) however many inputs are checked.
 */
export class MarginStats {
  private readonly bins = new Float64Array(BINS);
  private total = 0;
  private sum = 0;
  private smallest = Infinity;
  private largest = -Infinity;
  private headroom = Infinity;
  private where: { word: readonly string[]; atInput: number } | null = null;

  /** The smallest margin so far (Infinity before the first). */
  get min(): number {
    return this.smallest;
  }

  /**
   * Adds one decoded step: its margin and its best correlation minus the quiescence threshold. `at` is
   * called only when this margin is a new minimum, to record where it was seen. O(1).
   */
  add(margin: number, headroom: number, at?: () => { word: readonly string[]; atInput: number }): void {
    this.total++;
    this.sum += margin;
    if (margin < this.smallest) {
      this.smallest = margin;
      if (at) this.where = at();
    }
    if (margin > this.largest) this.largest = margin;
    if (headroom < this.headroom) this.headroom = headroom;
    this.bins[binOf(margin)]++;
  }

  /** The summary for the report. O(bins). */
  summary(): MarginSummary {
    if (this.total === 0) {
      return { count: 0, min: NaN, max: NaN, mean: NaN, quantiles: [], histogram: [], minHeadroom: NaN, minAt: null };
    }
    const quantiles = QUANTILES.map((q) => ({ q, margin: this.quantile(q) }));
    const width = (this.largest - this.smallest) / 10;
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < BINS; i++) {
      if (this.bins[i] === 0) continue;
      const value = Math.min(this.largest, Math.max(this.smallest, LOW + (i + 0.5) * RESOLUTION));
      counts[width > 0 ? Math.min(9, Math.floor((value - this.smallest) / width)) : 0] += this.bins[i];
    }
    const histogram = counts.map((count, i) => ({
      from: this.smallest + i * width,
      to: i === 9 ? this.largest : this.smallest + (i + 1) * width,
      count,
    }));
    return {
      count: this.total,
      min: this.smallest,
      max: this.largest,
      mean: this.sum / this.total,
      quantiles,
      histogram,
      minHeadroom: this.headroom,
      minAt: this.where,
    };
  }

  /** The q-quantile, read from the bins (upper edge of the bin that reaches it, clamped to [min, max]). */
  private quantile(q: number): number {
    const rank = Math.max(1, Math.ceil(q * this.total));
    let seen = 0;
    for (let i = 0; i < BINS; i++) {
      seen += this.bins[i];
      if (seen >= rank) return Math.min(this.largest, Math.max(this.smallest, LOW + (i + 1) * RESOLUTION));
    }
    return this.largest;
  }
}

function binOf(margin: number): number {
  const i = Math.floor((margin - LOW) / RESOLUTION);
  return i < 0 ? 0 : i >= BINS ? BINS - 1 : i;
}

/**
 * The warning for a margin summary, or null: the smallest margin within `CLOSE_MARGIN` of 0 (a wrong
 * decision), or the smallest best correlation within `CLOSE_MARGIN` of the quiescence threshold.
 */
export function marginWarning(summary: MarginSummary): string | null {
  if (summary.count === 0) return null;
  const problems: string[] = [];
  if (summary.min < CLOSE_MARGIN) {
    problems.push(
      `the smallest decision margin is ${summary.min.toFixed(3)}, within ${CLOSE_MARGIN} of 0 (where the decoder picks a wrong state)`,
    );
  }
  if (summary.minHeadroom < CLOSE_MARGIN) {
    problems.push(
      `the best correlation came within ${Math.max(0, summary.minHeadroom).toFixed(3)} of the quiescence threshold (where no memory reads as active)`,
    );
  }
  if (problems.length === 0) return null;
  return `${problems.join('; ')}; more neurons (or another seed) give a wider margin`;
}
