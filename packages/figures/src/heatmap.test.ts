import { describe, expect, it } from 'vitest';
import { MAX_HEATMAP_CELLS, overlapHeatmapSpec, type OverlapMatrix } from './heatmap.js';

function matrix(rows: number, columns: number): OverlapMatrix {
  return {
    title: 'Long',
    subtitle: 'n = 64',
    rowLabels: Array.from({ length: rows }, (_, r) => String(r)),
    columnLabels: Array.from({ length: columns }, (_, c) => `p${c}`),
    values: Array.from({ length: rows }, (_, r) => Float64Array.from({ length: columns }, (_, c) => ((r + c) % 7) / 7)),
    rowTitle: 'Tick',
    columnTitle: 'Pattern',
  };
}

const dataOf = (spec: ReturnType<typeof overlapHeatmapSpec>) =>
  (spec as { data: { values: { time: string; pattern: string; correlation: number }[] } }).data.values;

describe('overlapHeatmapSpec size', () => {
  it('draws every cell of a small matrix, with the subtitle unchanged', () => {
    const spec = overlapHeatmapSpec(matrix(20, 10));
    expect(dataOf(spec)).toHaveLength(200);
    expect(spec.title).toEqual({ text: 'Long', subtitle: 'n = 64' });
  });

  it('thins the rows of a long run to the cell limit, keeps the last row and says so', () => {
    const spec = overlapHeatmapSpec(matrix(100_000, 50));
    const values = dataOf(spec);
    expect(values.length).toBeLessThanOrEqual(MAX_HEATMAP_CELLS + 50);
    expect(values.length).toBeGreaterThan(MAX_HEATMAP_CELLS / 2);
    expect(values.at(-1)).toMatchObject({ time: '99999', pattern: 'p49' });
    expect(values[0]).toMatchObject({ time: '53', pattern: 'p0' }); // 99 999 - 1298 · 77
    expect(values.find((v) => v.time === '53' && v.pattern === 'p4')?.correlation).toBe(1 / 7);
    expect(spec.title).toEqual({ text: 'Long', subtitle: 'n = 64; showing every 77th of 100000 rows' });
  });

  it('thins the columns too when one row alone is past the limit', () => {
    const spec = overlapHeatmapSpec(matrix(3, 200_000));
    expect(dataOf(spec).length).toBeLessThanOrEqual(MAX_HEATMAP_CELLS + 2 * 3);
    expect((spec.title as { subtitle: string }).subtitle).toMatch(/every 4th of 200000 columns/);
  });
});
