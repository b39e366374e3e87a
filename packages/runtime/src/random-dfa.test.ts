import { randomDfa } from '@cdam/automata';
import { seededRng } from '@cdam/automata/testing';
import { compileAutomaton, createRng } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { Network } from './network.js';
import { disagreements } from './testing/agreement.js';
import { compiled, specOfDfa } from './testing/fixtures.js';

function randomWords(alphabet: readonly string[], count: number, maxLength: number, seed: number): string[][] {
  const rng = createRng(seed, 'test-words');
  return Array.from({ length: count }, () =>
    Array.from({ length: rng.nextInt(maxLength + 1) }, () => alphabet[rng.nextInt(alphabet.length)]),
  );
}

describe('larger automata', () => {
  it('a random 200-state DFA over 4 symbols agrees on 500 random words of length up to 50', () => {
    const spec = specOfDfa(randomDfa(200, 4, seededRng(2024)), 'Random200');
    const network = new Network(compiled(spec));
    const words = randomWords(network.compiled.dfa.alphabet, 500, 50, 7);
    expect(disagreements(network, words)).toEqual([]);
  });

  it('the smallest safe size named by a too-few-neurons diagnostic works', () => {
    const spec = specOfDfa(randomDfa(37, 4, seededRng(9)), 'Random37');
    const failed = compileAutomaton(spec, { neurons: 16 });
    if (failed.kind !== 'error') throw new Error('16 neurons should be too few');
    const smallest = failed.error.smallestSafeNeurons as number;
    const network = new Network(compiled(spec, { neurons: smallest }));
    expect(disagreements(network, randomWords(network.compiled.dfa.alphabet, 300, 30, 8))).toEqual([]);
  });
});
