import { EPSILON, NO_EDGE, type Dfa, type Nfa } from './fa-types.js';
import type { AutomatonSpec } from './from-spec.js';
import { isDfa } from './simulate.js';

export interface ToSpecOptions {
  /** The automaton's name in the spec. */
  readonly name: string;
  /** Network parameters to carry along (default none). */
  readonly network?: AutomatonSpec['network'];
}

/**
 * An `AutomatonSpec` (for export) of a DFA (kind `dfa`) or NFA (kind `nfa`): states and symbols in index
 * order, accepting states in index order, transitions by state then symbol (DFA) or in edge order (NFA),
 * epsilon as `""`. Names are taken as they are, so they should be unique (all algebra results are).
 * `fromSpec(toSpec(x))` rebuilds `x`. Runs in O(n · k + |edges|).
 */
export function toSpec(automaton: Dfa | Nfa, options: ToSpecOptions): AutomatonSpec {
  const name = (q: number): string => automaton.states[q];
  const transitions: [string, string, string][] = [];
  if (isDfa(automaton)) {
    automaton.delta.forEach((row, q) =>
      row.forEach((to, s) => {
        if (to !== NO_EDGE) transitions.push([name(q), automaton.alphabet[s], name(to)]);
      }),
    );
  } else {
    automaton.edges.forEach((list, q) => {
      for (const edge of list) {
        transitions.push([name(q), edge.symbol === EPSILON ? '' : automaton.alphabet[edge.symbol], name(edge.to)]);
      }
    });
  }
  const starts = isDfa(automaton) ? [automaton.start] : automaton.start;
  return {
    name: options.name,
    kind: isDfa(automaton) ? 'dfa' : 'nfa',
    alphabet: [...automaton.alphabet],
    states: [...automaton.states],
    start: starts.map(name),
    accept: [...automaton.accepting].sort((a, b) => a - b).map(name),
    transitions,
    network: { ...(options.network ?? {}) },
  };
}
