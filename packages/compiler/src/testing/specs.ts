import { toSpec, type Dfa } from '@cdam/automata';
import type { AutomatonSpec, NetworkParameters, SequenceSpec } from '@cdam/language';

/** A DFA spec from a transition table written as `from symbol to` triples. */
export function dfaSpec(
  name: string,
  alphabet: readonly string[],
  states: readonly string[],
  start: string,
  accept: readonly string[],
  transitions: readonly (readonly [string, string, string])[],
  network: NetworkParameters = {},
): AutomatonSpec {
  return { name, kind: 'dfa', alphabet, states, start: [start], accept, transitions, network };
}

/** Parity of the number of 1s: even accepts. */
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

/** The spec of an index-based DFA (names kept): `toSpec` from the automata package. */
export function specOfDfa(dfa: Dfa, name = 'Random', network: NetworkParameters = {}): AutomatonSpec {
  return toSpec(dfa, { name, network });
}

/** A sequence spec named 'S': `items` in order, one tick each unless `dwell` says otherwise. */
export function sequenceSpec(
  items: readonly string[],
  options: { loop?: boolean; dwell?: readonly number[]; network?: NetworkParameters } = {},
): SequenceSpec {
  return {
    name: 'S',
    items,
    loop: options.loop ?? false,
    dwell: options.dwell ?? items.map(() => 1),
    network: options.network ?? {},
  };
}
