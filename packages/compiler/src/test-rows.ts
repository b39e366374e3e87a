import { accepts, fromSpec, type Nfa } from '@cdam/automata';
import type { AutomatonSpec } from '@cdam/language';

/** What an automaton does with one test word: its verdict (outputs join here once transducers do). */
export type TestRowResult = { readonly kind: 'verdict'; readonly accepted: boolean };

/**
 * The automaton's own result for one test word, computed from its spec alone (never the network): the
 * verdict by simulation. Cost O(|word| · (states + transitions)) after an O(size) build; pass the same
 * `machine` (from `testMachine`) for many words of one automaton.
 */
export function evaluateTestRow(
  spec: AutomatonSpec,
  word: readonly string[],
  machine: Nfa = fromSpec(spec),
): TestRowResult {
  return { kind: 'verdict', accepted: accepts(machine, word) };
}

/** The machine `evaluateTestRow` runs, built once per automaton. */
export function testMachine(spec: AutomatonSpec): Nfa {
  return fromSpec(spec);
}
