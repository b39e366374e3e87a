import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_EDGE, type Dfa } from './fa-types.js';
import { complement } from './complement.js';
import { complete, isComplete } from './complete.js';
import { equivalent } from './equivalence.js';
import { intersection, union } from './product.js';
import { acceptsByDefinition, arbAlphabet, arbDfa, propertyRuns, wordsUpTo } from './testing/index.js';

const runs = propertyRuns(100);

const partial: Dfa = {
  alphabet: ['a', 'b'],
  states: ['x', '∅'],
  start: 0,
  accepting: new Set([0]),
  delta: [
    [0, NO_EDGE],
    [1, 1],
  ],
};

describe('complete', () => {
  it('adds one sink whose name does not collide with existing names', () => {
    const total = complete(partial);
    expect(total.states).toEqual(['x', '∅', "∅'"]);
    expect(total.delta).toEqual([
      [0, 2],
      [1, 1],
      [2, 2],
    ]);
    expect(isComplete(total)).toBe(true);
  });

  it('returns an equal copy of a complete DFA', () => {
    const total = complete(partial);
    expect(complete(total)).toEqual(total);
    expect(complete(total)).not.toBe(total);
  });
});

describe('complement', () => {
  it('accepts exactly the words over its alphabet the DFA rejects', () => {
    const other = complement(partial);
    expect(acceptsByDefinition(other, ['a', 'b'])).toBe(true);
    expect(acceptsByDefinition(other, ['a'])).toBe(false);
  });

  it('complement flips acceptance of every word over the alphabet up to length 6', () =>
    fc.assert(
      fc.property(arbDfa(6), (d) => {
        const c = complement(d);
        return wordsUpTo(d.alphabet, 6).every((w) => acceptsByDefinition(c, w) !== acceptsByDefinition(d, w));
      }),
      runs,
    ));

  it('complement is an involution: complement(complement(d)) is equivalent to d', () =>
    fc.assert(
      fc.property(arbDfa(6), (d) => equivalent(complement(complement(d)), d).equal),
      runs,
    ));

  it('De Morgan: complement(a ∪ b) equals complement(a) ∩ complement(b) over one alphabet', () =>
    fc.assert(
      fc.property(
        arbAlphabet(3).chain((alphabet) => fc.tuple(arbDfa(5, { alphabet }), arbDfa(5, { alphabet }))),
        ([a, b]) => equivalent(complement(union(a, b)), intersection(complement(a), complement(b))).equal,
      ),
      runs,
    ));
});
