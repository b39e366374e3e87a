import type { AutomatonAst, NameAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { didYouMean, listNames, quote } from './hints.js';
import { automatonMembers, listedNames } from './members.js';
import { pushAll } from '../push-all.js';

/**
 * FSA201: a state used in `start`, `accept` or a transition but missing from the `states` list.
 * Only checked when the automaton declares a `states` list; otherwise states are implied by use.
 * Every use is reported at its name. O(uses).
 */
export function checkStateNames(automaton: AutomatonAst): Diagnostic[] {
  const members = automatonMembers(automaton);
  if (members.states.length === 0) return [];
  const declared = listedNames(members.states);
  const known = new Set(declared);
  const owner = quote(automaton.name.value);
  const uses: NameAst[] = [];
  for (const member of automaton.members) {
    if (member.kind === 'start' || member.kind === 'accept') pushAll(uses, member.states);
    else if (member.kind === 'transition') uses.push(member.from, member.to);
    else if (member.kind === 'stateOutput') uses.push(member.state);
  }
  return uses
    .filter((use) => !known.has(use.value))
    .map((use) =>
      diagnostic(
        'FSA201',
        use.span,
        `unknown state ${quote(use.value)} in ${owner}`,
        didYouMean(use.value, declared) ??
          (declared.length > 0
            ? `add ${quote(use.value)} to the states of ${owner}, or use one of: ${listNames(declared)}`
            : `add ${quote(use.value)} to the states of ${owner}`),
      ),
    );
}
