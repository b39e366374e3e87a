import type { Dfa } from '@cdam/automata';
import { createRng } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { randomWords } from './random-words.js';

/** A combination lock: ten `a` in a row open it (state 10, absorbing); any `b` before that resets. */
const lock: Dfa = {
  alphabet: ['a', 'b'],
  states: Array.from({ length: 11 }, (_, i) => `s${i}`),
  start: 0,
  accepting: new Set([10]),
  delta: Array.from({ length: 11 }, (_, i) => (i === 10 ? [10, 10] : [i + 1, 0])),
};

const opens = (word: readonly number[]) => {
  let q = lock.start;
  for (const s of word) q = lock.delta[q][s];
  return q === 10;
};

describe('randomWords', () => {
  it('is the same for the same seed and differs for another', () => {
    const options = { count: 50, maxLength: 30 };
    const a = randomWords(lock, createRng(1, 'verify'), options);
    expect(randomWords(lock, createRng(1, 'verify'), options)).toEqual(a);
    expect(randomWords(lock, createRng(2, 'verify'), options)).not.toEqual(a);
  });

  it('draws lengths in 1..maxLength and only the given symbols', () => {
    const words = randomWords(lock, createRng(3, 'verify'), { count: 300, maxLength: 7, symbols: [1] });
    for (const w of words) {
      expect(w.length).toBeGreaterThanOrEqual(1);
      expect(w.length).toBeLessThanOrEqual(7);
      expect(w.every((s) => s === 1)).toBe(true);
    }
    expect(new Set(words.map((w) => w.length)).size).toBe(7);
  });

  it('steers words into states a random walk rarely reaches', () => {
    const options = { count: 200, maxLength: 40 };
    const uniform = randomWords(lock, createRng(4, 'verify'), { ...options, steered: 0 }).filter(opens).length;
    const steered = randomWords(lock, createRng(4, 'verify'), { ...options, steered: 1 }).filter(opens).length;
    expect(uniform).toBeLessThan(5);
    expect(steered).toBeGreaterThan(10 * Math.max(1, uniform));
  });

  it('gives empty words when there is nothing to draw from', () => {
    expect(randomWords(lock, createRng(5, 'verify'), { count: 3, maxLength: 5, symbols: [] })).toEqual([[], [], []]);
  });
});
