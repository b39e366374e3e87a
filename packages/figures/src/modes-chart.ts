import type { RangeOfRecall } from '@cdam/runtime';
import type { TopLevelSpec } from 'vega-lite';

/**
 * The paper's range-of-recall figure as a Vega-Lite spec: mean correlation of the final state with the
 * patterns at each graph distance, one line (and legend entry) per a, with h = 1 − a in the legend label.
 * O(rows · distances).
 */
export function modesChartSpec(result: RangeOfRecall): TopLevelSpec {
  const values = result.rows.flatMap((row) =>
    row.correlationByDistance.map((correlation, distance) => ({
      series: `a = ${row.a}, h = ${row.h}`,
      distance,
      correlation,
      mode: row.mode,
    })),
  );
  // Distances are whole numbers: tick them as such (at most about 15 ticks), never at 0.5 steps.
  const maxDistance = Math.max(0, ...result.rows.map((row) => row.correlationByDistance.length - 1));
  const step = Math.max(1, Math.ceil(maxDistance / 15));
  const ticks = Array.from({ length: Math.floor(maxDistance / step) + 1 }, (_, i) => i * step);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: {
      text: `Range of recall on ${result.graph}`,
      subtitle: `n = ${result.neurons}, beta = ${result.beta}, eta = ${result.eta}, ${result.iterations} updates, ${result.trials} trial${result.trials === 1 ? '' : 's'}`,
    },
    width: 420,
    height: 280,
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: {
        field: 'distance',
        type: 'quantitative',
        title: 'Graph distance of memory pattern',
        scale: { domain: [0, Math.max(1, maxDistance)], nice: false },
        axis: { values: ticks, format: 'd' },
      },
      y: {
        field: 'correlation',
        type: 'quantitative',
        title: 'Correlation of memory pattern',
        scale: { domain: [-0.4, 1] },
      },
      color: {
        field: 'series',
        type: 'nominal',
        title: 'strengths',
        sort: result.rows.map((row) => `a = ${row.a}, h = ${row.h}`),
      },
      tooltip: [{ field: 'series' }, { field: 'distance' }, { field: 'correlation', format: '.3f' }, { field: 'mode' }],
    },
  };
}
