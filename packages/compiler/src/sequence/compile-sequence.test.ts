import { describe, expect, it } from 'vitest';
import { compileSequence, sequenceStrengths } from './compile-sequence.js';
import { sequenceSpec as spec } from '../testing/index.js';
import { sequenceGaps } from './sequence-gaps.js';
import { toSequenceArtifact } from './sequence-artifact.js';
import { loadSequenceArtifact } from './sequence-artifact-load.js';
import {
  sequenceEdges,
  sequenceLayout,
  sequenceMean,
  sequencePatternColumn,
  sequencePatternLabels,
} from './sequence-patterns.js';

describe('sequence layout', () => {
  it('gives every occurrence of a repeated item its own pattern', () => {
    const layout = sequenceLayout(spec(['A', 'B', 'A', 'C']));
    expect(layout.items).toEqual(['A', 'B', 'C']);
    expect(layout.positions.map((p) => [p.step, p.item, p.occurrence, p.tick])).toEqual([
      [0, 0, 1, 0],
      [1, 1, 1, 0],
      [2, 0, 2, 0],
      [3, 2, 1, 0],
    ]);
  });

  it('gives a step with dwell d one pattern per tick', () => {
    const layout = sequenceLayout(spec(['A', 'B'], { dwell: [3, 1] }));
    expect(layout.positions.map((p) => [p.step, p.tick])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
    ]);
    expect([...layout.stepStart]).toEqual([0, 3]);
  });

  it('chains the patterns, closing a loop and holding the end of a chain', () => {
    expect([...sequenceEdges(3, true).to]).toEqual([1, 2, 0]);
    expect([...sequenceEdges(3, false).to]).toEqual([1, 2, 2]);
  });
});

describe('compileSequence', () => {
  it('chooses eta = 0.2 and the anti-Hebbian a = -4, h = 5 that make a tick exact', () => {
    const result = compileSequence(spec(['A', 'B', 'C'], { loop: true }));
    if (result.kind !== 'ok') throw new Error(result.error.message);
    const { params, report } = result.sequence;
    expect([params.eta, params.auto, params.hetero]).toEqual([0.2, -4, 5]);
    expect(report.exact).toBe(true);
    expect(report.warnings).toEqual([]);
    expect(report.gaps.attend).toBeGreaterThanOrEqual(report.requiredGap);
    expect(params.beta).toBe(report.minimumBeta);
  });

  it('derives a and h from a given eta: eta · h = 1 and eta · a = eta - 1', () => {
    expect(sequenceStrengths(0.5)).toEqual({ a: -1, h: 2 });
    const result = compileSequence(spec(['A', 'B']), { eta: 0.5 });
    if (result.kind !== 'ok') throw new Error(result.error.message);
    expect([result.sequence.params.auto, result.sequence.params.hetero]).toEqual([-1, 2]);
    expect(result.sequence.report.exact).toBe(true);
  });

  it('builds forced non-exact strengths with warnings, so they can be compared', () => {
    const result = compileSequence(spec(['A', 'B', 'C']), { auto: 0, hetero: 1 });
    if (result.kind !== 'ok') throw new Error(result.error.message);
    expect(result.sequence.report.exact).toBe(false);
    expect(result.sequence.report.warnings.join('\n')).toMatch(/eta · hetero = 0\.2 is not 1/);
    expect(result.sequence.report.warnings.join('\n')).toMatch(/auto = 0 does not cancel/);
  });

  it('warns when the given neurons are too few', () => {
    const items = Array.from({ length: 40 }, (_, i) => `i${i}`);
    const result = compileSequence(spec(items), { neurons: 4 });
    if (result.kind !== 'ok') throw new Error(result.error.message);
    expect(result.sequence.report.exact).toBe(false);
    expect(result.sequence.report.warnings.join('\n')).toMatch(/neurons = 4 is too few for 40 patterns/);
  });

  it('picks a finite beta, with no floor to report, when no attend gap is positive', () => {
    const items = Array.from({ length: 40 }, (_, i) => `i${i}`);
    const result = compileSequence(spec(items, { loop: true }), { neurons: 4 });
    if (result.kind !== 'ok') throw new Error(result.error.message);
    const { params, report } = result.sequence;
    expect(report.gaps.attend).toBeLessThanOrEqual(0);
    expect(params.beta).toBe(1);
    expect(report.minimumBeta).toBe(0);
    expect(report.exact).toBe(false);
  });

  it('refuses an eta whose exact strengths leave -100..100, naming the fix', () => {
    const result = compileSequence(spec(['A', 'B']), { eta: 0.005 });
    expect(result.kind).toBe('error');
    if (result.kind === 'error') {
      expect(result.error.code).toBe('invalid-parameter');
      expect(result.error.message).toMatch(/eta = 0\.005 gives hetero = 1\/eta = 200, outside the range -100 to 100/);
      expect(result.error.message).toMatch(/give eta >= 0\.01, or give hetero and auto yourself/);
    }
    const edge = compileSequence(spec(['A', 'B']), { eta: 0.01 });
    expect(edge.kind).toBe('ok');
    const given = compileSequence(spec(['A', 'B']), { eta: 0.005, hetero: 100 });
    expect(given.kind).toBe('ok');
  });

  it('writes only artifacts that load back, whatever eta is given', () => {
    for (const eta of [1, 0.2, 0.01, 1e-3, 1e-300]) {
      const result = compileSequence(spec(['A', 'B', 'A']), { eta });
      if (result.kind === 'error') continue;
      expect(loadSequenceArtifact(toSequenceArtifact(result.sequence)).kind, `eta = ${eta}`).toBe('ok');
    }
  });

  it('rejects parameters out of range as a value', () => {
    const result = compileSequence(spec(['A']), { eta: 2 });
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.error.message).toMatch(/parameter 'eta' = 2 is out of range/);
  });

  it('is deterministic in the seed, and another seed draws other codes', () => {
    const a = compileSequence(spec(['A', 'B', 'A']), { neurons: 64, seed: 3 });
    const b = compileSequence(spec(['A', 'B', 'A']), { neurons: 64, seed: 3 });
    const c = compileSequence(spec(['A', 'B', 'A']), { neurons: 64, seed: 4 });
    if (a.kind !== 'ok' || b.kind !== 'ok' || c.kind !== 'ok') throw new Error('compile failed');
    expect(a.sequence.codes.context).toEqual(b.sequence.codes.context);
    expect(a.sequence.codes.context).not.toEqual(c.sequence.codes.context);
  });

  it('shares the item code between occurrences and keeps their context codes apart', () => {
    const result = compileSequence(spec(['A', 'B', 'A']), { neurons: 64 });
    if (result.kind !== 'ok') throw new Error(result.error.message);
    const { codes, positions } = result.sequence;
    const first = new Float64Array(64);
    const second = new Float64Array(64);
    sequencePatternColumn(codes, positions, 0, first);
    sequencePatternColumn(codes, positions, 2, second);
    expect(first.subarray(0, 32)).toEqual(second.subarray(0, 32));
    expect(first.subarray(32)).not.toEqual(second.subarray(32));
  });
});

