import { describe, expect, it } from 'vitest';
import { mixAutoHetero } from './dynamics.js';

describe('mixAutoHetero', () => {
  it('moves each weight to the successors, weight 1 without edge weights', () => {
    const c = new Float64Array(3);
    const graph = { count: 2, from: Int32Array.from([0, 1]), to: Int32Array.from([1, 2]) };
    mixAutoHetero(graph, Float64Array.from([0.5, 0.3, 0.2]), -1, 2, c);
    expect([...c]).toEqual([-0.5, -0.3 + 1, -0.2 + 0.6]);
  });

  it('scales the hetero part by the edge weights of a normalised graph', () => {
    // path 0 - 1 - 2 normalised: every edge weight 1 / sqrt(2), both directions
    const s = Math.SQRT1_2;
    const graph = {
      count: 4,
      from: Int32Array.from([0, 1, 1, 2]),
      to: Int32Array.from([1, 0, 2, 1]),
      weight: Float64Array.from([s, s, s, s]),
    };
    const c = new Float64Array(3);
    mixAutoHetero(graph, Float64Array.from([0, 1, 0]), 0.5, 0.5, c);
    expect(c[0]).toBeCloseTo(0.5 * s, 15);
    expect(c[1]).toBeCloseTo(0.5, 15);
    expect(c[2]).toBeCloseTo(0.5 * s, 15);
  });
});
