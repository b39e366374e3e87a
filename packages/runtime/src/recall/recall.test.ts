import { compileSequence, type CompiledSequence, type SequenceCompileOptions } from '@cdam/compiler';
import type { SequenceSpec } from '@cdam/language';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRecall } from './compare-recall.js';
import { SequenceNetwork } from './recall.js';

const runs = {
  seed: Number(process.env.CDAM_PROP_SEED ?? 424242),
  numRuns: Number(process.env.CDAM_PROP_RUNS ?? 25),
};

function compiled(
  items: readonly string[],
  options: { loop?: boolean; dwell?: readonly number[] } & SequenceCompileOptions = {},
): CompiledSequence {
  const { loop, dwell, ...network } = options;
  const spec: SequenceSpec = {
    name: 'S',
    items,
    loop: loop ?? false,
    dwell: dwell ?? items.map(() => 1),
    network: {},
  };
  const result = compileSequence(spec, network);
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.sequence;
}

describe('sequence recall', () => {
  it('follows the right successor of a repeated item, cycle after cycle', () => {
    const network = new SequenceNetwork(compiled(['A', 'B', 'A', 'C'], { loop: true }));
    const run = network.recall({ ticks: 12 });
    expect(run.points.map((p) => p.decoded.item).join(' ')).toBe('A B A C A B A C A B A C A');
    expect(run.points.map((p) => p.decoded.occurrence)).toEqual([1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 2, 1, 1]);
    expect(run.summary).toMatchObject({ ticks: 12, errors: 0, exactAdvances: 12, meanAdvance: 1, exact: true });
  });

  it('holds an item with dwell d for d ticks', () => {
    const network = new SequenceNetwork(compiled(['A', 'B', 'C'], { loop: true, dwell: [3, 1, 2] }));
    const run = network.recall({ ticks: 11 });
    expect(run.points.map((p) => p.decoded.item).join('')).toBe('AAABCCAAABCC');
    expect(run.points.slice(0, 3).map((p) => p.decoded.tick)).toEqual([0, 1, 2]);
    expect(run.summary.exact).toBe(true);
  });

  it('stops at the end of a chain and holds the last item', () => {
    const network = new SequenceNetwork(compiled(['A', 'B', 'C']));
    const run = network.recall();
    expect(run.summary.ticks).toBe(3 + 5);
    expect(run.points.map((p) => p.decoded.item).join('')).toBe('ABCCCCCCC');
    expect(run.points.map((p) => p.advance)).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(run.summary.errors).toBe(0);
  });

  it('starts from any step and defaults to two cycles of a loop', () => {
    const network = new SequenceNetwork(compiled(['A', 'B', 'A', 'C'], { loop: true }));
    const run = network.recall({ cueStep: 2 });
    expect(run.summary.ticks).toBe(8);
    expect(run.points[0].decoded).toMatchObject({ item: 'A', occurrence: 2, step: 2 });
    expect(run.points[1].decoded.item).toBe('C');
    expect(() => network.recall({ cueStep: 4 })).toThrow(RangeError);
  });

  it('recovers from a noisy cue (the paper noise, uniform in [-0.5, 0.5))', () => {
    const items = Array.from({ length: 20 }, (_, i) => `f${i}`);
    const network = new SequenceNetwork(compiled(items, { loop: true, neurons: 400, encoding: 'uniform' }));
    const run = network.recall({ cueNoise: 1, ticks: 60, noiseSeed: 5 });
    expect(run.points[0].decoded.item).toBe('f0');
    expect(run.summary.exact).toBe(true);
  });

  it('records the correlation with every pattern at every tick, the diagonal highest', () => {
    const network = new SequenceNetwork(compiled(['A', 'B', 'C', 'D'], { loop: true }));
    const run = network.recall({ ticks: 4, recordCorrelations: true });
    expect(run.correlations).toHaveLength(5);
    run.correlations?.forEach((row, t) => {
      expect(row).toHaveLength(4);
      expect(Math.max(...row)).toBe(row[t % 4]);
    });
  });

  it('recalls random sequences (repeats, dwell, loops) exactly from a clean cue for 10 cycles', () => {
    const arbSequence = fc.record({
      items: fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'), { minLength: 1, maxLength: 100 }),
      loop: fc.boolean(),
      seed: fc.integer({ min: 0, max: 1000 }),
      dwell: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 100, maxLength: 100 }),
    });
    fc.assert(
      fc.property(arbSequence, ({ items, loop, seed, dwell }) => {
        const sequence = compiled(items, { loop, seed, dwell: dwell.slice(0, items.length) });
        const network = new SequenceNetwork(sequence);
        const ticks = loop ? 10 * network.p : network.p + 5;
        const run = network.recall({ ticks });
        return sequence.report.exact && run.summary.exact;
      }),
      runs,
    );
  });
});

describe('compareRecall', () => {
  it('on 49 looped items, n = 2000, uniform codes: only the anti-Hebbian row is exact', () => {
    const items = Array.from({ length: 49 }, (_, i) => `frame${i}`);
    const network = new SequenceNetwork(compiled(items, { loop: true, neurons: 2000, encoding: 'uniform' }));
    const comparison = compareRecall(network, { ticks: 2 * 49 });
    const [auto, hetero, anti] = comparison.rows;
    expect([auto.a, auto.h, hetero.a, hetero.h]).toEqual([1, 0, 0, 1]);
    expect(auto.summary.meanAdvance).toBe(0); // auto-association stays put
    expect(auto.summary.exact).toBe(false);
    expect(hetero.summary.exact).toBe(false); // advances irregularly
    expect(hetero.summary.exactAdvances).toBeLessThan(hetero.summary.ticks);
    expect(anti.a).toBeLessThan(0);
    expect(anti.summary).toMatchObject({ exact: true, errors: 0, exactAdvances: 98, meanAdvance: 1 });
  });

  it('keeps the beta and eta of the network for all rows unless given', () => {
    const network = new SequenceNetwork(compiled(['A', 'B', 'C'], { loop: true }));
    expect(compareRecall(network).eta).toBe(0.2);
    expect(compareRecall(network, { beta: 3, eta: 0.5 })).toMatchObject({ beta: 3, eta: 0.5 });
  });
});

describe('recall size limit', () => {
  it('refuses to record more correlations than the limit, naming the ticks that fit', () => {
    const network = new SequenceNetwork(compiled(['A', 'B', 'C', 'D'], { loop: true }));
    const options = { ticks: 20_000_000, recordCorrelations: true };
    expect(network.recallProblem(options)).toBe(
      "recording 20000000 ticks of 'S' keeps 80000004 correlations (ticks + 1 times 4 patterns), more than the limit of 67108864 (2^26); record at most 16777215 ticks",
    );
    expect(() => network.recall(options)).toThrow(RangeError);
    expect(network.recallProblem({ ticks: 16_777_215, recordCorrelations: true })).toBeUndefined();
    expect(network.recallProblem({ ticks: 20_000_000 })).toBeUndefined();
  });
});
