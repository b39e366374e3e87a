import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_EDGE, type Dfa } from './fa-types.js';
import { reverse } from './reverse.js';
import { toNfa } from './to-nfa.js';
import { acceptsByDefinition, arbDfa, arbNfa, propertyRuns, wordsUpTo } from './testing/index.js';

const runs = propertyRuns(100);

describe('toNfa', () => {
  it('turns each defined transition into one edge', () => {
    const dfa: Dfa = { alphabet: ['a', 'b'], states: ['s'], start: 0, accepting: new Set([0]), delta: [[0, NO_EDGE]] };
    expect(toNfa(dfa)).toEqual({
      alphabet: ['a', 'b'],
      states: ['s'],
      start: [0],
      accepting: new Set([0]),
      edges: [[{ symbol: 0, to: 0 }]],
    });
  });

  it('toNfa keeps the language', () =>
    fc.assert(
      fc.property(arbDfa(5), (d) =>
        wordsUpTo(d.alphabet, 5).every((w) => acceptsByDefinition(toNfa(d), w) === acceptsByDefinition(d, w)),
      ),
      runs,
    ));
});

describe('reverse', () => {
  it('reverse accepts exactly the reversed words (words up to length 5)', () =>
    fc.assert(
      fc.property(arbNfa(5), (nfa) => {
        const reversed = reverse(nfa);
        return wordsUpTo(nfa.alphabet, 5).every(
          (w) => acceptsByDefinition(reversed, [...w].reverse()) === acceptsByDefinition(nfa, w),
        );
      }),
      runs,
    ));
});
