import { sequencePatternLabels, type CompiledNetwork, type CompiledSequence } from '@cdam/compiler';
import type { RecallRun, Trajectory } from '@cdam/runtime';
import type { TopLevelSpec } from 'vega-lite';

/** A matrix of correlations over time: `values[row][column]`, rows are time points, columns patterns or states. */
export interface OverlapMatrix {
  readonly title: string;
  readonly subtitle?: string;
  /** One label per time point (row), e.g. tick numbers. */
  readonly rowLabels: readonly string[];
  /** One label per pattern or state (column); must be distinct. */
  readonly columnLabels: readonly string[];
  readonly values: readonly ArrayLike<number>[];
  readonly rowTitle: string;
  readonly columnTitle: string;
}

/**
 * The most cells a heatmap draws. Rendering is about linear in cells and 2^16 rects already make a
 * multi-megabyte SVG; a longer run keeps every k-th row (and, past 2^16 columns, every j-th column), so
 * at most one row more than the limit allows is drawn.
 */
export const MAX_HEATMAP_CELLS = 2 ** 16;

/**
 * An overlap-over-time heatmap as a Vega-Lite spec: one cell per (time point, pattern), coloured by the
 * Pearson correlation on a blue-white-red scale fixed to [-1, 1], time running down as in the paper's
 * video-recall figure. Past `MAX_HEATMAP_CELLS` cells, rows (then columns) are thinned evenly and the
 * subtitle says so. O(cells drawn).
 */
export function overlapHeatmapSpec(matrix: OverlapMatrix): TopLevelSpec {
  const columnStep = Math.max(1, Math.ceil(matrix.columnLabels.length / MAX_HEATMAP_CELLS));
  const columns = everyKth(matrix.columnLabels.length, columnStep);
  const rowStep = Math.max(1, Math.ceil((matrix.rowLabels.length * columns.length) / MAX_HEATMAP_CELLS));
  const rows = everyKth(matrix.rowLabels.length, rowStep);
  const values = rows.flatMap((r) =>
    columns.map((c) => ({
      time: matrix.rowLabels[r],
      pattern: matrix.columnLabels[c],
      correlation: matrix.values[r][c],
    })),
  );
  const thinned = [
    rowStep > 1 ? `every ${rowStep}th of ${matrix.rowLabels.length} rows` : '',
    columnStep > 1 ? `every ${columnStep}th of ${matrix.columnLabels.length} columns` : '',
  ].filter((part) => part !== '');
  const subtitle = [matrix.subtitle, thinned.length > 0 ? `showing ${thinned.join(' and ')}` : undefined]
    .filter((part) => part !== undefined)
    .join('; ');
  const cell = Math.max(4, Math.min(18, Math.floor(600 / Math.max(columns.length, rows.length))));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: subtitle ? { text: matrix.title, subtitle } : matrix.title,
    width: cell * columns.length,
    height: cell * rows.length,
    data: { values },
    mark: 'rect',
    encoding: {
      x: {
        field: 'pattern',
        type: 'ordinal',
        sort: columns.map((c) => matrix.columnLabels[c]),
        title: matrix.columnTitle,
      },
      y: { field: 'time', type: 'ordinal', sort: rows.map((r) => matrix.rowLabels[r]), title: matrix.rowTitle },
      color: {
        field: 'correlation',
        type: 'quantitative',
        title: 'correlation',
        scale: { scheme: 'redblue', reverse: true, domain: [-1, 1] },
      },
      tooltip: [{ field: 'time' }, { field: 'pattern' }, { field: 'correlation', format: '.3f' }],
    },
  };
}

/**
 * The heatmap of a sequence recall run with `recordCorrelations`: correlation with every pattern at every
 * tick (tick 0 is the cue). Throws a RangeError if the run kept no correlations (a programmer error).
 */
export function recallHeatmapSpec(sequence: CompiledSequence, run: RecallRun): TopLevelSpec {
  if (!run.correlations) throw new RangeError('the recall run has no correlations: recall with recordCorrelations');
  return overlapHeatmapSpec({
    title: `Recall of ${sequence.name}`,
    subtitle: `a = ${run.a}, h = ${run.h}, beta = ${round(run.beta)}, eta = ${run.eta}, n = ${sequence.params.neurons}`,
    rowLabels: run.points.map((p) => String(p.tick)),
    columnLabels: sequencePatternLabels(sequence),
    values: run.correlations,
    rowTitle: 'Tick',
    columnTitle: 'Pattern',
  });
}

/**
 * The heatmap of an automaton run with `recordIterations`: correlation with every state after the start
 * and after each iteration of each input (rows `start`, `coin.1`, `coin.2`, ...). Throws a RangeError if
 * the trajectory has no iterations recorded while it read symbols (a programmer error).
 */
export function runHeatmapSpec(network: CompiledNetwork, trajectory: Trajectory): TopLevelSpec {
  const rowLabels: string[] = ['start'];
  const values: ArrayLike<number>[] = [trajectory.points[0].decoded.correlations];
  trajectory.points.slice(1).forEach((point, i) => {
    if (!point.iterations) throw new RangeError('the run has no iterations: run with recordIterations');
    point.iterations.forEach((decoded, k) => {
      rowLabels.push(`${i + 1}:${point.symbol}.${k + 1}`);
      values.push(decoded.correlations);
    });
  });
  const word = trajectory.word.length > 0 ? trajectory.word.join(' ') : 'the empty word';
  return overlapHeatmapSpec({
    title: `${network.name} on ${word}`,
    subtitle: `a = ${network.params.auto}, h = ${network.params.hetero}, beta = ${round(network.params.beta)}, eta = ${network.params.eta}, K = ${network.params.iterations}, n = ${network.params.neurons}`,
    rowLabels,
    columnLabels: network.dfa.states,
    values,
    rowTitle: 'Input and iteration',
    columnTitle: 'State',
  });
}

/** Every k-th index below `length`, counted back from the last one (the end of a run matters most). */
function everyKth(length: number, k: number): number[] {
  const out: number[] = [];
  for (let i = length - 1; i >= 0; i -= k) out.push(i);
  return out.reverse();
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}
