import type { Dfa } from './fa-types.js';
import { complete } from './complete.js';

/**
 * The DFA of the complement language over the same alphabet: all words over `dfa.alphabet` it rejects.
 * The result is complete (a sink is added if needed, see `complete`). Runs in O(n · k).
 */
export function complement(dfa: Dfa): Dfa {
  const total = complete(dfa);
  const accepting = new Set<number>();
  for (let q = 0; q < total.states.length; q++) if (!total.accepting.has(q)) accepting.add(q);
  return { ...total, accepting };
}
