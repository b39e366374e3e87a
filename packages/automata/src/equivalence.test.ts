import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_EDGE, type Dfa } from './fa-types.js';
import { equivalent } from './equivalence.js';
import { complete } from './complete.js';
import { minimise } from './minimise.js';
import { acceptsByDefinition, arbAlphabet, arbDfa, propertyRuns, wordsUpTo } from './testing/index.js';

const runs = propertyRuns(100);

const endsInA: Dfa = {
  alphabet: ['a', 'b'],
  states: ['n', 'y'],
  start: 0,
  accepting: new Set([1]),
  delta: [
    [1, 0],
    [1, 0],
  ],
};

describe('equivalent', () => {
  it('finds equal languages across a partial and a complete DFA', () => {
    expect(equivalent(endsInA, complete(endsInA))).toEqual({ equal: true });
  });

  it('reports the shortest counterexample first in alphabet order and which side accepts it', () => {
    const containsA: Dfa = {
      ...endsInA,
      delta: [
        [1, 0],
        [1, 1],
      ],
    };
    expect(equivalent(endsInA, containsA)).toEqual({
      equal: false,
      shortestCounterexample: ['a', 'b'],
      acceptedBy: 'right',
    });
  });

  it('treats a symbol one side lacks as rejected by that side', () => {
    const withC: Dfa = { alphabet: ['a', 'c'], states: ['s'], start: 0, accepting: new Set([0]), delta: [[0, 0]] };
    const onlyA: Dfa = { alphabet: ['a'], states: ['s'], start: 0, accepting: new Set([0]), delta: [[0]] };
    expect(equivalent(onlyA, withC)).toEqual({ equal: false, shortestCounterexample: ['c'], acceptedBy: 'right' });
    expect(equivalent(onlyA, { ...withC, delta: [[0, NO_EDGE]] })).toEqual({ equal: true });
  });

  it('the empty word is a counterexample when only one start accepts', () => {
    expect(equivalent(endsInA, { ...endsInA, accepting: new Set([0, 1]) })).toEqual({
      equal: false,
      shortestCounterexample: [],
      acceptedBy: 'right',
    });
  });
});

describe('equivalent properties', () => {
  /** Left over an alphabet of up to 3 symbols, right over a non-empty part of it. */
  const arbPair = arbAlphabet(3).chain((alphabet) =>
    fc.tuple(
      arbDfa(5, { alphabet }),
      fc.subarray(alphabet, { minLength: 1 }).chain((part) => arbDfa(5, { alphabet: part })),
    ),
  );

  it('equivalence agrees with brute force up to length 8; its counterexample is the first differing word', () =>
    fc.assert(
      fc.property(arbPair, ([left, right]) => {
        const result = equivalent(left, right);
        const firstDifference = wordsUpTo(left.alphabet, 8).find(
          (w) => acceptsByDefinition(left, w) !== acceptsByDefinition(right, w),
        );
        if (firstDifference !== undefined) {
          expect(result).toEqual({
            equal: false,
            shortestCounterexample: firstDifference,
            acceptedBy: acceptsByDefinition(left, firstDifference) ? 'left' : 'right',
          });
        } else if (!result.equal) {
          // Longer than 8 is possible in principle; then it must still separate the two sides.
          expect(result.shortestCounterexample.length).toBeGreaterThan(8);
          const w = result.shortestCounterexample;
          expect(acceptsByDefinition(left, w)).toBe(result.acceptedBy === 'left');
          expect(acceptsByDefinition(right, w)).toBe(result.acceptedBy === 'right');
        }
      }),
      runs,
    ));

  it('equivalence holds between a DFA, its completion and its minimisation', () =>
    fc.assert(
      fc.property(arbDfa(6), (d) => equivalent(d, complete(d)).equal && equivalent(minimise(d), d).equal),
      runs,
    ));

  it('equivalence is symmetric: both directions agree on equality and on the counterexample length', () =>
    fc.assert(
      fc.property(arbPair, ([left, right]) => {
        const forward = equivalent(left, right);
        const backward = equivalent(right, left);
        if (forward.equal || backward.equal) return forward.equal === backward.equal;
        // The words may differ, since the unified alphabet order depends on which side comes first.
        const w = backward.shortestCounterexample;
        return (
          forward.shortestCounterexample.length === w.length &&
          acceptsByDefinition(right, w) === (backward.acceptedBy === 'left') &&
          acceptsByDefinition(left, w) === (backward.acceptedBy === 'right')
        );
      }),
      runs,
    ));
});
