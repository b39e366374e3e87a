import type { SequenceSpec } from '@cdam/language';
import type { SequenceCodes, SequencePosition } from './sequence-network.js';

/** The patterns of a sequence: distinct items, one position per tick of each step, and where each step starts. */
export interface SequenceLayout {
  readonly items: readonly string[];
  readonly positions: readonly SequencePosition[];
  readonly stepStart: Int32Array;
}

/** Lays out the patterns: step s with dwell d gets d consecutive patterns. O(total dwell). */
export function sequenceLayout(spec: SequenceSpec): SequenceLayout {
  const itemIndex = new Map<string, number>();
  const occurrences: number[] = [];
  const positions: SequencePosition[] = [];
  const stepStart = new Int32Array(spec.items.length);
  spec.items.forEach((name, step) => {
    let item = itemIndex.get(name);
    if (item === undefined) {
      item = itemIndex.size;
      itemIndex.set(name, item);
      occurrences.push(0);
    }
    const occurrence = ++occurrences[item];
    stepStart[step] = positions.length;
    const dwell = Math.max(1, Math.floor(spec.dwell[step] ?? 1));
    for (let tick = 0; tick < dwell; tick++) positions.push({ step, item, occurrence, tick });
  });
  return { items: [...itemIndex.keys()], positions, stepStart };
}

/**
 * The memory graph of a sequence: pattern mu -> mu + 1, and the last pattern -> the first with `loop`,
 * else -> itself (recall stops there and holds the last item). Every pattern has one successor. O(p).
 */
export function sequenceEdges(
  patternCount: number,
  loop: boolean,
): { count: number; from: Int32Array; to: Int32Array } {
  const from = new Int32Array(patternCount);
  const to = new Int32Array(patternCount);
  for (let mu = 0; mu < patternCount; mu++) {
    from[mu] = mu;
    to[mu] = mu + 1 < patternCount ? mu + 1 : loop ? 0 : mu;
  }
  return { count: patternCount, from, to };
}

/** Writes column mu of Xi, `[item code ; context code]`, into `out` (length n). O(n). */
export function sequencePatternColumn(
  codes: SequenceCodes,
  positions: readonly SequencePosition[],
  mu: number,
  out: Float64Array,
): void {
  const ni = codes.itemLength;
  const nc = codes.contextLength;
  const item = positions[mu].item * ni;
  for (let i = 0; i < ni; i++) out[i] = codes.item[item + i];
  for (let i = 0; i < nc; i++) out[ni + i] = codes.context[mu * nc + i];
}

/** xī, the mean of all patterns (length n). O(n · p). */
export function sequenceMean(codes: SequenceCodes, positions: readonly SequencePosition[]): Float64Array {
  const ni = codes.itemLength;
  const nc = codes.contextLength;
  const mean = new Float64Array(ni + nc);
  const p = positions.length;
  positions.forEach((position, mu) => {
    for (let i = 0; i < ni; i++) mean[i] += codes.item[position.item * ni + i];
    for (let i = 0; i < nc; i++) mean[ni + i] += codes.context[mu * nc + i];
  });
  for (let i = 0; i < mean.length; i++) mean[i] /= p;
  return mean;
}

/**
 * A short label per pattern for tables and pictures: the item, `#k` for its k-th occurrence when the item
 * repeats, `.t` for dwell tick t when the step dwells (`A`, `A#2`, `B.0`, `B.1`). O(p).
 */
export function sequencePatternLabels(layout: Pick<SequenceLayout, 'items' | 'positions'>): string[] {
  const repeated = new Set<number>();
  const dwelling = new Set<number>();
  for (const position of layout.positions) {
    if (position.occurrence > 1) repeated.add(position.item);
    if (position.tick > 0) dwelling.add(position.step);
  }
  return layout.positions.map((position) => {
    const occurrence = repeated.has(position.item) ? `#${position.occurrence}` : '';
    const tick = dwelling.has(position.step) ? `.${position.tick}` : '';
    return `${layout.items[position.item]}${occurrence}${tick}`;
  });
}
