import type { TopLevelSpec } from 'vega-lite';

/** One measured point of a capacity study: what a network held in how many neurons. */
export interface CapacityPoint {
  /** 'automata' (states held) or 'sequences' (patterns of one exactly recalled cycle). */
  readonly series: string;
  readonly neurons: number;
  readonly held: number;
}

/** Cotteret et al. (Neural Computation 2024): about 0.029 N states in N neurons with bipolar codes. */
export const COTTERET_STATES_PER_NEURON = 0.029;

/**
 * The capacity study as a log-log Vega-Lite chart: states (or sequence patterns) held against the neurons
 * the compiler chose, one series each, with Cotteret et al.'s linear line 0.029 N for comparison.
 * O(points).
 */
export function capacityChartSpec(points: readonly CapacityPoint[]): TopLevelSpec {
  const neurons = points.map((point) => point.neurons).filter((n) => n > 0);
  const low = Math.max(1, Math.min(16, ...neurons));
  const high = Math.max(64, ...neurons) * 2;
  const line = [low, high].map((n) => ({
    series: `Cotteret et al.: ${COTTERET_STATES_PER_NEURON} N`,
    neurons: n,
    held: COTTERET_STATES_PER_NEURON * n,
  }));
  const scale = { type: 'log' as const };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: 'Capacity: what n neurons hold exactly', subtitle: 'log-log; compiler-chosen n' },
    width: 420,
    height: 300,
    layer: [
      {
        data: { values: line },
        mark: { type: 'line', strokeDash: [6, 4] },
        encoding: {
          x: { field: 'neurons', type: 'quantitative', scale, title: 'neurons n' },
          y: { field: 'held', type: 'quantitative', scale, title: 'states or patterns held' },
          color: { field: 'series', type: 'nominal', title: 'series', legend: { labelLimit: 300 } },
        },
      },
      {
        data: { values: points.filter((point) => point.neurons > 0 && point.held > 0).map((point) => ({ ...point })) },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'neurons', type: 'quantitative', scale, title: 'neurons n' },
          y: { field: 'held', type: 'quantitative', scale, title: 'states or patterns held' },
          color: { field: 'series', type: 'nominal', title: 'series', legend: { labelLimit: 300 } },
          tooltip: [{ field: 'series' }, { field: 'neurons' }, { field: 'held' }],
        },
      },
    ],
  };
}
