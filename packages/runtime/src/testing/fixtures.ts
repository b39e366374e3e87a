import { toSpec, type Dfa } from '@cdam/automata';
import { compileAutomaton, type CompileOptions, type CompiledNetwork } from '@cdam/compiler';
import type { AutomatonSpec } from '@cdam/language';

type Triple = readonly [string, string, string];

/** A DFA spec from `from symbol to` triples. */
export function dfaSpec(
  name: string,
  alphabet: readonly string[],
  states: readonly string[],
  start: string,
  accept: readonly string[],
  transitions: readonly Triple[],
): AutomatonSpec {
  return { name, kind: 'dfa', alphabet, states, start: [start], accept, transitions, network: {} };
}

/** The spec of an index-based DFA (names kept): `toSpec` from the automata package. */
export function specOfDfa(dfa: Dfa, name = 'Random'): AutomatonSpec {
  return toSpec(dfa, { name });
}

export const parity = dfaSpec(
  'Parity',
  ['0', '1'],
  ['even', 'odd'],
  'even',
  ['even'],
  [
    ['even', '0', 'even'],
    ['even', '1', 'odd'],
    ['odd', '0', 'odd'],
    ['odd', '1', 'even'],
  ],
);

/** One state that loops on every symbol. */
export const oneState = dfaSpec(
  'One',
  ['x', 'y'],
  ['only'],
  'only',
  ['only'],
  [
    ['only', 'x', 'only'],
    ['only', 'y', 'only'],
  ],
);

/** Self-loops, a state without outgoing transitions (so a dead state is added), three symbols. */
export const withDeadEnd = dfaSpec(
  'DeadEnd',
  ['a', 'b', 'c'],
  ['p', 'q', 'r', 'end'],
  'p',
  ['q', 'end'],
  [
    ['p', 'a', 'p'],
    ['p', 'b', 'q'],
    ['q', 'b', 'q'],
    ['q', 'a', 'r'],
    ['r', 'c', 'p'],
    ['r', 'a', 'end'],
  ],
);

/** Words over {a, b} ending in "abb" (an NFA). */
export const endsAbb: AutomatonSpec = {
  name: 'EndsAbb',
  kind: 'nfa',
  alphabet: ['a', 'b'],
  states: ['q0', 'q1', 'q2', 'q3'],
  start: ['q0'],
  accept: ['q3'],
  transitions: [
    ['q0', 'a', 'q0'],
    ['q0', 'b', 'q0'],
    ['q0', 'a', 'q1'],
    ['q1', 'b', 'q2'],
    ['q2', 'b', 'q3'],
  ],
  network: {},
};

/** The paper's family tree (Burns 2024, finite automata demo), starting at Marge. */
export const familyTree = dfaSpec(
  'FamilyTree',
  ['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister'],
  ['Homer', 'Marge', 'Bart', 'Lisa'],
  'Marge',
  ['Homer', 'Marge', 'Bart', 'Lisa'],
  [
    ['Homer', 'wife', 'Marge'],
    ['Homer', 'son', 'Bart'],
    ['Homer', 'daughter', 'Lisa'],
    ['Marge', 'husband', 'Homer'],
    ['Marge', 'son', 'Bart'],
    ['Marge', 'daughter', 'Lisa'],
    ['Bart', 'mother', 'Marge'],
    ['Bart', 'father', 'Homer'],
    ['Bart', 'sister', 'Lisa'],
    ['Lisa', 'mother', 'Marge'],
    ['Lisa', 'father', 'Homer'],
    ['Lisa', 'brother', 'Bart'],
  ],
);

/** Compiles or fails the test with the compiler's message. */
export function compiled(spec: AutomatonSpec, options: CompileOptions = {}): CompiledNetwork {
  const result = compileAutomaton(spec, options);
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.network;
}
