import { formatNumber } from '@cdam/compiler';
import type { RangeOfRecall } from '@cdam/runtime';
import { formatTable } from './table.js';

/** Distances shown in the text table; JSON has them all. */
export const TEXT_DISTANCES = 10;

/**
 * The range-of-recall experiment as text: the setup line, then a row per a with h, the mode, its range and
 * the mean correlation at distances 0, 1, ... (up to `TEXT_DISTANCES`). Real parameters are shown to 4
 * significant digits, as in the compile report; JSON keeps them exact.
 */
export function formatModes(result: RangeOfRecall): string {
  const shown = Math.min(TEXT_DISTANCES, Math.max(...result.rows.map((r) => r.correlationByDistance.length)));
  const distances = Array.from({ length: shown }, (_, d) => `d=${d}`);
  const rows = result.rows.map((row) => [
    formatNumber(row.a),
    formatNumber(row.h), // 1 - a in floating point: 1 - 1.0000001 is -1.0000000005838672e-7
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
    `beta = ${formatNumber(result.beta)}, eta = ${formatNumber(result.eta)}, ${result.iterations} updates, noise ${formatNumber(result.noise)}, ` +
    `${result.trials} trial${result.trials === 1 ? '' : 's'}, seed ${result.seed}; h = 1 - a\n` +
    `mean correlation of the final state with the patterns at graph distance d:\n${table}${more}`
  );
}
