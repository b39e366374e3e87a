import type { RangeOfRecall } from '@cdam/runtime';
import { formatTable } from './table.js';

/** Distances shown in the text table; JSON has them all. */
export const TEXT_DISTANCES = 10;

/**
 * The range-of-recall experiment as text: the setup line, then a row per a with h, the mode, its range and
 * the mean correlation at distances 0, 1, ... (up to `TEXT_DISTANCES`).
 */
export function formatModes(result: RangeOfRecall): string {
  const shown = Math.min(TEXT_DISTANCES, Math.max(...result.rows.map((r) => r.correlationByDistance.length)));
  const distances = Array.from({ length: shown }, (_, d) => `d=${d}`);
  const rows = result.rows.map((row) => [
    String(row.a),
    String(row.h),
    row.mode,
    row.range === null ? '-' : String(row.range),
    ...row.correlationByDistance.slice(0, shown).map((r) => r.toFixed(3)),
  ]);
  const table = formatTable(['a', 'h', 'mode', 'range', ...distances], rows, [
    'r',
    'r',
    'l',
    'r',
    ...distances.map(() => 'r' as const),
  ]);
  const more = result.rows.some((r) => r.correlationByDistance.length > shown)
    ? `(distances beyond ${shown - 1} are in --json)\n`
    : '';
  return (
    `range of recall on ${result.graph} (${result.vertices} patterns, ${result.edges} edges): n = ${result.neurons}, ` +
    `beta = ${result.beta}, eta = ${result.eta}, ${result.iterations} updates, noise ${result.noise}, ` +
    `${result.trials} trial${result.trials === 1 ? '' : 's'}, seed ${result.seed}; h = 1 - a\n` +
    `mean correlation of the final state with the patterns at graph distance d:\n${table}${more}`
  );
}
