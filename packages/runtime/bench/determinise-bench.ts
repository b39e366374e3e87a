import { determinise, minimise, type Dfa, type Nfa } from '@cdam/automata';
import type { DeterminiseRow } from './bench-result.js';
import { measure, type TimingPolicy } from './measure.js';

/**
 * The classic blow-up NFA over {0, 1}: "the k-th symbol from the end is 1". State q0 loops on both
 * symbols and guesses the 1 (q0 -1-> q1); q1..q(k-1) read any symbol; qk accepts. k + 1 states, and its
 * subset construction reaches all 2^k subsets that hold q0 (the last k symbols), none of them equivalent.
 */
export function kthFromEndNfa(k: number): Nfa {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  const states = Array.from({ length: k + 1 }, (_, i) => `q${i}`);
  const edges = states.map((_, i) => {
    if (i === 0) {
      return [
        { symbol: 0, to: 0 },
        { symbol: 1, to: 0 },
        { symbol: 1, to: 1 },
      ];
    }
    return i < k
      ? [
          { symbol: 0, to: i + 1 },
          { symbol: 1, to: i + 1 },
        ]
      : [];
  });
  return { alphabet: ['0', '1'], states, start: [0], accepting: new Set([k]), edges };
}

/**
 * Times `determinise` of `kthFromEndNfa(k)` per k (with room for all 2^k subsets), then `minimise` of the
 * result; building the NFA is not timed, and each warms up on k - 4. Hitting the state limit is a bug
 * here, so it throws.
 */
export function benchDeterminise(
  ks: readonly number[],
  timing: TimingPolicy,
  log: (line: string) => void,
): DeterminiseRow[] {
  return ks.map((k) => {
    const nfa = kthFromEndNfa(k);
    const warmNfa = kthFromEndNfa(Math.max(1, k - 4));
    const maxStates = 2 ** k;
    const dfaOf = (from: Nfa): Dfa => {
      const result = determinise(from, { maxStates });
      if (result.kind !== 'ok') throw new Error(`determinising k = ${k} passed ${result.limit} states`);
      return result.dfa;
    };
    let dfa: Dfa | undefined;
    const timed = measure(
      () => {
        dfa = dfaOf(nfa);
      },
      timing,
      { warm: () => dfaOf(warmNfa) },
    );
    if (dfa === undefined) throw new Error('measure ran no repetition');
    const determinised = dfa;
    const warmDfa = dfaOf(warmNfa);
    let minimalStates = 0;
    const minimised = measure(
      () => {
        minimalStates = minimise(determinised).states.length;
      },
      timing,
      { warm: () => minimise(warmDfa) },
    );
    log(
      `determinise k = ${k}: ${determinised.states.length} states in ${timed.ms.toFixed(1)} ms (${timed.reps} reps), ` +
        `minimise ${minimised.ms.toFixed(1)} ms (${minimised.reps} reps)`,
    );
    return {
      k,
      nfaStates: nfa.states.length,
      dfaStates: determinised.states.length,
      ms: timed.ms,
      reps: timed.reps,
      minimalStates,
      minimiseMs: minimised.ms,
      minimiseReps: minimised.reps,
    };
  });
}
