import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_EDGE, type Dfa } from './fa-types.js';
import { minimise } from './minimise.js';
import { complete } from './complete.js';
import { determinise } from './determinise.js';
import { reverse } from './reverse.js';
import { equivalent } from './equivalence.js';
import { isomorphic } from './isomorphism.js';
import { randomDfa } from './random.js';
import { acceptsByDefinition, arbDfa, propertyRuns, seededRng, wordsUpTo } from './testing/index.js';

const runs = propertyRuns(200);

/** Four states; q1 and q2 are equivalent, q3 is dead, q4 unreachable. */
const redundant: Dfa = {
  alphabet: ['a', 'b'],
  states: ['q0', 'q1', 'q2', 'q3', 'q4'],
  start: 0,
  accepting: new Set([1, 2, 4]),
  delta: [
    [1, 2],
    [1, 3],
    [2, NO_EDGE],
    [3, 3],
    [0, 0],
  ],
};

function sameLanguageUpTo(left: Dfa, right: Dfa, maxLength: number): boolean {
  const alphabet = [...new Set([...left.alphabet, ...right.alphabet])];
  return wordsUpTo(alphabet, maxLength).every((w) => acceptsByDefinition(left, w) === acceptsByDefinition(right, w));
}

describe('minimise', () => {
  it('merges equivalent states, drops dead and unreachable ones, numbers breadth-first', () => {
    const minimal = minimise(redundant);
    expect(minimal.states).toEqual(['q0', 'q1']);
    expect(minimal.delta).toEqual([
      [1, 1],
      [1, NO_EDGE],
    ]);
    expect([...minimal.accepting]).toEqual([1]);
    expect(minimal.start).toBe(0);
  });

  it('gives one rejecting state without edges for the empty language', () => {
    const empty = minimise({ ...redundant, accepting: new Set([4]) });
    expect(empty).toEqual({
      alphabet: ['a', 'b'],
      states: ['q0'],
      start: 0,
      accepting: new Set(),
      delta: [[NO_EDGE, NO_EDGE]],
    });
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(redundant);
    minimise(redundant);
    expect(redundant).toEqual(copy);
  });

  it('shrinks a DFA with many equivalent states to its Myhill-Nerode size', () => {
    // Counts a's modulo 3 with 300 states: state i goes to i+1 mod 300, accepting when i mod 3 = 0.
    const n = 300;
    const modCounter: Dfa = {
      alphabet: ['a'],
      states: Array.from({ length: n }, (_, i) => `c${i}`),
      start: 0,
      accepting: new Set(Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 === 0)),
      delta: Array.from({ length: n }, (_, i) => [(i + 1) % n]),
    };
    const minimal = minimise(modCounter);
    expect(minimal.states).toEqual(['c0', 'c1', 'c2']);
    expect(minimal.delta).toEqual([[1], [2], [0]]);
  });

  it('keeps a random 2000-state DFA language (checked by the product search)', () => {
    const dfa = randomDfa(2000, 3, seededRng(7), { acceptingProbability: 0.05 });
    const minimal = minimise(dfa);
    expect(minimal.states.length).toBeLessThanOrEqual(2000);
    expect(equivalent(dfa, minimal)).toEqual({ equal: true });
  });
});

describe('minimise properties', () => {
  it('minimise preserves the language (all words up to length 6)', () =>
    fc.assert(
      fc.property(arbDfa(6), (d) => sameLanguageUpTo(d, minimise(d), 6)),
      runs,
    ));

  it('minimise is idempotent: minimise(minimise(d)) equals minimise(d)', () =>
    fc.assert(
      fc.property(arbDfa(6), (d) => {
        const once = minimise(d);
        expect(minimise(once)).toEqual(once);
      }),
      runs,
    ));

  it('minimise never gives more states than the input', () =>
    fc.assert(
      fc.property(arbDfa(8), (d) => minimise(d).states.length <= d.states.length),
      runs,
    ));

  it('minimise leaves no two equivalent states and no dead or unreachable state', () =>
    fc.assert(
      fc.property(arbDfa(7), (d) => {
        const m = minimise(d);
        if (m.accepting.size === 0) return m.states.length === 1;
        for (let i = 0; i < m.states.length; i++) {
          if (equivalent({ ...m, start: i }, { ...m, accepting: new Set() }).equal) return false; // dead
          for (let j = i + 1; j < m.states.length; j++) {
            if (equivalent({ ...m, start: i }, { ...m, start: j }).equal) return false;
          }
        }
        return true;
      }),
      runs,
    ));

  it('minimal DFAs of one language are isomorphic: minimise(d), minimise(complete(d)) and Brzozowski agree', () =>
    fc.assert(
      fc.property(arbDfa(6), (d) => {
        const m = minimise(d);
        const brzozowski = dfaOf(reverse(dfaOf(reverse(d)))); // minimal trim DFA by Brzozowski's theorem
        return isomorphic(m, minimise(complete(d))) && isomorphic(m, brzozowski);
      }),
      runs,
    ));
});

function dfaOf(nfa: Parameters<typeof determinise>[0]): Dfa {
  const result = determinise(nfa);
  if (result.kind !== 'ok') throw new Error('unexpected state limit in a small test');
  return result.dfa;
}
