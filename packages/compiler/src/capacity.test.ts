import { complete, randomDfa, type Dfa } from '@cdam/automata';
import { seededRng } from '@cdam/automata/testing';
import { describe, expect, it } from 'vitest';
import type { Encoding, StateCodeKind } from './codes.js';
import { evaluateNeurons } from './neuron-search.js';
import { buildPatterns, buildXi, meanPattern } from './patterns.js';

/**
 * Recomputes every decision the schedule makes with the full Xi and checks that the actual gap is never
 * smaller than the gap the capacity check reports (the check gives worst-case lower bounds).
 */
function actualGaps(
  dfa: Dfa,
  n: number,
  encoding: Encoding,
  a: number,
  h: number,
  stateCodes: StateCodeKind = 'random',
) {
  const patterns = buildPatterns(dfa);
  const candidate = evaluateNeurons(n, { dfa, patterns, encoding, seed: 5, a, h, stateCodes });
  if (!candidate) throw new Error('no split');
  expect(candidate.stateCodes).toBe(encoding === 'bipolar' ? stateCodes : 'random');
  const { codes, figures } = candidate;
  const ns = codes.stateLength;
  const p = patterns.count;
  const xi = buildXi(codes, patterns);
  const mean = meanPattern(codes, patterns);
  const scores = (x: Float64Array) => {
    const z = new Float64Array(p);
    for (let mu = 0; mu < p; mu++) for (let i = 0; i < n; i++) z[mu] += xi[mu * n + i] * x[i];
    return z;
  };
  const gapOf = (z: Float64Array, winner: number) => {
    let other = -Infinity;
    for (let mu = 0; mu < p; mu++) if (mu !== winner) other = Math.max(other, z[mu]);
    return z[winner] - other;
  };
  const combine = (weights: [number, number][]) => {
    const x = new Float64Array(n);
    for (const [mu, c] of weights) for (let i = 0; i < n; i++) x[i] += c * xi[mu * n + i];
    for (let i = 0; i < n; i++) x[i] -= mean[i];
    return x;
  };
  const pearson = (x: Float64Array, mu: number) => {
    const col = xi.subarray(mu * n, (mu + 1) * n);
    const mx = x.reduce((s, v) => s + v, 0) / n;
    const mc = col.reduce((s, v) => s + v, 0) / n;
    let num = 0;
    let sx = 0;
    let sc = 0;
    for (let i = 0; i < n; i++) {
      num += (x[i] - mx) * (col[i] - mc);
      sx += (x[i] - mx) ** 2;
      sc += (col[i] - mc) ** 2;
    }
    return num / Math.sqrt(sx * sc);
  };
  let present = Infinity;
  let jump = Infinity;
  let hold = Infinity;
  let decode = Infinity;
  const lambdas = [1, a + h];
  for (let q = 0; q < dfa.states.length; q++) {
    const self = patterns.statePattern[q];
    for (const lambda of lambdas) {
      const settled = combine([[self, lambda]]);
      // Only a settled state (scale a + h) is iterated without a new input; the start state is not.
      if (lambda === a + h) hold = Math.min(hold, gapOf(scores(settled), self));
      let other = -Infinity;
      for (let r = 0; r < dfa.states.length; r++)
        if (r !== q) other = Math.max(other, pearson(settled, patterns.statePattern[r]));
      decode = Math.min(decode, pearson(settled, self) - other);
      for (let s = 0; s < dfa.alphabet.length; s++) {
        const conj = patterns.conjunction[q * dfa.alphabet.length + s];
        const presented = Float64Array.from(settled);
        for (let i = 0; i < n - ns; i++) presented[ns + i] = codes.input[s * (n - ns) + i];
        present = Math.min(present, gapOf(scores(presented), conj));
        const target = patterns.statePattern[dfa.delta[q][s]];
        const jumped = combine([
          [conj, a],
          [target, h],
        ]);
        jump = Math.min(jump, gapOf(scores(jumped), target));
      }
    }
  }
  return { figures, actual: { present, jump, hold, decode }, ni: codes.inputLength };
}

const cases: [string, Dfa, number, Encoding, number, number][] = [
  ['random 12 states, 3 symbols, bipolar, tight', randomDfa(12, 3, seededRng(2)), 48, 'bipolar', -1, 2],
  ['random 12 states, bipolar, roomy', randomDfa(12, 3, seededRng(2)), 128, 'bipolar', -1, 2],
  [
    'partial DFA completed, bipolar',
    complete(randomDfa(7, 2, seededRng(3), { edgeProbability: 0.6 })),
    40,
    'bipolar',
    -1,
    2,
  ],
  ['random 6 states, uniform', randomDfa(6, 2, seededRng(4)), 200, 'uniform', -1, 2],
  ['a = 0, h = 1 (the paper), bipolar', randomDfa(9, 2, seededRng(6)), 64, 'bipolar', 0, 1],
  ['a + h != 1, bipolar', randomDfa(9, 2, seededRng(6)), 64, 'bipolar', -0.5, 2],
  ['random 150 states, 2 symbols, bipolar, tight', randomDfa(150, 2, seededRng(8)), 48, 'bipolar', -1, 2],
];

/** Every bipolar case with designed and with random state codes. */
const withKinds: [string, Dfa, number, Encoding, number, number, StateCodeKind][] = cases.flatMap((c) =>
  c[3] === 'bipolar'
    ? (['designed', 'random'] as const).map(
        (kind) => [`${c[0]}, ${kind} codes`, ...c.slice(1), kind] as (typeof withKinds)[number],
      )
    : [[...c, 'random'] as (typeof withKinds)[number]],
);

describe('decisionGaps', () => {
  it.each(withKinds)('never overstates a gap: %s', (_, dfa, n, encoding, a, h, kind) => {
    const { figures, actual } = actualGaps(dfa, n, encoding, a, h, kind);
    const { gaps } = figures;
    const slack = 1e-9;
    expect(actual.present).toBeGreaterThanOrEqual((gaps.present ?? Infinity) - slack);
    expect(actual.jump).toBeGreaterThanOrEqual((gaps.jump ?? Infinity) - slack);
    expect(actual.hold).toBeGreaterThanOrEqual((gaps.hold ?? Infinity) - slack);
    expect(actual.decode).toBeGreaterThanOrEqual((gaps.decode ?? Infinity) - slack);
  });

  it('is tight where the codes are exact: the input gap of orthogonal codes is n_i', () => {
    const { figures, actual, ni } = actualGaps(randomDfa(3, 2, seededRng(1)), 64, 'bipolar', -1, 2);
    expect(figures.kappaInput).toBe(0);
    // Orthogonal input codes separate a presented symbol from every other input by exactly n_i ...
    expect(figures.gaps.present).toBe(ni);
    expect(figures.gaps.hold).toBe(ni);
    // ... and the full Xi reaches that bound: the reported gaps are the actual ones, not just lower bounds.
    expect(actual.present).toBeCloseTo(figures.gaps.present!, 9);
    expect(actual.hold).toBeCloseTo(figures.gaps.hold!, 9);
  });
});
