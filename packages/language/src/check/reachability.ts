import type { AutomatonAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { toAutomatonSpec } from '../resolve.js';
import { quote } from './hints.js';
import { automatonMembers, catchAllSymbols, explicitSymbolsByState, listedNames } from './members.js';

/**
 * FSA240 (warning): a state no path reaches from a start state. FSA241 (warning): a reachable state from
 * which no accepting state can be reached (skipped when there are no accepting states: FSA243 covers that).
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
  const declared = members.states.length > 0 ? new Set(listedNames(members.states)) : undefined;
  const isKnown = (state: string): boolean => declared === undefined || declared.has(state);
  const start = spec.start.filter(isKnown);
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
  const reachable = closure(start, forward);
  const canAccept = closure(accept, backward);
  const owner = quote(automaton.name.value);
  const startWords =
    start.length === 1 ? `the start state ${quote(start[0])}` : `the start states ${start.map(quote).join(', ')}`;
  const diagnostics: Diagnostic[] = [];
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
    } else if (accept.length > 0 && !canAccept.has(state)) {
      diagnostics.push(
        diagnostic(
          'FSA241',
          span,
          `state ${quote(state)} of ${owner} can never reach an accepting state`,
          `every input that enters ${quote(state)} is rejected; ignore this if it is a deliberate trap state`,
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
