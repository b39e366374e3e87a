import fc from 'fast-check';
import { EPSILON, NO_EDGE, type Dfa, type Nfa, type NfaEdge } from '../fa-types.js';

/** Symbols for generated alphabets: single letters, multi-character names and non-ASCII text. */
export const SYMBOL_POOL: readonly string[] = ['a', 'b', 'c', 'push', 'x1', 'ü', '"q"'];

/** One symbol from `SYMBOL_POOL`. */
export const arbSymbol: fc.Arbitrary<string> = fc.constantFrom(...SYMBOL_POOL);

/** An alphabet of 1..`maxSize` distinct symbols from `SYMBOL_POOL`. */
export const arbAlphabet = (maxSize = 3): fc.Arbitrary<string[]> =>
  fc.uniqueArray(arbSymbol, { minLength: 1, maxLength: maxSize });

export interface ArbAutomatonOptions {
  /** Use exactly this alphabet instead of a generated one. */
  readonly alphabet?: readonly string[];
}

/**
 * A DFA with 1..`maxStates` states: partial transitions (about a quarter missing), unreachable states and
 * any start/accepting choice. States are named `q0`, `q1`, ...
 */
export const arbDfa = (maxStates = 6, options: ArbAutomatonOptions = {}): fc.Arbitrary<Dfa> =>
  fc
    .tuple(
      options.alphabet ? fc.constant([...options.alphabet]) : arbAlphabet(),
      fc.integer({ min: 1, max: maxStates }),
    )
    .chain(([alphabet, n]) =>
      fc.record({
        alphabet: fc.constant(alphabet),
        states: fc.constant(Array.from({ length: n }, (_, i) => `q${i}`)),
        start: fc.integer({ min: 0, max: n - 1 }),
        accepting: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }).map((xs) => new Set(xs)),
        delta: fc.array(
          fc.array(
            fc.oneof(
              { weight: 3, arbitrary: fc.integer({ min: 0, max: n - 1 }) },
              { weight: 1, arbitrary: fc.constant(NO_EDGE) },
            ),
            { minLength: alphabet.length, maxLength: alphabet.length },
          ),
          { minLength: n, maxLength: n },
        ),
      }),
    );

/**
 * An NFA with 1..`maxStates` states: 0..2 start states, up to 3·n edges with any symbol or epsilon
 * (so epsilon cycles, nondeterminism, partial transitions and unreachable states all occur), and a forced
 * epsilon cycle in about a quarter of the cases.
 */
export const arbNfa = (maxStates = 5, options: ArbAutomatonOptions = {}): fc.Arbitrary<Nfa> =>
  fc
    .tuple(
      options.alphabet ? fc.constant([...options.alphabet]) : arbAlphabet(),
      fc.integer({ min: 1, max: maxStates }),
    )
    .chain(([alphabet, n]) => {
      const state = fc.integer({ min: 0, max: n - 1 });
      const symbol = fc.integer({ min: EPSILON, max: alphabet.length - 1 });
      return fc.record({
        alphabet: fc.constant(alphabet),
        states: fc.constant(Array.from({ length: n }, (_, i) => `q${i}`)),
        start: fc.uniqueArray(state, { maxLength: 2 }),
        accepting: fc.uniqueArray(state, { maxLength: n }).map((xs) => new Set(xs)),
        edgeList: fc.array(fc.tuple(state, symbol, state), { maxLength: 3 * n }),
        epsilonCycle: fc.option(fc.tuple(state, state), { freq: 3 }),
      });
    })
    .map(({ alphabet, states, start, accepting, edgeList, epsilonCycle }) => {
      const edges: NfaEdge[][] = states.map(() => []);
      for (const [from, symbol, to] of edgeList) edges[from].push({ symbol, to });
      if (epsilonCycle) {
        const [p, q] = epsilonCycle;
        edges[p].push({ symbol: EPSILON, to: q });
        edges[q].push({ symbol: EPSILON, to: p });
      }
      return { alphabet, states, start, accepting, edges };
    });

/** A word of 0..`maxLength` symbols from `alphabet` (the empty word when the alphabet is empty). */
export const arbWord = (alphabet: readonly string[], maxLength = 8): fc.Arbitrary<string[]> =>
  alphabet.length === 0 ? fc.constant([]) : fc.array(fc.constantFrom(...alphabet), { maxLength });
