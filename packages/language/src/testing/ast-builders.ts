import type {
  AcceptAst,
  AlphabetAst,
  AutomatonAst,
  AutomatonMemberAst,
  DeclarationAst,
  FileAst,
  ItemAst,
  ItemsAst,
  LabelAst,
  LoopAst,
  NameAst,
  NetworkAst,
  ParameterAst,
  SequenceAst,
  SequenceMemberAst,
  StartAst,
  StatesAst,
  TransitionAst,
} from '../ast.js';
import type { Span } from '../diagnostics.js';

/** A name given to a builder: a plain string (its form is guessed) or a ready `NameAst`. */
export type NameInput = string | NameAst;
/** A transition label: `'*'` is the catch-all, `'epsilon'` or `'ε'` is epsilon, anything else a symbol. */
export type LabelInput = NameInput;
/** An item: a name, or `[name, dwell]`. */
export type ItemInput = NameInput | readonly [NameInput, number];

/** Builds AST nodes by hand for tests. Spans are synthetic but distinct and increase in call order. */
export interface AstBuilder {
  /** A fresh span of `length` characters on its own line, after every span made so far. */
  span(length?: number): Span;
  name(value: string, form?: NameAst['form']): NameAst;
  file(...declarations: DeclarationAst[]): FileAst;
  dfa(name: NameInput, ...members: AutomatonMemberAst[]): AutomatonAst;
  nfa(name: NameInput, ...members: AutomatonMemberAst[]): AutomatonAst;
  alphabet(...symbols: NameInput[]): AlphabetAst;
  states(...states: NameInput[]): StatesAst;
  start(...states: NameInput[]): StartAst;
  accept(...states: NameInput[]): AcceptAst;
  transition(from: NameInput, to: NameInput, ...labels: LabelInput[]): TransitionAst;
  /** `values`: a number becomes a number value, a string a word value; entries in insertion order. */
  network(
    values: Readonly<Record<string, number | string>> | readonly (readonly [string, number | string])[],
  ): NetworkAst;
  sequence(name: NameInput, ...members: SequenceMemberAst[]): SequenceAst;
  items(...items: ItemInput[]): ItemsAst;
  loop(): LoopAst;
}

/** A new builder whose spans start at line 1. */
export function astBuilder(): AstBuilder {
  let line = 0;
  const span = (length = 1): Span => {
    line += 1;
    const offset = line * 1000;
    return {
      start: { offset, line, column: 1 },
      end: { offset: offset + length, line, column: 1 + length },
    };
  };
  const cover = (first: Span, last: Span): Span => ({ start: first.start, end: last.end });
  const name = (value: string, form?: NameAst['form']): NameAst => ({
    kind: 'name',
    value,
    form:
      form ?? (/^[0-9]+$/.test(value) ? 'integer' : /^[\p{L}_][\p{L}\p{N}_]*$/u.test(value) ? 'identifier' : 'string'),
    span: span(value.length + (form === 'string' ? 2 : 0)),
  });
  const toName = (input: NameInput): NameAst => (typeof input === 'string' ? name(input) : input);
  const names = (inputs: NameInput[]): NameAst[] => inputs.map(toName);
  /** The span of a member that starts with `keyword` and ends with its last child. */
  const memberSpan = (head: Span, children: readonly { span: Span }[]): Span =>
    children.length === 0 ? head : cover(head, children[children.length - 1].span);
  const nameList =
    <K extends 'alphabet' | 'states' | 'start' | 'accept'>(kind: K) =>
    (...inputs: NameInput[]) => {
      const head = span(kind.length);
      const list = names(inputs);
      return { head, list, span: memberSpan(head, list) };
    };
  const label = (input: LabelInput): LabelAst => {
    if (input === '*') return { kind: 'otherwise', span: span(1) };
    if (input === 'epsilon' || input === 'ε') return { kind: 'epsilon', span: span(input.length) };
    const n = toName(input);
    return { kind: 'symbol', name: n, span: n.span };
  };
  const automaton =
    (type: 'dfa' | 'nfa') =>
    (nameInput: NameInput, ...members: AutomatonMemberAst[]): AutomatonAst => {
      const head = span(type.length);
      const n = toName(nameInput);
      return { kind: 'automaton', type, name: n, members, span: cover(head, span(1)) };
    };
  return {
    span,
    name,
    file: (...declarations) => ({
      kind: 'file',
      declarations,
      comments: [],
      span:
        declarations.length === 0 ? span(0) : cover(declarations[0].span, declarations[declarations.length - 1].span),
    }),
    dfa: automaton('dfa'),
    nfa: automaton('nfa'),
    alphabet: (...inputs) => {
      const { list, span: s } = nameList('alphabet')(...inputs);
      return { kind: 'alphabet', symbols: list, span: s };
    },
    states: (...inputs) => {
      const { list, span: s } = nameList('states')(...inputs);
      return { kind: 'states', states: list, span: s };
    },
    start: (...inputs) => {
      const { list, span: s } = nameList('start')(...inputs);
      return { kind: 'start', states: list, span: s };
    },
    accept: (...inputs) => {
      const { list, span: s } = nameList('accept')(...inputs);
      return { kind: 'accept', states: list, span: s };
    },
    transition: (fromInput, toInput, ...labelInputs) => {
      const from = toName(fromInput);
      const to = toName(toInput);
      const labels = labelInputs.map(label);
      return { kind: 'transition', from, to, labels, span: cover(from.span, (labels[labels.length - 1] ?? to).span) };
    },
    network: (values) => {
      const head = span('network'.length);
      const entries = Array.isArray(values) ? values : Object.entries(values);
      const parameters: ParameterAst[] = entries.map(([key, raw]: readonly [string, number | string]) => {
        const nameSpan = span(key.length);
        const value: ParameterAst['value'] =
          typeof raw === 'number'
            ? { kind: 'number', value: raw, text: String(raw), span: span(String(raw).length) }
            : { kind: 'word', value: raw, span: span(raw.length) };
        return { kind: 'parameter', name: key, nameSpan, value, span: cover(nameSpan, value.span) };
      });
      return { kind: 'network', parameters, span: cover(head, span(1)) };
    },
    sequence: (nameInput, ...members) => {
      const head = span('sequence'.length);
      const n = toName(nameInput);
      return { kind: 'sequence', name: n, members, span: cover(head, span(1)) };
    },
    items: (...inputs) => {
      const head = span('items'.length);
      const list: ItemAst[] = inputs.map((input) => {
        if (typeof input === 'string' || !Array.isArray(input)) {
          const n = toName(input as NameInput);
          return { kind: 'item', name: n, span: n.span };
        }
        const [nameInput, count] = input as readonly [NameInput, number];
        const n = toName(nameInput);
        const dwell = { value: count, text: String(count), span: span(String(count).length) };
        return { kind: 'item', name: n, dwell, span: cover(n.span, dwell.span) };
      });
      return { kind: 'items', items: list, span: memberSpan(head, list) };
    },
    loop: () => ({ kind: 'loop', span: span('loop'.length) }),
  };
}
