import type { AutomatonAst, NameAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { editDistance } from '../suggest.js';
import { quote } from './hints.js';
import { automatonMembers } from './members.js';

/**
 * When states are implied by use (no `states` list): the names used only in `start` or `accept`, never in a
 * transition, that are spelt like a state that transitions use, each with that state. Such a name is a
 * state of its own that no transition enters or leaves, so it is almost always a typo (`accept q11` for
 * `q1`). Empty with a `states` list (FSA201 covers typos there) or without transitions.
 * O(uses * transition states * name length^2).
 */
export function misspeltImpliedStates(automaton: AutomatonAst): Map<string, string> {
  const members = automatonMembers(automaton);
  const found = new Map<string, string>();
  if (members.states.length > 0) return found;
  const used = new Set<string>();
  for (const t of members.transitions) used.add(t.from.value).add(t.to.value);
  if (used.size === 0) return found;
  for (const list of [...members.start, ...members.accept]) {
    for (const name of list.states) {
      if (used.has(name.value) || found.has(name.value)) continue;
      const guess = closeState(name.value, used);
      if (guess !== undefined) found.set(name.value, guess);
    }
  }
  return found;
}

/**
 * FSA216: each use, in `start` or `accept`, of a name that `misspeltImpliedStates` finds, with "did you mean".
 * O(as `misspeltImpliedStates`).
 */
export function checkImpliedStateNames(automaton: AutomatonAst): Diagnostic[] {
  const misspelt = misspeltImpliedStates(automaton);
  if (misspelt.size === 0) return [];
  const owner = quote(automaton.name.value);
  const diagnostics: Diagnostic[] = [];
  for (const member of automaton.members) {
    if (member.kind !== 'start' && member.kind !== 'accept') continue;
    for (const name of member.states) {
      const guess = misspelt.get(name.value);
      if (guess === undefined) continue;
      diagnostics.push(report(name, member.kind, guess, owner));
    }
  }
  return diagnostics;
}

function report(name: NameAst, list: 'start' | 'accept', guess: string, owner: string): Diagnostic {
  return diagnostic(
    'FSA216',
    name.span,
    `state ${quote(name.value)} of ${owner} appears only in '${list}'; did you mean ${quote(guess)}?`,
    `no transition enters or leaves ${quote(name.value)}; if it is meant as a state of its own, list every ` +
      `state with 'states'`,
  );
}

/**
 * The state in `states` closest to `name`, when it is a small edit away: one edit for a short name, up to a
 * third of the name's length for a long one, or only letter case; never a whole one-letter name. Ties go to
 * the earlier state.
 */
function closeState(name: string, states: Iterable<string>): string | undefined {
  const length = [...name].length;
  const limit = Math.max(1, Math.floor(length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const state of states) {
    const distance = state.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, state);
    if (distance <= limit && distance < length && distance < bestDistance) {
      best = state;
      bestDistance = distance;
    }
  }
  return best;
}
