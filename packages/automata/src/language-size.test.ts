import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_EDGE, type Dfa } from './fa-types.js';
import { countAcceptedByLength, languageSize } from './language-size.js';
import { acceptsByDefinition, arbDfa, propertyRuns, wordsUpTo } from './testing/index.js';

const runs = propertyRuns(100);

describe('countAcceptedByLength', () => {
  it('counts exactly past the safe integer range', () => {
    const everything: Dfa = {
      alphabet: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
      states: ['s'],
      start: 0,
      accepting: new Set([0]),
      delta: [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    };
    const counts = countAcceptedByLength(everything, 20);
    expect(counts[20]).toBe(10n ** 20n);
    expect(counts.length).toBe(21);
  });

  it('countAcceptedByLength matches brute-force enumeration up to length 6', () =>
    fc.assert(
      fc.property(arbDfa(5), (d) => {
        const expected = Array.from({ length: 7 }, () => 0n);
        for (const w of wordsUpTo(d.alphabet, 6)) if (acceptsByDefinition(d, w)) expected[w.length]++;
        expect(countAcceptedByLength(d, 6)).toEqual(expected);
      }),
      runs,
    ));
});

describe('languageSize', () => {
  it('counts a finite language and reports its longest word', () => {
    const upToTwo: Dfa = {
      alphabet: ['a', 'b'],
      states: ['0', '1', '2'],
      start: 0,
      accepting: new Set([1, 2]),
      delta: [
        [1, 1],
        [2, 2],
        [NO_EDGE, NO_EDGE],
      ],
    };
    expect(languageSize(upToTwo)).toEqual({ kind: 'finite', count: 6n, longestWordLength: 2 });
  });

  it('gives count 0 for the empty language', () => {
    const empty: Dfa = { alphabet: ['a'], states: ['s'], start: 0, accepting: new Set(), delta: [[0]] };
    expect(languageSize(empty)).toEqual({ kind: 'finite', count: 0n, longestWordLength: -1 });
  });

  it('languageSize is finite with the enumerated count exactly when no accepted word has length in [n, 2n)', () =>
    fc.assert(
      fc.property(arbDfa(5), (d) => {
        const n = d.states.length;
        const counts = countAcceptedByLength(d, 2 * n - 1);
        const size = languageSize(d);
        const pumpable = counts.slice(n).some((c) => c > 0n); // pumping lemma: infinite iff such a word exists
        if (size.kind === 'infinite') return pumpable;
        const longest = counts.reduce((at, c, length) => (c > 0n ? length : at), -1);
        return !pumpable && size.count === counts.reduce((a, b) => a + b, 0n) && size.longestWordLength === longest;
      }),
      runs,
    ));
});
