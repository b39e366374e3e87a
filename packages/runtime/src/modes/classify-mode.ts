/** The paper's four dynamical modes (docs/modes.md). */
export type DynamicalMode =
  'auto-association' | 'narrow hetero-association' | 'wide hetero-association' | 'neutral quiescence';

/** A mean correlation at least this large counts as positive: the memory at that distance is recalled. */
export const RANGE_THRESHOLD = 0.05;
/** Below this at distance 0 and 1, nothing near the start is recalled: neutral quiescence. */
export const NEAR_THRESHOLD = 0.2;
/** Auto-association needs the start memory itself recalled at least this strongly. */
export const AUTO_THRESHOLD = 0.5;

/** A mode and the range of hetero-association behind it. */
export interface ModeClass {
  readonly mode: DynamicalMode;
  /**
   * The largest distance d >= 1 such that the mean correlation is >= RANGE_THRESHOLD at every distance
   * 1..d (0 when distance 1 is already below it); null for neutral quiescence, where the final state no
   * longer reflects where it started (no range, or an unbounded one).
   */
  readonly range: number | null;
}

/**
 * The mode of one row of the range-of-recall experiment, from the mean correlation r_d of the final state
 * with the patterns at graph distance d (docs/modes.md):
 * 1. nothing near the start recalled (max(r_0, r_1) < 0.2): neutral quiescence;
 * 2. range 0 (r_1 < 0.05): auto-association when r_0 >= 0.5, else neutral quiescence;
 * 3. range 1: narrow hetero-association; range >= 2: wide hetero-association. O(distances).
 */
export function classifyMode(correlationByDistance: readonly number[]): ModeClass {
  const r = correlationByDistance;
  const near = Math.max(r[0] ?? -Infinity, r[1] ?? -Infinity);
  if (!(near >= NEAR_THRESHOLD)) return { mode: 'neutral quiescence', range: null };
  let range = 0;
  while (range + 1 < r.length && r[range + 1] >= RANGE_THRESHOLD) range++;
  if (range === 0) {
    return r[0] >= AUTO_THRESHOLD
      ? { mode: 'auto-association', range: 0 }
      : { mode: 'neutral quiescence', range: null };
  }
  return { mode: range === 1 ? 'narrow hetero-association' : 'wide hetero-association', range };
}
