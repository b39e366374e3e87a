import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptsByDefinition, arbNfa, arbWord, propertyRuns } from './testing/index.js';
import { reachableStates } from './trim.js';
import { EPSILON, NO_EDGE, type Nfa } from './fa-types.js';
import { determinise } from './determinise.js';

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

describe('determinise properties', () => {
  const runs = propertyRuns(200);
  it('determinise preserves the language: the DFA accepts exactly the words the NFA accepts', () =>
    fc.assert(
      fc.property(
        arbNfa().chain((nfa) =>
          fc.tuple(fc.constant(nfa), fc.array(arbWord([...nfa.alphabet, 'zz'], 7), { maxLength: 30 })),
        ),
        ([nfa, words]) => {
          const result = determinise(nfa);
          if (result.kind !== 'ok') return false;
          return words.every((w) => acceptsByDefinition(result.dfa, w) === acceptsByDefinition(nfa, w));
        },
      ),
      runs,
    ));

  it('determinise keeps every state reachable and never creates the empty subset', () =>
    fc.assert(
      fc.property(arbNfa(), (nfa) => {
        const result = determinise(nfa);
        if (result.kind !== 'ok') return false;
        const reached = reachableStates(result.dfa);
        return (
          reached.size === result.dfa.states.length && (nfa.start.length === 0 || !result.dfa.states.includes('{}'))
        );
      }),
      runs,
    ));
});
