import type { Dfa, Nfa, NfaEdge } from './fa-types.js';
import { isDfa } from './simulate.js';
import { toNfa } from './to-nfa.js';

/**
 * An NFA for the reversed language (every accepted word read backwards): edges flipped, accepting states
 * become the starts and starts become accepting. Same states, names and alphabet. Runs in O(n + transitions).
 */
export function reverse(automaton: Dfa | Nfa): Nfa {
  const nfa = isDfa(automaton) ? toNfa(automaton) : automaton;
  const edges: NfaEdge[][] = nfa.states.map(() => []);
  nfa.states.forEach((_, q) => {
    for (const edge of nfa.edges[q] ?? []) edges[edge.to].push({ symbol: edge.symbol, to: q });
  });
  return {
    alphabet: [...nfa.alphabet],
    states: [...nfa.states],
    start: [...nfa.accepting].sort((a, b) => a - b),
    accepting: new Set(nfa.start),
    edges,
  };
}
