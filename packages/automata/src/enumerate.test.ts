import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_EDGE, type Dfa } from './fa-types.js';
import { acceptedWords, allWords } from './enumerate.js';
import { acceptsByDefinition, arbDfa, arbNfa, propertyRuns, wordsUpTo } from './testing/index.js';

const runs = propertyRuns(100);

describe('allWords', () => {
  it('lists words by length, then by symbol position in the alphabet', () => {
    expect([...allWords(['b', 'a'], 2)]).toEqual([[], ['b'], ['a'], ['b', 'b'], ['b', 'a'], ['a', 'b'], ['a', 'a']]);
  });

  it('gives only the empty word over an empty alphabet', () => {
    expect([...allWords([], 3)]).toEqual([[]]);
  });
});

describe('acceptedWords', () => {
  const abStar: Dfa = {
    alphabet: ['a', 'bb'],
    states: ['p', 'q'],
    start: 0,
    accepting: new Set([0]),
    delta: [
      [1, NO_EDGE],
      [NO_EDGE, 0],
    ],
  };

  it('yields accepted words in length-then-lexicographic order and honours the limit', () => {
    expect([...acceptedWords(abStar, 4)]).toEqual([[], ['a', 'bb'], ['a', 'bb', 'a', 'bb']]);
    expect([...acceptedWords(abStar, 10, { limit: 2 })]).toEqual([[], ['a', 'bb']]);
  });

  it('acceptedWords of a DFA equals the brute-force filter of all words up to length 6', () =>
    fc.assert(
      fc.property(arbDfa(5), (d) => {
        const expected = wordsUpTo(d.alphabet, 6).filter((w) => acceptsByDefinition(d, w));
        expect([...acceptedWords(d, 6)]).toEqual(expected);
      }),
      runs,
    ));

  it('acceptedWords of an NFA equals the brute-force filter of all words up to length 6', () =>
    fc.assert(
      fc.property(arbNfa(5), (nfa) => {
        const expected = wordsUpTo(nfa.alphabet, 6).filter((w) => acceptsByDefinition(nfa, w));
        expect([...acceptedWords(nfa, 6)]).toEqual(expected);
      }),
      runs,
    ));
});
