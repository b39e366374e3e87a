import type { AutomatonAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { toAutomatonSpec } from '../resolve.js';
import { listNames, quote } from './hints.js';
import { formatName } from '../source-name.js';
import { misspeltImpliedStates } from './implied-states.js';
import { automatonMembers, catchAllSymbols, explicitSymbolsByState, listedNames } from './members.js';

/**
 * FSA240 (warning): a state no path reaches from a start state. FSA241 (warning): a reachable state from
 * which no accepting state can be reached (skipped when there are no accepting states: FSA243 covers that),
 * unless it is a deliberate trap, whose transitions all lead back to itself (`dead -> dead on *`).
 * FSA246 (warning): no accepting state is reachable, so the automaton accepts no word; it replaces the
 * FSA241 that every reachable state would get.
 * Each state is reported once, where it is first named. Skipped without a start state (FSA207); with a
 * `states` list, undeclared states (FSA201) are left out.
 * A transition counts as an edge unless all its labels are catch-alls that stand for no symbol.
 * O(states + transitions * alphabet).
 */
export function checkReachability(automaton: AutomatonAst): Diagnostic[] {
  const spec = toAutomatonSpec(automaton);
  if (spec.start.length === 0) return [];
  const members = automatonMembers(automaton);
  // With a `states` list, undeclared states are already FSA201 errors; leave them out of the graph so a
  // misspelt name does not also make its neighbours look unreachable or trapped.
  // Without one, a name used only in start or accept and spelt like a real state is an FSA216 error: leave
  // it out too, so it does not also look unreachable or empty the language.
  const declared = members.states.length > 0 ? new Set(listedNames(members.states)) : undefined;
  const misspelt = misspeltImpliedStates(automaton);
  const isKnown = (state: string): boolean => (declared === undefined ? !misspelt.has(state) : declared.has(state));
  const start = spec.start.filter(isKnown);
  if (start.length === 0) return []; // every start state is an error already: nothing to say about paths
  const accept = spec.accept.filter(isKnown);
  const explicit = explicitSymbolsByState(members.transitions);
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const t of members.transitions) {
    const isEdge = t.labels.some(
      (label) =>
        label.kind !== 'otherwise' ||
        spec.alphabet.length === 0 ||
        catchAllSymbols(spec.alphabet, explicit.get(t.from.value)).length > 0,
    );
    if (!isEdge || !isKnown(t.from.value) || !isKnown(t.to.value)) continue;
    push(forward, t.from.value, t.to.value);
    push(backward, t.to.value, t.from.value);
  }
  // A deliberate trap (`dead -> dead on *`): not accepting, with transitions that all lead back to itself.
  const traps = new Set([...forward].filter(([from, to]) => to.every((t) => t === from)).map(([from]) => from));
  const reachable = closure(start, forward);
  const canAccept = closure(accept, backward);
  const empty = accept.length > 0 && start.length > 0 && !accept.some((state) => reachable.has(state));
  const owner = quote(automaton.name.value);
  const startWords =
    start.length === 1 ? `the start state ${quote(start[0])}` : `the start states ${start.map(quote).join(', ')}`;
  const diagnostics: Diagnostic[] = [];
  if (empty) {
    diagnostics.push(
      diagnostic(
        'FSA246',
        automaton.name.span,
        `the language of ${owner} is empty: it accepts no word`,
        `no path of transitions leads from ${startWords} to an accepting state (${listNames(accept)})`,
      ),
    );
  }
  for (const state of spec.states.filter(isKnown)) {
    const span = spec.stateSpans?.get(state);
    if (span === undefined) continue;
    if (!reachable.has(state)) {
      diagnostics.push(
        diagnostic(
          'FSA240',
          span,
          `state ${quote(state)} of ${owner} is unreachable`,
          `no path of transitions leads to it from ${startWords}`,
        ),
      );
    } else if (accept.length > 0 && !empty && !canAccept.has(state) && !traps.has(state)) {
      diagnostics.push(
        diagnostic(
          'FSA241',
          span,
          `state ${quote(state)} of ${owner} can never reach an accepting state`,
          `every input that enters ${quote(state)} is rejected; a deliberate trap loops on itself: '${formatName(state)} -> ${formatName(state)} on *'`,
        ),
      );
    }
  }
  return diagnostics;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every state reachable from `roots` along `edges`, the roots included. O(states + edges). */
function closure(roots: readonly string[], edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set(roots);
  const stack = [...roots];
  while (stack.length > 0) {
    const state = stack.pop() as string;
    for (const next of edges.get(state) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}
