import type {
  AutomatonAst,
  AutomatonMemberAst,
  ItemAst,
  LabelAst,
  NameAst,
  NetworkAst,
  SequenceAst,
  SequenceMemberAst,
} from '../ast.js';
import { PARAMETER_NAMES } from '../ast.js';
import { NO_SPAN } from '../diagnostics.js';
import { canonicalNameForm } from '../source-name.js';
import type { AutomatonSpec, NetworkParameters, SequenceSpec } from '../spec.js';

/**
 * An automaton AST (all spans NO_SPAN) that `formatFile` prints as `.fsa` text and that
 * resolves back to the same states (all declared, in order), start, accept, alphabet and
 * transitions. Transitions get one line per (from, to) pair, grouped by source state in state order,
 * and within a source state in order of first appearance, listing that pair's symbols in order (epsilon as
 * `epsilon`); duplicate triples are dropped.
 * Empty `alphabet` and `accept` lists are left out, as the syntax needs at least one name.
 */
export function fromAutomatonSpec(spec: AutomatonSpec): AutomatonAst {
  const members: AutomatonMemberAst[] = [];
  if (spec.alphabet.length > 0)
    members.push({ kind: 'alphabet', symbols: spec.alphabet.map(toNameAst), span: NO_SPAN });
  if (spec.states.length > 0) members.push({ kind: 'states', states: spec.states.map(toNameAst), span: NO_SPAN });
  if (spec.start.length > 0) members.push({ kind: 'start', states: spec.start.map(toNameAst), span: NO_SPAN });
  // A transducer's accepting states are all of its states and are not written.
  if (spec.accept.length > 0 && (spec.kind === 'dfa' || spec.kind === 'nfa'))
    members.push({ kind: 'accept', states: spec.accept.map(toNameAst), span: NO_SPAN });
  if (spec.kind === 'mealy' || spec.kind === 'moore') {
    const outputs = spec.outputAlphabet ?? [];
    if (outputs.length > 0) members.push({ kind: 'outputs', outputs: outputs.map(toNameAst), span: NO_SPAN });
  }
  for (const { from, to, symbols, output } of bySourceState(groupByPair(spec.transitions), spec.states)) {
    const labels = symbols.map((symbol): LabelAst =>
      symbol === '' ? { kind: 'epsilon', span: NO_SPAN } : { kind: 'symbol', name: toNameAst(symbol), span: NO_SPAN },
    );
    members.push({
      kind: 'transition',
      from: toNameAst(from),
      to: toNameAst(to),
      labels,
      ...(output !== undefined ? { output: toNameAst(output) } : {}),
      span: NO_SPAN,
    });
  }
  if (spec.kind === 'moore') {
    for (const state of spec.states) {
      const output = spec.outputs && Object.hasOwn(spec.outputs, state) ? spec.outputs[state] : undefined;
      if (output !== undefined) {
        members.push({ kind: 'stateOutput', state: toNameAst(state), output: toNameAst(output), span: NO_SPAN });
      }
    }
  }
  const network = toNetworkAst(spec.network);
  if (network !== undefined) members.push(network);
  return { kind: 'automaton', type: spec.kind, name: toNameAst(spec.name), members, span: NO_SPAN };
}

/** A sequence AST (all spans NO_SPAN): items with `(dwell)` where the count is not 1, `loop`, `network`. */
export function fromSequenceSpec(spec: SequenceSpec): SequenceAst {
  const items = spec.items.map((item, i): ItemAst => {
    const dwell = spec.dwell[i] ?? 1;
    return dwell === 1
      ? { kind: 'item', name: toNameAst(item), span: NO_SPAN }
      : {
          kind: 'item',
          name: toNameAst(item),
          dwell: { value: dwell, text: String(dwell), span: NO_SPAN },
          span: NO_SPAN,
        };
  });
  const members: SequenceMemberAst[] = [{ kind: 'items', items, span: NO_SPAN }];
  if (spec.loop) members.push({ kind: 'loop', span: NO_SPAN });
  const network = toNetworkAst(spec.network);
  if (network !== undefined) members.push(network);
  return { kind: 'sequence', name: toNameAst(spec.name), members, span: NO_SPAN };
}

/** A name node in the form `formatFile` writes it: bare when it can be, else quoted. */
export function toNameAst(value: string): NameAst {
  return { kind: 'name', value, form: canonicalNameForm(value), span: NO_SPAN };
}

/** Transitions grouped by (from, to) and, in a Mealy machine, by output. */
function groupByPair(
  transitions: AutomatonSpec['transitions'],
): { readonly from: string; readonly to: string; readonly symbols: string[]; readonly output?: string }[] {
  const groups = new Map<string, { from: string; to: string; symbols: string[]; output?: string }>();
  for (const [from, symbol, to, output] of transitions) {
    const key = JSON.stringify([from, to, output ?? null]);
    let group = groups.get(key);
    if (group === undefined) {
      group = { from, to, symbols: [], ...(output !== undefined ? { output } : {}) };
      groups.set(key, group);
    }
    if (!group.symbols.includes(symbol)) group.symbols.push(symbol);
  }
  return [...groups.values()];
}

function toNetworkAst(network: NetworkParameters): NetworkAst | undefined {
  const parameters = PARAMETER_NAMES.flatMap((name) => {
    const value = network[name];
    if (value === undefined) return [];
    const valueAst =
      typeof value === 'number'
        ? { kind: 'number' as const, value, text: String(value), span: NO_SPAN }
        : { kind: 'word' as const, value, span: NO_SPAN };
    return [{ kind: 'parameter' as const, name, nameSpan: NO_SPAN, value: valueAst, span: NO_SPAN }];
  });
  return parameters.length === 0 ? undefined : { kind: 'network', parameters, span: NO_SPAN };
}

/** The pairs ordered by their source state's place in `states` (stable: ties keep their order). O(pairs log pairs). */
function bySourceState<T extends { readonly from: string }>(pairs: readonly T[], states: readonly string[]): T[] {
  const rank = new Map(states.map((state, i) => [state, i]));
  const place = (pair: T) => rank.get(pair.from) ?? states.length;
  return [...pairs].sort((a, b) => place(a) - place(b));
}
