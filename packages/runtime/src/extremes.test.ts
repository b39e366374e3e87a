import { compileSequence, cycleGraph } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { StateDecoder } from './decode.js';
import { rangeOfRecall } from './modes/range-of-recall.js';
import { Network } from './network.js';
import { SequenceNetwork } from './recall/recall.js';
import { SequenceDecoder } from './recall/sequence-decoder.js';
import { compiled, familyTree, withDeadEnd } from './testing/fixtures.js';

/** The extremes of the language's parameter ranges (beta in (0, 1e6], a and h in [-100, 100], eta in (0, 1]). */
const EXTREMES = [
  { beta: 1e6, auto: 100, hetero: 100, eta: 1 },
  { beta: 1e6, auto: -100, hetero: -100, eta: 1 },
  { beta: 1e-9, auto: 100, hetero: -100, eta: 1 },
  { beta: 1e-9, auto: -100, hetero: 100, eta: 0.000001 },
  { beta: 1e6, auto: -100, hetero: 100, eta: 0.5 },
] as const;

const finite = (values: Iterable<number>) => [...values].every((v) => Number.isFinite(v));

describe('extreme parameters never produce NaN', () => {
  it.each(EXTREMES)('automaton run with beta $beta, a $auto, h $hetero, eta $eta', (params) => {
    for (const spec of [familyTree, withDeadEnd]) {
      const network = new Network(compiled(spec, { ...params, iterations: 20 }));
      const alphabet = network.compiled.dfa.alphabet;
      const word = Array.from({ length: 12 }, (_, i) => alphabet[(i * 7) % alphabet.length]);
      const run = network.run(word, { recordIterations: true });
      expect(finite(network.state)).toBe(true);
      expect(finite(network.attention)).toBe(true);
      for (const point of run.points) {
        expect(finite(point.decoded.correlations)).toBe(true);
        expect(Number.isFinite(point.decoded.best)).toBe(true);
        expect(Number.isFinite(point.decoded.margin)).toBe(true);
      }
      const batch = network.runBatch([word, word.slice(0, 3)]);
      for (const result of batch) expect(finite(result.margins)).toBe(true);
    }
  });

  it.each(EXTREMES)('sequence recall with beta $beta, a $auto, h $hetero, eta $eta', (params) => {
    const result = compileSequence({
      name: 'S',
      items: ['A', 'B', 'A', 'C'],
      loop: true,
      dwell: [1, 2, 1, 1],
      network: {},
    });
    if (result.kind !== 'ok') throw new Error(result.error.message);
    const network = new SequenceNetwork(result.sequence);
    const run = network.recall({ ...params, ticks: 30, recordCorrelations: true });
    for (const correlations of run.correlations ?? []) expect(finite(correlations)).toBe(true);
    for (const point of run.points) expect(Number.isFinite(point.decoded.margin)).toBe(true);
    expect(Number.isFinite(run.summary.meanAdvance)).toBe(true);
  });

  it('the range-of-recall experiment at beta 1e6 and a = ±100', () => {
    const result = rangeOfRecall(cycleGraph(5), { neurons: 40, a: [100, -100], beta: 1e6, iterations: 10 });
    for (const row of result.rows) {
      expect(finite(row.correlationByDistance)).toBe(true);
      expect(finite(row.attractorCorrelationByDistance)).toBe(true);
      expect(finite(row.exampleCorrelations)).toBe(true);
    }
  });
});

describe('decoding a state with no variation gives quiescence, not NaN', () => {
  const network = compiled(familyTree);
  const n = network.params.neurons;

  it.each([
    ['zero', 0],
    ['constant', 0.75],
    ['huge constant', 1e300],
  ])('automaton decoder, %s state', (_, value) => {
    const decoded = new StateDecoder(network).decode(new Float64Array(n).fill(value));
    expect(decoded.quiescent).toBe(true);
    expect(finite(decoded.correlations)).toBe(true);
    expect(decoded.best).toBe(0);
    expect(Number.isFinite(decoded.margin)).toBe(true);
  });

  it.each([
    ['zero', 0],
    ['constant', -3],
  ])('sequence decoder, %s state', (_, value) => {
    const result = compileSequence({ name: 'S', items: ['A', 'B', 'C'], loop: false, dwell: [1, 1, 1], network: {} });
    if (result.kind !== 'ok') throw new Error(result.error.message);
    const decoder = new SequenceDecoder(result.sequence);
    const decoded = decoder.decode(new Float64Array(result.sequence.params.neurons).fill(value));
    expect(decoded.quiescent).toBe(true);
    expect(finite(decoded.correlations)).toBe(true);
    expect(decoded.best).toBe(0);
  });

  it('correlations of a state whose squares overflow stay finite and equal those of the scaled-down state', () => {
    const x = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1e307 : -1e307));
    const small = x.map((v) => v / 1e300);
    const decoder = new StateDecoder(network);
    const decoded = decoder.decode(x);
    expect(finite(decoded.correlations)).toBe(true);
    const reference = decoder.decode(small);
    for (let q = 0; q < decoded.correlations.length; q++) {
      expect(decoded.correlations[q]).toBeCloseTo(reference.correlations[q], 12);
    }
    const result = compileSequence({ name: 'S', items: ['A', 'B', 'C'], loop: false, dwell: [1, 1, 1], network: {} });
    if (result.kind !== 'ok') throw new Error(result.error.message);
    const sequenceDecoder = new SequenceDecoder(result.sequence);
    const m = result.sequence.params.neurons;
    const y = Float64Array.from({ length: m }, (_, i) => (i % 3 === 0 ? 1e307 : -1e307));
    expect(finite(sequenceDecoder.decode(y).correlations)).toBe(true);
  });
});
