import fc from 'fast-check';
import { randomDfa, toSpec, type Dfa } from '@cdam/automata';
import { arbDfa, propertyRuns, seededRng, wordsUpTo } from '@cdam/automata/testing';
import { compileAutomaton, type CompiledNetwork, type StateCodeKind } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { Network } from './network.js';

function compiled(dfa: Dfa, stateCodes?: StateCodeKind): CompiledNetwork {
  const result = compileAutomaton(toSpec(dfa, { name: 'Generated' }), stateCodes ? { stateCodes } : {});
  if (result.kind === 'error') throw new Error(result.error.message);
  return result.network;
}

/** The complete DFA's states along `word` (after each symbol) and whether it accepts. */
function walk(dfa: Dfa, word: readonly string[]): { states: string[]; accepted: boolean } {
  let q = dfa.start;
  const states: string[] = [];
  for (const symbol of word) {
    q = dfa.delta[q][dfa.alphabet.indexOf(symbol)];
    states.push(dfa.states[q]);
  }
  return { states, accepted: dfa.accepting.has(q) };
}

/** Every word's decoded states and verdict equal the automaton's. */
function expectRunsEqual(network: CompiledNetwork, words: readonly (readonly string[])[]): void {
  const runs = new Network(network).runBatch(words);
  words.forEach((word, w) => {
    const expected = walk(network.dfa, word);
    expect(runs[w].states, word.join(' ')).toEqual(expected.states);
    expect(runs[w].accepted, word.join(' ')).toBe(expected.accepted);
  });
}

describe('networks with designed state codes equal their automata', () => {
  it('on every word up to length 4, for generated partial DFAs', () => {
    fc.assert(
      fc.property(arbDfa(8), (dfa) => {
        const network = compiled(dfa, 'designed');
        expect(network.report.stateCodes).toBe('designed');
        expect(network.report.exact).toBe(true);
        expectRunsEqual(network, wordsUpTo(network.dfa.alphabet, 4));
      }),
      propertyRuns(30),
    );
  });

  it('on random long words, for random DFAs of up to 400 states, at no more neurons than random codes need', () => {
    const arbCase = fc.record({
      states: fc.integer({ min: 10, max: 400 }),
      symbols: fc.integer({ min: 2, max: 4 }),
      seed: fc.nat(),
      edgeProbability: fc.constantFrom(1, 0.8),
    });
    fc.assert(
      fc.property(arbCase, ({ states, symbols, seed, edgeProbability }) => {
        const rng = seededRng(seed);
        const dfa = randomDfa(states, symbols, rng, { edgeProbability });
        const network = compiled(dfa, 'designed');
        expect(network.report.stateCodes).toBe('designed');
        expect(network.report.exact).toBe(true);
        const alphabet = network.dfa.alphabet;
        const words = Array.from({ length: 40 }, () =>
          Array.from(
            { length: 1 + Math.floor(rng.next() * 40) },
            () => alphabet[Math.floor(rng.next() * alphabet.length)],
          ),
        );
        expectRunsEqual(network, words);
        // The automatic choice tries designed codes, then random ones, at every size: never more neurons.
        const automatic = compiled(dfa);
        expect(automatic.params.neurons).toBeLessThanOrEqual(compiled(dfa, 'random').params.neurons);
        expect(automatic.params.neurons).toBeLessThanOrEqual(network.params.neurons);
      }),
      propertyRuns(12),
    );
  });
});
