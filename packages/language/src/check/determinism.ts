import type { AutomatonAst, LabelAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { quote } from './hints.js';
import { alphabetSymbols, automatonMembers, catchAllSymbols, explicitSymbolsByState } from './members.js';

/**
 * Determinism and catch-alls: in a dfa, a state with one symbol going to two targets or with two catch-alls
 * (FSA204) and epsilon labels (FSA205); in any automaton, a catch-all that stands for no symbol (FSA244).
 * O(labels).
 */
export function checkDeterminism(automaton: AutomatonAst): Diagnostic[] {
  const members = automatonMembers(automaton);
  const alphabet = alphabetSymbols(members);
  const explicit = explicitSymbolsByState(members.transitions);
  const owner = quote(automaton.name.value);
  // Transducers are deterministic like a dfa.
  const isDfa = automaton.type !== 'nfa';
  const kindWord = automaton.type;
  const diagnostics: Diagnostic[] = [];
  /** `state -> symbol -> target` of the first explicit transition seen. */
  const targets = new Map<string, Map<string, string>>();
  /** `state -> the first catch-all label`. */
  const catchAlls = new Map<string, LabelAst>();

  for (const transition of members.transitions) {
    const from = transition.from.value;
    const to = transition.to.value;
    for (const label of transition.labels) {
      if (label.kind === 'epsilon') {
        if (isDfa) {
          diagnostics.push(
            diagnostic(
              'FSA205',
              label.span,
              `epsilon transition from ${quote(from)} in ${kindWord} ${owner}`,
              `a ${kindWord} reads one symbol on every step; ${kindWord === 'dfa' ? `make ${owner} an nfa to use epsilon` : 'remove the epsilon transition'}`,
            ),
          );
        }
      } else if (label.kind === 'symbol') {
        if (!isDfa) continue;
        let bySymbol = targets.get(from);
        if (!bySymbol) targets.set(from, (bySymbol = new Map()));
        const earlier = bySymbol.get(label.name.value);
        if (earlier === undefined) bySymbol.set(label.name.value, to);
        else if (earlier !== to) {
          diagnostics.push(
            diagnostic(
              'FSA204',
              label.name.span,
              `state ${quote(from)} of ${kindWord} ${owner} has two transitions on ${quote(label.name.value)}, to ${quote(earlier)} and to ${quote(to)}`,
              `a ${kindWord} has one target per state and symbol; ${kindWord === 'dfa' ? `remove one, or make ${owner} an nfa` : 'remove one'}`,
            ),
          );
        }
      } else {
        const earlier = catchAlls.get(from);
        if (earlier === undefined) catchAlls.set(from, label);
        else if (isDfa) {
          diagnostics.push(
            diagnostic(
              'FSA204',
              label.span,
              `state ${quote(from)} of ${kindWord} ${owner} has more than one catch-all transition`,
              `keep one '*' transition from ${quote(from)} (the first is on line ${earlier.span.start.line})`,
            ),
          );
          continue;
        }
        if (alphabet.length > 0 && catchAllSymbols(alphabet, explicit.get(from)).length === 0) {
          diagnostics.push(
            diagnostic(
              'FSA244',
              label.span,
              `catch-all from ${quote(from)} in ${owner} covers no symbol`,
              `every alphabet symbol already has an explicit transition from ${quote(from)}; remove this '*'`,
            ),
          );
        }
      }
    }
  }
  return diagnostics;
}