describe('sequenceGaps', () => {
  it('equals a brute-force recomputation from the full pattern matrix', () => {
    const result = compileSequence(spec(['A', 'B', 'A', 'C', 'B'], { dwell: [1, 2, 1, 1, 3] }), {
      neurons: 40,
      encoding: 'uniform',
    });
    if (result.kind !== 'ok') throw new Error(result.error.message);
    const { codes, positions } = result.sequence;
    const p = positions.length;
    const n = 40;
    const xi = Array.from({ length: p }, (_, mu) => {
      const column = new Float64Array(n);
      sequencePatternColumn(codes, positions, mu, column);
      return column;
    });
    const mean = sequenceMean(codes, positions);
    const pearson = (u: Float64Array, v: Float64Array) => {
      const mu = u.reduce((s, x) => s + x, 0) / n;
      const mv = v.reduce((s, x) => s + x, 0) / n;
      let d = 0;
      let su = 0;
      let sv = 0;
      for (let i = 0; i < n; i++) {
        d += (u[i] - mu) * (v[i] - mv);
        su += (u[i] - mu) ** 2;
        sv += (v[i] - mv) ** 2;
      }
      return d / Math.sqrt(su * sv);
    };
    let attend = Infinity;
    let decode = Infinity;
    for (let t = 0; t < p; t++) {
      const x = xi[t].map((v, i) => v - mean[i]);
      const scores = xi.map((c) => c.reduce((s, v, i) => s + v * x[i], 0));
      const correlations = xi.map((c) => pearson(x, c));
      attend = Math.min(attend, scores[t] - Math.max(...scores.filter((_, j) => j !== t)));
      decode = Math.min(decode, correlations[t] - Math.max(...correlations.filter((_, j) => j !== t)));
    }
    const gaps = sequenceGaps(codes, positions);
    expect(gaps.attend).toBeCloseTo(attend, 9);
    expect(gaps.decode).toBeCloseTo(decode, 9);
  });
});

describe('sequencePatternLabels', () => {
  it('marks repeats with #occurrence and dwell ticks with .tick', () => {
    const layout = sequenceLayout(spec(['A', 'B', 'A', 'C'], { dwell: [1, 2, 1, 1] }));
    expect(sequencePatternLabels(layout)).toEqual(['A#1', 'B.0', 'B.1', 'A#2', 'C']);
  });
});
