import { describe, expect, it } from 'vitest';
import { EPSILON, type Nfa } from './fa-types.js';
import { epsilonClosure } from './epsilon-closure.js';

const cyclic: Nfa = {
  alphabet: ['x', 'y'],
  states: ['a', 'b', 'c', 'd'],
  start: [0],
  accepting: new Set([3]),
  edges: [
    [{ symbol: EPSILON, to: 1 }],
    [
      { symbol: EPSILON, to: 0 },
      { symbol: 0, to: 2 },
    ],
    [{ symbol: EPSILON, to: 3 }],
    [{ symbol: EPSILON, to: 2 }],
  ],
};

describe('epsilonClosure', () => {
  it('follows epsilon cycles and returns sorted states', () => {
    expect(epsilonClosure(cyclic, [1])).toEqual([0, 1]);
    expect(epsilonClosure(cyclic, [2, 2])).toEqual([2, 3]);
    expect(epsilonClosure(cyclic, [])).toEqual([]);
  });
});
