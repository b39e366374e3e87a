import { simulateDfa } from '@cdam/automata';
import { wordsUpTo } from '@cdam/automata/testing';
import { describe, expect, it } from 'vitest';
import { MAX_BATCH_SCRATCH, Network, batchCapacity } from './network.js';
import { disagreements } from './testing/agreement.js';
import { compiled, endsAbb, familyTree, oneState, parity, withDeadEnd } from './testing/fixtures.js';

describe('compiled networks agree with their automata', () => {
  it.each([
    ['parity', parity],
    ['a one-state automaton', oneState],
    ['self-loops and a state without outgoing transitions (dead state added)', withDeadEnd],
    ['an NFA, determinised', endsAbb],
  ] as const)('%s, on every word up to length 8 (bipolar)', (_, spec) => {
    const network = new Network(compiled(spec));
    expect(network.compiled.report.exact).toBe(true);
    expect(disagreements(network, wordsUpTo(network.compiled.dfa.alphabet, 8))).toEqual([]);
  });

  it.each([
    ['parity', parity],
    ['a one-state automaton', oneState],
    ['self-loops and a dead state', withDeadEnd],
    ['an NFA, determinised', endsAbb],
  ] as const)('%s, on every word up to length 6 (uniform codes)', (_, spec) => {
    const network = new Network(compiled(spec, { encoding: 'uniform' }));
    expect(disagreements(network, wordsUpTo(network.compiled.dfa.alphabet, 6))).toEqual([]);
  });

  it('answers the family tree: Marge -daughter-> Lisa -brother-> Bart', () => {
    const network = new Network(compiled(familyTree));
    const run = network.run(['daughter', 'brother']);
    expect(run.points.map((p) => p.decoded.name)).toEqual(['Marge', 'Lisa', 'Bart']);
    expect(run.accepted).toBe(true);
    const nonsense = network.run(['daughter', 'sister']);
    expect(nonsense.finalState).toBe('∅');
    expect(nonsense.accepted).toBe(false);
    expect(disagreements(network, wordsUpTo(network.compiled.dfa.alphabet, 3))).toEqual([]);
  });
});

describe('Network', () => {
  const network = new Network(compiled(withDeadEnd));

  it('run and runBatch compute the same states, and step/present/decode compose to run', () => {
    const word = ['a', 'b', 'b', 'a', 'c', 'b'];
    const run = network.run(word, { recordIterations: true });
    const [batch] = network.runBatch([word]);
    expect(run.points.slice(1).map((p) => p.decoded.name)).toEqual(batch.states);
    expect(run.points[3].iterations).toHaveLength(2);
    network.reset();
    for (const symbol of word) expect(network.step(symbol)).toBe(true);
    expect(network.decode().correlations).toEqual(run.points[word.length].decoded.correlations);
  });

  it('jumps in iteration 2, not 1, and then holds (the schedule of docs/compiler.md)', () => {
    const run = network.run(['b', 'a'], { recordIterations: true });
    const expected = simulateDfa(network.compiled.dfa, ['b', 'a']).trace.map((q) => network.compiled.dfa.states[q]);
    expect(run.points[1].iterations?.map((d) => d.name)).toEqual([expected[1], expected[1]]);
    const longer = new Network(compiled(withDeadEnd, { iterations: 5 }));
    expect(longer.run(['b', 'a']).points.map((p) => p.decoded.name)).toEqual(expected);
    // What each iteration attends to: iteration 1 the conjunction pattern of (state, symbol), iteration 2
    // the successor's state pattern, and every later one that pattern again.
    for (const net of [network, longer]) {
      const { dfa, patterns, params } = net.compiled;
      const trace = simulateDfa(dfa, ['b', 'a']).trace;
      net.reset();
      ['b', 'a'].forEach((symbol, t) => {
        const s = dfa.alphabet.indexOf(symbol);
        const conjunction = patterns.conjunction[trace[t] * patterns.symbolCount + s];
        const successor = patterns.statePattern[trace[t + 1]];
        expect(conjunction).not.toBe(successor);
        net.present(symbol);
        const attended: number[] = [];
        for (let k = 0; k < params.iterations; k++) {
          net.iterate();
          attended.push(argmax(net.attention));
        }
        expect(attended).toEqual([conjunction, ...Array<number>(params.iterations - 1).fill(successor)]);
      });
    }
    expect(run.points.slice(1).map((p) => p.attended)).toEqual(
      [1, 2].map((t) => network.compiled.patterns.statePattern[simulateDfa(network.compiled.dfa, ['b', 'a']).trace[t]]),
    );
  });

  it('stops and rejects at a symbol outside the alphabet', () => {
    const run = network.run(['a', 'zzz', 'b']);
    expect(run.stopped).toEqual({ position: 1, reason: 'unknown-symbol' });
    expect(run.accepted).toBe(false);
    expect(network.present('zzz')).toBe(false);
    const [batch] = network.runBatch([['b', 'zzz']]);
    expect(batch.stopped).toEqual({ position: 1, reason: 'unknown-symbol' });
    expect(batch.states).toEqual(['q']);
  });

  it('decodes the empty word to the start state', () => {
    expect(network.run([]).points[0].decoded.name).toBe('p');
    expect(network.runBatch([[]])[0].accepted).toBe(false);
  });

  it('injects seeded noise: same seed same run; small noise is absorbed, heavy noise derails', () => {
    const big = new Network(compiled(withDeadEnd, { neurons: 256 }));
    const word = ['b', 'a', 'c', 'b', 'b', 'a', 'a', 'c', 'a', 'b'];
    const names = (t: ReturnType<typeof big.run>) => t.points.map((p) => p.decoded.name).join(' ');
    const clean = big.run(word);
    const light = big.run(word, { noise: 0.05, noiseSeed: 1 });
    expect(names(light)).toBe(names(clean));
    const heavy = big.run(word, { noise: 0.5, noiseSeed: 1 });
    expect(big.run(word, { noise: 0.5, noiseSeed: 1 })).toEqual(heavy);
    expect(names(heavy)).not.toBe(names(clean));
    expect(names(big.run(word, { noise: 0.5, noiseSeed: 2 }))).not.toBe(names(heavy));
  });

  it('runs every word for any batch size, and caps the scratch of a huge one', () => {
    const words = [['a'], ['b', 'a'], [], ['c', 'c', 'b'], ['a', 'zzz']];
    const expected = network.runBatch(words);
    for (const batchSize of [NaN, -3, 0.5, 1, 2, Infinity, 1e12]) {
      const results = network.runBatch(words, { batchSize });
      expect(results.map((r) => r.states)).toEqual(expected.map((r) => r.states));
      expect(results.map((r) => [...r.margins])).toEqual(expected.map((r) => [...r.margins]));
    }
    // n = 1024, p = 16 384: one word needs 34 816 numbers of scratch, so at most 963 words fit 2^25.
    expect(batchCapacity(1024, 16_384, 1e12)).toBe(963);
    expect(batchCapacity(1024, 16_384)).toBe(114);
    expect(batchCapacity(10, 10, 5)).toBe(5);
    expect((2 * 16_384 + 2 * 1024) * batchCapacity(1024, 16_384, Infinity)).toBeLessThanOrEqual(MAX_BATCH_SCRATCH);
  });
});

/** Index of the largest entry (the first on ties). */
function argmax(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
