import { EPSILON, NO_EDGE, type Dfa, type Nfa } from './fa-types.js';
import type { AutomatonSpec, SpecTransition } from './from-spec.js';
import { isDfa } from './simulate.js';
import type { Transducer } from './transducer.js';

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

/**
 * The `AutomatonSpec` of a transducer (kind `mealy` or `moore`): states and symbols in index order, every
 * state accepting, transitions by state then symbol with a Mealy output as fourth element, the output
 * alphabet, and a Moore machine's output per state. `transducerOf(transducerToSpec(t))` rebuilds `t`.
 * Runs in O(n · k).
 */
export function transducerToSpec(t: Transducer, options: ToSpecOptions): AutomatonSpec {
  const { dfa } = t;
  const transitions: SpecTransition[] = [];
  dfa.delta.forEach((row, q) =>
    row.forEach((to, s) => {
      if (to === NO_EDGE) return;
      const edge: [string, string, string] = [dfa.states[q], dfa.alphabet[s], dfa.states[to]];
      transitions.push(t.kind === 'mealy' ? [...edge, t.outputs[t.edgeOutput[q][s]]] : edge);
    }),
  );
  return {
    name: options.name,
    kind: t.kind,
    alphabet: [...dfa.alphabet],
    states: [...dfa.states],
    start: [dfa.states[dfa.start]],
    accept: [...dfa.states],
    transitions,
    outputAlphabet: [...t.outputs],
    ...(t.kind === 'moore'
      ? { outputs: Object.fromEntries(dfa.states.map((name, q) => [name, t.outputs[t.stateOutput[q]]])) }
      : {}),
    network: { ...(options.network ?? {}) },
  };
}
