import type { AutomatonAst, NameAst, NetworkAst, SequenceAst } from './ast.js';
import type { Span } from './diagnostics.js';
import {
  isTransducerKind,
  type AutomatonSpec,
  type NetworkParameters,
  type SequenceSpec,
  type SpecTransition,
} from './spec.js';
import {
  alphabetSymbols,
  automatonMembers,
  catchAllSymbols,
  explicitSymbolsByState,
  listedNames,
} from './check/members.js';
import { acceptParameter, isParameterName, isValidDwell } from './check/parameter-rules.js';

/**
 * Resolves an automaton to names: declared states first, then implied ones in order of first use
 * (start, then accept, then transitions in source order, `from` before `to`); transitions in source order
 * with catch-alls expanded in alphabet order and epsilon as symbol `""`. Repeated names and repeated
 * `[from, symbol, to]` triples are kept once, at their first place.
 * Meaningful on an automaton without errors; on a partial one it still returns a spec and never throws.
 * O(labels * alphabet).
 */
export function toAutomatonSpec(ast: AutomatonAst): AutomatonSpec {
  const members = automatonMembers(ast);
  const alphabet = alphabetSymbols(members);
  const stateSpans = new Map<string, Span>();
  const note = (name: NameAst): void => {
    if (!stateSpans.has(name.value)) stateSpans.set(name.value, name.span);
  };
  for (const list of members.states) list.states.forEach(note);
  for (const list of members.start) list.states.forEach(note);
  for (const list of members.accept) list.states.forEach(note);
  for (const t of members.transitions) {
    note(t.from);
    note(t.to);
  }

  const explicit = explicitSymbolsByState(members.transitions);
  const added = new AddedTransitions();
  const mealy = ast.type === 'mealy';
  for (const t of members.transitions) {
    const from = t.from.value;
    const to = t.to.value;
    const output = mealy ? t.output?.value : undefined;
    for (const label of t.labels) {
      if (label.kind === 'symbol') added.add(from, label.name.value, to, output);
      else if (label.kind === 'epsilon') added.add(from, '', to, output);
      else for (const symbol of catchAllSymbols(alphabet, explicit.get(from))) added.add(from, symbol, to, output);
    }
  }
  const transitions = added.transitions;
  const states = [...stateSpans.keys()];

  return {
    name: ast.name.value,
    kind: ast.type,
    alphabet,
    states,
    start: listedNames(members.start),
    // A transducer reads every word it has transitions for: all of its states accept.
    accept: isTransducerKind(ast.type) ? states : listedNames(members.accept),
    transitions,
    ...transducerParts(ast.type, members),
    network: toNetworkParameters(members.network[0]),
    stateSpans,
  };
}

/** Transitions in the order first added, each `[from, symbol, to]` (and output) kept once. */
class AddedTransitions {
  readonly transitions: SpecTransition[] = [];
  private readonly seen = new Set<string>();

  add(from: string, symbol: string, to: string, output: string | undefined): void {
    // the lengths make the key unambiguous whatever characters the names hold
    const key =
      output === undefined
        ? `${from.length} ${symbol.length} ${to.length} ${from}${symbol}${to}`
        : `${from.length} ${symbol.length} ${to.length} ${output.length} ${from}${symbol}${to}${output}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.transitions.push(output === undefined ? [from, symbol, to] : [from, symbol, to, output]);
  }
}

/** The declared outputs of a transducer and, for a Moore machine, each state's output (the first one written). */
function transducerParts(
  type: AutomatonAst['type'],
  members: ReturnType<typeof automatonMembers>,
): Pick<AutomatonSpec, 'outputAlphabet' | 'outputs'> {
  if (!isTransducerKind(type)) return {};
  const outputAlphabet = [...new Set(members.outputs.flatMap((o) => o.outputs.map((name) => name.value)))];
  if (type === 'mealy') return { outputAlphabet };
  const outputs = new Map<string, string>();
  for (const o of members.stateOutputs) if (!outputs.has(o.state.value)) outputs.set(o.state.value, o.output.value);
  return { outputAlphabet, outputs: Object.fromEntries(outputs) };
}

/**
 * Resolves a sequence: its items in order, `loop`, one dwell count per item (1 where none was written)
 * and its network parameters. Never throws; invalid dwell counts resolve to 1. O(items).
 */
export function toSequenceSpec(ast: SequenceAst): SequenceSpec {
  const items = ast.members.flatMap((m) => (m.kind === 'items' ? m.items : []));
  const network = ast.members.find((m): m is NetworkAst => m.kind === 'network');
  return {
    name: ast.name.value,
    items: items.map((item) => item.name.value),
    loop: ast.members.some((m) => m.kind === 'loop'),
    dwell: items.map((item) => (item.dwell !== undefined && isValidDwell(item.dwell.value) ? item.dwell.value : 1)),
    network: toNetworkParameters(network),
  };
}

/**
 * The parameters of a `network { ... }` block; an absent block gives `{}`. Only known names with values in
 * range are kept, and the first setting of a name wins (later ones are FSA212 errors). O(parameters).
 */
export function toNetworkParameters(net?: NetworkAst): NetworkParameters {
  const result: { -readonly [K in keyof NetworkParameters]?: NetworkParameters[K] } = {};
  const seen = new Set<string>();
  for (const parameter of net?.parameters ?? []) {
    if (seen.has(parameter.name)) continue;
    seen.add(parameter.name);
    if (isParameterName(parameter.name)) acceptParameter(result, parameter.name, parameter.value);
  }
  return result;
}
