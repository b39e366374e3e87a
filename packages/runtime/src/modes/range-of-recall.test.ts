import { cycleGraph, karateClubGraph, pathGraph } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { rangeOfRecall, rangeOfRecallProblem } from './range-of-recall.js';

/** Quiescence has no bounded range: it counts as the widest. */
const width = (range: number | null) => (range === null ? Infinity : range);

describe('rangeOfRecall (the paper range-of-recall experiment, scaled down)', () => {
  const result = rangeOfRecall(cycleGraph(12), { neurons: 400, seed: 1 });
  const row = (a: number) => {
    const found = result.rows.find((r) => r.a === a);
    if (!found) throw new Error(`no row for a = ${a}`);
    return found;
  };

  it('runs the default a values with h = 1 - a and one correlation per distance 0..6', () => {
    expect(result.rows.map((r) => [r.a, r.h])).toEqual([
      [1, 0],
      [0.5, 0.5],
      [0, 1],
      [-0.5, 1.5],
      [-1, 2],
      [-2, 3],
      [-3, 4],
    ]);
    for (const r of result.rows) expect(r.correlationByDistance).toHaveLength(7);
    expect(result).toMatchObject({ vertices: 12, edges: 12, neurons: 400, beta: 1, eta: 0.1, iterations: 100 });
  });

  it('a = 1 is auto-association: high at distance 0 only', () => {
    const r = row(1).correlationByDistance;
    expect(r[0]).toBeGreaterThan(0.9);
    expect(Math.max(...r.slice(1))).toBeLessThan(0.05);
    expect(row(1).mode).toBe('auto-association');
  });

  it('a = 0.5 is narrow hetero-association: distance 1 clearly positive, distance 2 not', () => {
    const r = row(0.5).correlationByDistance;
    expect(r[1]).toBeGreaterThan(0.2);
    expect(r[2]).toBeLessThan(0);
    expect(row(0.5).mode).toBe('narrow hetero-association');
  });

  it('a = -0.5 is wide hetero-association: positive out to distance 2 or more', () => {
    const r = row(-0.5).correlationByDistance;
    expect(Math.min(r[0], r[1], r[2])).toBeGreaterThan(0.1);
    expect(row(-0.5).mode).toBe('wide hetero-association');
  });

  it('the range never shrinks as a decreases', () => {
    const widths = result.rows.map((r) => width(r.range)); // rows are in decreasing a
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThanOrEqual(widths[i - 1]);
  });

  it('keeps the example start final correlations, one per pattern', () => {
    expect(row(1).exampleCorrelations).toHaveLength(12);
    expect(row(1).exampleCorrelations[0]).toBeCloseTo(row(1).correlationByDistance[0], 1);
  });

  it('is deterministic in the seed', () => {
    const again = rangeOfRecall(pathGraph(5), { neurons: 64, seed: 3, a: [0.5] });
    const same = rangeOfRecall(pathGraph(5), { neurons: 64, seed: 3, a: [0.5] });
    expect(again.rows[0].correlationByDistance).toEqual(same.rows[0].correlationByDistance);
  });

  it('averages over trials', () => {
    const two = rangeOfRecall(pathGraph(5), { neurons: 64, seed: 3, a: [0.5], trials: 2 });
    expect(two.trials).toBe(2);
    expect(two.rows[0].correlationByDistance).toHaveLength(5);
  });
});

describe('rangeOfRecallProblem (size limits)', () => {
  it('names the matrix size, its limit and the fix for a huge graph and neuron count', () => {
    const problem = rangeOfRecallProblem(cycleGraph(2000), { neurons: 100_000 });
    expect(problem).toBe(
      "the range-of-recall experiment on 'cycle:2000' needs 100000 neurons × 2000 patterns = 200000000 entries per matrix, more than the limit of 8388608 (2^23); use at most 4194 neurons or a smaller graph",
    );
    expect(() => rangeOfRecall(cycleGraph(2000), { neurons: 100_000 })).toThrow(RangeError);
  });

  it('names the work when the matrices fit but the runs would take minutes', () => {
    const problem = rangeOfRecallProblem(cycleGraph(2000), { neurons: 1000, trials: 10 });
    expect(problem).toMatch(
      /needs 10 trial\(s\) × 7 a value\(s\) × 100 iterations × 1000 neurons × 2000² patterns = 28000000000000 multiply-adds, more than the limit of 4294967296 \(2\^32\); lower the neurons, trials or a values, or use a smaller graph$/,
    );
  });

  it('accepts the documented runs: cycle:30 and the karate club at n = 1000, three trials', () => {
    expect(rangeOfRecallProblem(cycleGraph(30), { trials: 3 })).toBeUndefined();
    expect(rangeOfRecallProblem(karateClubGraph(), { trials: 3 })).toBeUndefined();
  });
});
