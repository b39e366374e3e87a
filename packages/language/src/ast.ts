import type { Span } from './diagnostics.js';
import type { DerivedAst, RegexAst, TestAst } from './expression-ast.js';

/**
 * The AST of a `.fsa` file: plain data with spans, no parser types.
 * Names are stored unquoted (the string's value), so `"SYN-ACK"` and `SYN` compare by value.
 */
export interface FileAst {
  readonly kind: 'file';
  readonly declarations: readonly DeclarationAst[];
  /** Comments in source order; the formatter puts them back. */
  readonly comments: readonly CommentAst[];
  readonly span: Span;
}

export type DeclarationAst = AutomatonAst | SequenceAst | RegexAst | DerivedAst | TestAst;

/** A declaration that denotes an automaton: written out, a regular expression, or built from others. */
export type AutomatonLikeAst = AutomatonAst | RegexAst | DerivedAst;

/** A name as written: an identifier, an integer, or a quoted string (stored unquoted). */
export interface NameAst {
  readonly kind: 'name';
  readonly value: string;
  /** How it was written; the formatter re-quotes when the value needs it regardless. */
  readonly form: 'identifier' | 'integer' | 'string';
  readonly span: Span;
}

export interface AutomatonAst {
  readonly kind: 'automaton';
  readonly type: 'dfa' | 'nfa' | 'mealy' | 'moore';
  readonly name: NameAst;
  /** Members in source order (the formatter keeps the order). */
  readonly members: readonly AutomatonMemberAst[];
  readonly span: Span;
}

export type AutomatonMemberAst =
  AlphabetAst | StatesAst | StartAst | AcceptAst | TransitionAst | NetworkAst | OutputsAst | StateOutputAst;

/** `outputs unlock, lock` (transducers): the output symbols. */
export interface OutputsAst {
  readonly kind: 'outputs';
  readonly outputs: readonly NameAst[];
  readonly span: Span;
}

/** `output q1 green` (moore): the output of a state. */
export interface StateOutputAst {
  readonly kind: 'stateOutput';
  readonly state: NameAst;
  readonly output: NameAst;
  readonly span: Span;
}

/** `alphabet a, b, c` */
export interface AlphabetAst {
  readonly kind: 'alphabet';
  readonly symbols: readonly NameAst[];
  readonly span: Span;
}

/** `states q0, q1` (optional: states are also implied by use) */
export interface StatesAst {
  readonly kind: 'states';
  readonly states: readonly NameAst[];
  readonly span: Span;
}

/** `start q0` (dfa) or `start q0, q1` (nfa) */
export interface StartAst {
  readonly kind: 'start';
  readonly states: readonly NameAst[];
  readonly span: Span;
}

/** `accept q1, q2` */
export interface AcceptAst {
  readonly kind: 'accept';
  readonly states: readonly NameAst[];
  readonly span: Span;
}

/**
 * `q0 -> q1 on a, b` / `q0 -> dead on *` / `q0 -> q1 on epsilon`.
 * A label is a symbol, the catch-all `*` (every alphabet symbol with no explicit transition
 * from `from`), or epsilon (nfa only).
 */
export interface TransitionAst {
  readonly kind: 'transition';
  readonly from: NameAst;
  readonly to: NameAst;
  readonly labels: readonly LabelAst[];
  /** `/ unlock` after the labels (mealy): the output of these transitions. */
  readonly output?: NameAst;
  readonly span: Span;
}

export type LabelAst =
  | { readonly kind: 'symbol'; readonly name: NameAst; readonly span: Span }
  | { readonly kind: 'otherwise'; readonly span: Span }
  | { readonly kind: 'epsilon'; readonly span: Span };

/** `network { neurons = 512  beta = 4 ... }` */
export interface NetworkAst {
  readonly kind: 'network';
  readonly parameters: readonly ParameterAst[];
  readonly span: Span;
}

/** Known parameter names; checks report unknown ones (FSA210) and bad values (FSA209). */
export const PARAMETER_NAMES = ['neurons', 'seed', 'beta', 'auto', 'hetero', 'eta', 'iterations', 'encoding'] as const;
export type ParameterName = (typeof PARAMETER_NAMES)[number];

export interface ParameterAst {
  readonly kind: 'parameter';
  readonly name: string;
  readonly nameSpan: Span;
  readonly value: ParameterValueAst;
  readonly span: Span;
}

/** A number keeps its source text so `1e3` and `0.10` format back as written. */
export type ParameterValueAst =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly span: Span }
  | { readonly kind: 'word'; readonly value: string; readonly span: Span };

/** `sequence Walk { items A, B, A(3), C  loop  network { ... } }` */
export interface SequenceAst {
  readonly kind: 'sequence';
  readonly name: NameAst;
  readonly members: readonly SequenceMemberAst[];
  readonly span: Span;
}

export type SequenceMemberAst = ItemsAst | LoopAst | NetworkAst;

export interface ItemsAst {
  readonly kind: 'items';
  readonly items: readonly ItemAst[];
  readonly span: Span;
}

/** An item with an optional dwell count: `A(3)` holds A for 3 ticks. */
export interface ItemAst {
  readonly kind: 'item';
  readonly name: NameAst;
  readonly dwell?: { readonly value: number; readonly text: string; readonly span: Span };
  readonly span: Span;
}

export interface LoopAst {
  readonly kind: 'loop';
  readonly span: Span;
}

export interface CommentAst {
  readonly kind: 'comment';
  readonly style: 'line' | 'block';
  /** The full comment text including `//` or `/* *\/`. */
  readonly text: string;
  readonly span: Span;
}

/** The result of parsing: never throws; a broken file still gives a partial AST. */
export interface ParseResult {
  readonly file: FileAst;
  readonly diagnostics: readonly import('./diagnostics.js').Diagnostic[];
}
