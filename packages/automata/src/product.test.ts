import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_EDGE, type Dfa } from './fa-types.js';
import { difference, intersection, product, symmetricDifference, union, type ProductOperation } from './product.js';
import { acceptsByDefinition, arbAlphabet, arbDfa, propertyRuns, wordsUpTo } from './testing/index.js';

const runs = propertyRuns(100);

/** Two DFAs over related alphabets: `left` over the whole alphabet, `right` over a non-empty part of it. */
const arbPair = arbAlphabet(3).chain((alphabet) =>
  fc.tuple(
    arbDfa(5, { alphabet }),
    fc.subarray(alphabet, { minLength: 1 }).chain((part) => arbDfa(5, { alphabet: part })),
  ),
);

const LAWS: Record<ProductOperation, (a: boolean, b: boolean) => boolean> = {
  intersection: (a, b) => a && b,
  union: (a, b) => a || b,
  difference: (a, b) => a && !b,
  'symmetric-difference': (a, b) => a !== b,
};

const evenA: Dfa = {
  alphabet: ['a'],
  states: ['even', 'odd'],
  start: 0,
  accepting: new Set([0]),
  delta: [[1], [0]],
};
const onlyB: Dfa = {
  alphabet: ['b'],
  states: ['s', 't'],
  start: 0,
  accepting: new Set([1]),
  delta: [[1], [NO_EDGE]],
};

describe('product', () => {
  it('unifies alphabets: left symbols first, then the right ones left lacks; foreign symbols reject', () => {
    const both = union(evenA, onlyB);
    expect(both.alphabet).toEqual(['a', 'b']);
    expect(acceptsByDefinition(both, ['b'])).toBe(true);
    expect(acceptsByDefinition(both, ['a', 'a'])).toBe(true);
    expect(acceptsByDefinition(both, ['a', 'b'])).toBe(false);
    expect(both.states).toEqual(['(even,s)', '(odd,∅)', '(∅,t)', '(even,∅)']);
  });

  it('leaves out pairs that can no longer accept, so an empty intersection is one state', () => {
    const none = intersection(evenA, onlyB);
    expect(none.states).toEqual(['(even,s)']);
    expect(none.delta).toEqual([[NO_EDGE, NO_EDGE]]);
    expect([...none.accepting]).toEqual([]);
  });

  it('does not mutate its inputs', () => {
    const copy = structuredClone([evenA, onlyB]);
    symmetricDifference(evenA, onlyB);
    difference(evenA, onlyB);
    expect([evenA, onlyB]).toEqual(copy);
  });

  for (const operation of Object.keys(LAWS) as ProductOperation[]) {
    it(`${operation} obeys its set law on every word up to length 5 (foreign symbol included)`, () =>
      fc.assert(
        fc.property(arbPair, ([left, right]) => {
          const combined = product(left, right, operation);
          return wordsUpTo([...left.alphabet, 'zz'], 5).every(
            (w) =>
              acceptsByDefinition(combined, w) ===
              LAWS[operation](acceptsByDefinition(left, w), acceptsByDefinition(right, w)),
          );
        }),
        runs,
      ));
  }
});
