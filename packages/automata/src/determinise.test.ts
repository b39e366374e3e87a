import { describe, expect, it } from 'vitest';
import { EPSILON, NO_EDGE, type Nfa } from './fa-types.js';
import { determinise } from './determinise.js';
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
    [{ symbol: 1, to: 3 }],
    [],
  ],
};

describe('epsilonClosure', () => {
  it('follows epsilon cycles and returns sorted states', () => {
    expect(epsilonClosure(cyclic, [1])).toEqual([0, 1]);
    expect(epsilonClosure(cyclic, [2, 2])).toEqual([2]);
  });
});

describe('determinise', () => {
  it('builds only reachable non-empty subsets and leaves missing edges as NO_EDGE', () => {
    const result = determinise(cyclic);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.dfa.states).toEqual(['{a,b}', '{c}', '{d}']);
    expect(result.dfa.delta).toEqual([
      [1, NO_EDGE],
      [NO_EDGE, 2],
      [NO_EDGE, NO_EDGE],
    ]);
    expect([...result.dfa.accepting]).toEqual([2]);
    expect(result.dfa.start).toBe(0);
  });

  it('gives a single rejecting state for an nfa without start states', () => {
    const result = determinise({ ...cyclic, start: [] });
    expect(result.kind === 'ok' && result.dfa.states).toEqual(['{}']);
  });

  it('keeps subset names unique even when state names contain commas', () => {
    const tricky: Nfa = {
      alphabet: ['x'],
      states: ['a', 'b', 'a,b'],
      start: [0, 1],
      accepting: new Set(),
      edges: [[{ symbol: 0, to: 2 }], [], []],
    };
    const result = determinise(tricky);
    expect(result.kind === 'ok' && result.dfa.states).toEqual(['{a,b}', "{a,b}'"]);
  });

  it('stops at the state limit', () => {
    expect(determinise(cyclic, { maxStates: 1 })).toEqual({ kind: 'too-many-states', limit: 1 });
  });
});
