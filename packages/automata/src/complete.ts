import { NO_EDGE, type Dfa } from './fa-types.js';
import { freshName } from './state-names.js';

/** The base name of the sink state added by `complete` (primed until it is free: `∅`, `∅'`, ...). */
export const SINK_NAME = '∅';

/** Whether every state has a successor on every symbol. Runs in O(n · k). */
export function isComplete(dfa: Dfa): boolean {
  return dfa.delta.every((row) => row.every((r) => r !== NO_EDGE));
}

/**
 * A total DFA with the same language: when some transition is missing, one non-accepting sink state is
 * appended (last index, named `SINK_NAME` primed until unique) and every missing edge, the sink's own
 * included, goes there. An already complete DFA comes back as an equal copy. Runs in O(n · k).
 */
export function complete(dfa: Dfa): Dfa {
  const copy = {
    alphabet: [...dfa.alphabet],
    states: [...dfa.states],
    start: dfa.start,
    accepting: new Set(dfa.accepting),
  };
  if (isComplete(dfa)) return { ...copy, delta: dfa.delta.map((row) => [...row]) };
  const sink = dfa.states.length;
  const delta = dfa.delta.map((row) => row.map((r) => (r === NO_EDGE ? sink : r)));
  delta.push(new Array<number>(dfa.alphabet.length).fill(sink));
  return { ...copy, states: [...copy.states, freshName(SINK_NAME, dfa.states)], delta };
}
