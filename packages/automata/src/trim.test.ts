import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPSILON, NO_EDGE, type Dfa, type Nfa } from './fa-types.js';
import { coReachableStates, reachableStates, removeUnreachable, trim, trimNfa } from './trim.js';
import { acceptsByDefinition, arbDfa, arbNfa, propertyRuns, wordsUpTo } from './testing/index.js';

const runs = propertyRuns(100);

const messy: Dfa = {
  alphabet: ['a', 'b'],
  states: ['start', 'dead', 'goal', 'island'],
  start: 0,
  accepting: new Set([2, 3]),
  delta: [
    [1, 2],
    [1, 1],
    [NO_EDGE, 0],
    [2, 2],
  ],
};

describe('trim', () => {
  it('finds reachable and co-reachable states', () => {
    expect([...reachableStates(messy)].sort()).toEqual([0, 1, 2]);
    expect([...coReachableStates(messy)].sort()).toEqual([0, 2, 3]);
  });

  it('removeUnreachable keeps order and names of reachable states', () => {
    const reached = removeUnreachable(messy);
    expect(reached.states).toEqual(['start', 'dead', 'goal']);
    expect(reached.delta).toEqual([
      [1, 2],
      [1, 1],
      [NO_EDGE, 0],
    ]);
  });

  it('trim drops dead and unreachable states, redirecting edges to NO_EDGE', () => {
    expect(trim(messy)).toEqual({
      alphabet: ['a', 'b'],
      states: ['start', 'goal'],
      start: 0,
      accepting: new Set([1]),
      delta: [
        [NO_EDGE, 1],
        [NO_EDGE, 0],
      ],
    });
  });

  it('trimNfa follows epsilon edges and drops useless starts', () => {
    const nfa: Nfa = {
      alphabet: ['a'],
      states: ['p', 'q', 'r'],
      start: [0, 2],
      accepting: new Set([1]),
      edges: [[{ symbol: EPSILON, to: 1 }], [], [{ symbol: 0, to: 2 }]],
    };
    expect(trimNfa(nfa)).toEqual({
      alphabet: ['a'],
      states: ['p', 'q'],
      start: [0],
      accepting: new Set([1]),
      edges: [[{ symbol: EPSILON, to: 1 }], []],
    });
  });

  it('trim keeps the language of a DFA and leaves only useful states (start aside)', () =>
    fc.assert(
      fc.property(arbDfa(6), (d) => {
        const t = trim(d);
        const useful = coReachableStates(t);
        const languageKept = wordsUpTo(d.alphabet, 5).every(
          (w) => acceptsByDefinition(t, w) === acceptsByDefinition(d, w),
        );
        return (
          languageKept &&
          reachableStates(t).size === t.states.length &&
          (t.states.length === 1 || useful.size === t.states.length)
        );
      }),
      runs,
    ));

  it('trimNfa keeps the language of an NFA', () =>
    fc.assert(
      fc.property(arbNfa(5), (nfa) => {
        const t = trimNfa(nfa);
        return wordsUpTo(nfa.alphabet, 5).every((w) => acceptsByDefinition(t, w) === acceptsByDefinition(nfa, w));
      }),
      runs,
    ));
});
