import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_EDGE, type Dfa } from './fa-types.js';
import { findIsomorphism, isomorphic } from './isomorphism.js';
import { arbDfa, propertyRuns } from './testing/index.js';

const runs = propertyRuns(100);

/** The same DFA with states renumbered by `order` (new index i holds old state order[i]) and the alphabet reversed. */
function relabel(dfa: Dfa, order: readonly number[]): Dfa {
  const newIndex = new Map(order.map((old, i) => [old, i]));
  const at = (q: number): number => (q === NO_EDGE ? NO_EDGE : (newIndex.get(q) as number));
  return {
    alphabet: [...dfa.alphabet].reverse(),
    states: order.map((old) => `renamed${old}`),
    start: at(dfa.start),
    accepting: new Set([...dfa.accepting].map(at)),
    delta: order.map((old) => [...dfa.delta[old]].reverse().map(at)),
  };
}

const cycle: Dfa = {
  alphabet: ['a', 'b'],
  states: ['x', 'y'],
  start: 0,
  accepting: new Set([1]),
  delta: [
    [1, NO_EDGE],
    [0, 1],
  ],
};

describe('isomorphism', () => {
  it('maps states of a renamed, renumbered copy', () => {
    expect(findIsomorphism(cycle, relabel(cycle, [1, 0]))).toEqual([1, 0]);
  });

  it('rejects a changed transition, a changed acceptance and a different alphabet', () => {
    expect(
      isomorphic(cycle, {
        ...cycle,
        delta: [
          [1, 0],
          [0, 1],
        ],
      }),
    ).toBe(false);
    expect(isomorphic(cycle, { ...cycle, accepting: new Set([0]) })).toBe(false);
    expect(isomorphic(cycle, { ...cycle, alphabet: ['a', 'c'] })).toBe(false);
  });

  it('ignores unreachable states but not extra reachable ones', () => {
    const withIsland: Dfa = { ...cycle, states: [...cycle.states, 'z'], delta: [...cycle.delta, [0, 0]] };
    expect(isomorphic(cycle, withIsland)).toBe(true);
    const twoLoops: Dfa = {
      ...cycle,
      states: ['x', 'y', 'y2'],
      delta: [
        [1, NO_EDGE],
        [0, 2],
        [0, 1],
      ],
      accepting: new Set([1, 2]),
    };
    expect(isomorphic(cycle, twoLoops)).toBe(false);
  });

  it('isomorphic holds between a DFA and any renumbering of it', () =>
    fc.assert(
      fc.property(
        arbDfa(6).chain((d) =>
          fc.tuple(fc.constant(d), fc.shuffledSubarray([...d.states.keys()], { minLength: d.states.length })),
        ),
        ([d, order]) => {
          const copy = relabel(d, order);
          const mapping = findIsomorphism(d, copy);
          return mapping !== undefined && isomorphic(copy, d);
        },
      ),
      runs,
    ));
});
