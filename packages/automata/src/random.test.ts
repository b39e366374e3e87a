import { describe, expect, it } from 'vitest';
import { EPSILON, NO_EDGE } from './fa-types.js';
import { randomDfa, randomNfa } from './random.js';
import { seededRng } from './testing/index.js';

describe('randomDfa', () => {
  it('is reproducible from the rng seed and differs between seeds', () => {
    expect(randomDfa(50, 3, seededRng(1))).toEqual(randomDfa(50, 3, seededRng(1)));
    expect(randomDfa(50, 3, seededRng(1))).not.toEqual(randomDfa(50, 3, seededRng(2)));
  });

  it('builds a complete DFA of the requested size by default and a partial one on request', () => {
    const total = randomDfa(100, 4, seededRng(3));
    expect(total.states).toHaveLength(100);
    expect(total.alphabet).toEqual(['a', 'b', 'c', 'd']);
    expect(total.delta.every((row) => row.length === 4 && row.every((r) => r >= 0 && r < 100))).toBe(true);
    const partial = randomDfa(100, 4, seededRng(3), { edgeProbability: 0.5 });
    const missing = partial.delta.flat().filter((r) => r === NO_EDGE).length;
    expect(missing).toBeGreaterThan(100);
    expect(missing).toBeLessThan(300);
  });

  it('names symbols s0, s1, ... beyond 26', () => {
    expect(randomDfa(2, 30, seededRng(4)).alphabet.slice(0, 2)).toEqual(['s0', 's1']);
  });
});

describe('randomNfa', () => {
  it('is reproducible, has the requested start count and some epsilon edges', () => {
    const nfa = randomNfa(200, 2, seededRng(5), { startStates: 3, epsilonPerState: 0.5 });
    expect(nfa).toEqual(randomNfa(200, 2, seededRng(5), { startStates: 3, epsilonPerState: 0.5 }));
    expect(nfa.start).toHaveLength(3);
    expect(nfa.edges.flat().some((e) => e.symbol === EPSILON)).toBe(true);
    expect(nfa.edges.flat().every((e) => e.to >= 0 && e.to < 200 && e.symbol < 2)).toBe(true);
  });
});
