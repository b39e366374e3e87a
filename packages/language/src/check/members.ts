import type {
  AcceptAst,
  AlphabetAst,
  AutomatonAst,
  NameAst,
  NetworkAst,
  OutputsAst,
  StartAst,
  StateOutputAst,
  StatesAst,
  TransitionAst,
} from '../ast.js';
import type { Span } from '../diagnostics.js';

/** The members of an automaton grouped by kind, each group in source order. */
export interface AutomatonMembers {
  readonly alphabet: readonly AlphabetAst[];
  readonly states: readonly StatesAst[];
  readonly start: readonly StartAst[];
  readonly accept: readonly AcceptAst[];
  readonly network: readonly NetworkAst[];
  readonly transitions: readonly TransitionAst[];
  /** Transducers: `outputs ...` lines. */
  readonly outputs: readonly OutputsAst[];
  /** Moore machines: `output STATE OUTPUT` lines. */
  readonly stateOutputs: readonly StateOutputAst[];
}

/**
 * Groups the members of `automaton` by kind. O(members) the first time; the grouping is kept with the AST
 * (which is never changed once built), since every check of the automaton asks for it.
 */
export function automatonMembers(automaton: AutomatonAst): AutomatonMembers {
  let members = groupedMembers.get(automaton);
  if (members === undefined) groupedMembers.set(automaton, (members = groupMembers(automaton)));
  return members;
}

const groupedMembers = new WeakMap<AutomatonAst, AutomatonMembers>();

function groupMembers(automaton: AutomatonAst): AutomatonMembers {
  const alphabet: AlphabetAst[] = [];
  const states: StatesAst[] = [];
  const start: StartAst[] = [];
  const accept: AcceptAst[] = [];
  const network: NetworkAst[] = [];
  const transitions: TransitionAst[] = [];
  const outputs: OutputsAst[] = [];
  const stateOutputs: StateOutputAst[] = [];
  for (const member of automaton.members) {
    switch (member.kind) {
      case 'alphabet':
        alphabet.push(member);
        break;
      case 'states':
        states.push(member);
        break;
      case 'start':
        start.push(member);
        break;
      case 'accept':
        accept.push(member);
        break;
      case 'network':
        network.push(member);
        break;
      case 'transition':
        transitions.push(member);
        break;
      case 'outputs':
        outputs.push(member);
        break;
      case 'stateOutput':
        stateOutputs.push(member);
        break;
    }
  }
  return { alphabet, states, start, accept, network, transitions, outputs, stateOutputs };
}

/**
 * The alphabet symbols in declaration order without repeats. A repeated `alphabet` member is an error
 * (FSA212) reported elsewhere; its symbols still count here, so one mistake does not cascade into many.
 */
export function alphabetSymbols(members: AutomatonMembers): string[] {
  return unique(members.alphabet.flatMap((a) => a.symbols.map((s) => s.value)));
}

/** The names of a list member kind (`states`, `start`, `accept`), all occurrences concatenated, without repeats. */
export function listedNames(lists: readonly { readonly states: readonly NameAst[] }[]): string[] {
  return unique(lists.flatMap((l) => l.states.map((s) => s.value)));
}

/**
 * For each state, the symbols named by explicit-symbol labels on transitions leaving it. O(labels) the first
 * time for a list of transitions (such as `automatonMembers(...).transitions`), kept with the list after.
 */
export function explicitSymbolsByState(
  transitions: readonly TransitionAst[],
): ReadonlyMap<string, ReadonlySet<string>> {
  let result = explicitSymbols.get(transitions);
  if (result === undefined) explicitSymbols.set(transitions, (result = collectExplicitSymbols(transitions)));
  return result;
}

const explicitSymbols = new WeakMap<readonly TransitionAst[], ReadonlyMap<string, ReadonlySet<string>>>();

function collectExplicitSymbols(transitions: readonly TransitionAst[]): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const t of transitions) {
    for (const label of t.labels) {
      if (label.kind !== 'symbol') continue;
      let set = result.get(t.from.value);
      if (!set) result.set(t.from.value, (set = new Set()));
      set.add(label.name.value);
    }
  }
  return result;
}

/** The symbols a catch-all `*` from a state stands for: alphabet symbols with no explicit label from that state. */
export function catchAllSymbols(alphabet: readonly string[], explicit: ReadonlySet<string> | undefined): string[] {
  return explicit ? alphabet.filter((s) => !explicit.has(s)) : [...alphabet];
}

/**
 * The span of a member's leading keyword (`alphabet`, `start`, `network`, ...), assuming the member's span
 * starts at the keyword. Falls back to the whole span when the span is too short to hold it.
 */
export function keywordSpan(member: { readonly span: Span }, keyword: string): Span {
  const { start, end } = member.span;
  if (end.offset - start.offset < keyword.length) return member.span;
  return {
    start,
    end: { offset: start.offset + keyword.length, line: start.line, column: start.column + keyword.length },
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
