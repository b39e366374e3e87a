import { NO_EDGE, type Dfa, type Nfa, type NfaEdge } from './fa-types.js';

/** The same automaton as an `Nfa` (one start, one edge per defined transition, no epsilon). O(n · k). */
export function toNfa(dfa: Dfa): Nfa {
  return {
    alphabet: [...dfa.alphabet],
    states: [...dfa.states],
    start: [dfa.start],
    accepting: new Set(dfa.accepting),
    edges: dfa.delta.map((row) => {
      const out: NfaEdge[] = [];
      row.forEach((to, symbol) => {
        if (to !== NO_EDGE) out.push({ symbol, to });
      });
      return out;
    }),
  };
}
