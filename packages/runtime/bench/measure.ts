/**
 * How long to warm up and how long to repeat one measurement. Fast operations repeat until both
 * `minReps` and `minMs` are reached; slow ones stop early so that no repetition would end past `maxMs`.
 */
export interface TimingPolicy {
  /** Warm-up calls at most (0: none). */
  readonly warmupReps: number;
  /** Stop warming up once this much time has passed (at least one call when `warmupReps` > 0). */
  readonly warmupMs: number;
  readonly minReps: number;
  readonly minMs: number;
  /** Never start a repetition predicted (from the last one) to end past this; at least one always runs. */
  readonly maxMs: number;
}

/** The default: up to 3 warm-ups (0.3 s), then at least 5 repetitions and 0.5 s, capped at 12 s. */
export const DEFAULT_TIMING: TimingPolicy = { warmupReps: 3, warmupMs: 300, minReps: 5, minMs: 500, maxMs: 12_000 };

/** One measured figure: the median of `reps` repetitions, in milliseconds. */
export interface Measurement {
  readonly ms: number;
  readonly reps: number;
  /** Fastest repetition. */
  readonly bestMs: number;
}

export interface MeasureOptions {
  /** What to call while warming up (default: `run` itself), e.g. the same step on a smaller batch. */
  readonly warm?: () => void;
  /** Clock in milliseconds (default `performance.now`). */
  readonly now?: () => number;
}

/** The median of a non-empty list (mean of the middle two for an even count). O(k log k). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Times `run` under `policy`: warm-ups first (not recorded), then repetitions; reports their median. */
export function measure(run: () => void, policy: TimingPolicy, options: MeasureOptions = {}): Measurement {
  const now = options.now ?? (() => performance.now());
  const warm = options.warm ?? run;
  const warmStart = now();
  for (let i = 0; i < policy.warmupReps; i++) {
    warm();
    if (now() - warmStart >= policy.warmupMs) break;
  }
  const times: number[] = [];
  const start = now();
  for (;;) {
    const t = now();
    run();
    const last = now() - t;
    times.push(last);
    const elapsed = now() - start;
    const wantMore = times.length < policy.minReps || elapsed < policy.minMs;
    if (!wantMore || elapsed + last > policy.maxMs) break;
  }
  return { ms: median(times), reps: times.length, bestMs: Math.min(...times) };
}
