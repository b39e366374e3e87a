import type { NameAst } from './ast.js';
import type { Span } from './diagnostics.js';

/**
 * Regular expressions and automaton expressions. One grammar serves both: in a `regex` a bare name is a
 * symbol (split into characters when the alphabet is all one-character symbols); in `dfa NAME = EXPR` a
 * bare name is another automaton. `@NAME` is another automaton in both.
 */
export type ExpressionAst =
  | BinaryExpressionAst
  | ConcatenationAst
  | ComplementAst
  | RepeatAst
  | NameExpressionAst
  | AnySymbolAst
  | EmptyWordAst
  | ReferenceAst
  | OperationAst;

/** `a | b` (union), `a & b` (intersection), `a - b` (difference); left-associative. */
export interface BinaryExpressionAst {
  readonly kind: 'binary';
  readonly operator: 'union' | 'intersection' | 'difference';
  readonly left: ExpressionAst;
  readonly right: ExpressionAst;
  readonly span: Span;
}

/** Juxtaposition: two or more parts in order. */
export interface ConcatenationAst {
  readonly kind: 'concatenation';
  readonly parts: readonly ExpressionAst[];
  readonly span: Span;
}

/** `!e`: every word over the alphabet that `e` rejects. */
export interface ComplementAst {
  readonly kind: 'complement';
  readonly operand: ExpressionAst;
  readonly span: Span;
}

/** `e*` (0, ∞), `e+` (1, ∞), `e?` (0, 1), `e{m}`, `e{m,}`, `e{m,n}`. `max` undefined: unbounded. */
export interface RepeatAst {
  readonly kind: 'repeat';
  readonly operand: ExpressionAst;
  /** How it was written, for the formatter: `*`, `+`, `?` or `{}`. */
  readonly form: '*' | '+' | '?' | '{}';
  readonly min: number;
  readonly max: number | undefined;
  readonly span: Span;
}

/** A name or quoted string: a symbol in a regex, an automaton in `dfa NAME = EXPR`. */
export interface NameExpressionAst {
  readonly kind: 'name';
  readonly name: NameAst;
  readonly span: Span;
}

/** `.`: any one symbol of the alphabet. */
export interface AnySymbolAst {
  readonly kind: 'any';
  readonly span: Span;
}

/** `""`: the empty word. */
export interface EmptyWordAst {
  readonly kind: 'empty';
  readonly span: Span;
}

/** `@NAME`: another automaton, regex or derived automaton of the same file. */
export interface ReferenceAst {
  readonly kind: 'reference';
  readonly name: NameAst;
  readonly span: Span;
}

export type OperationName = 'minimise' | 'determinise' | 'reverse';

/** `minimise(e)`, `determinise(e)`, `reverse(e)`. */
export interface OperationAst {
  readonly kind: 'operation';
  readonly operation: OperationName;
  readonly operand: ExpressionAst;
  readonly span: Span;
}

/** `regex NAME = EXPR` or `regex NAME over a, b = EXPR`. */
export interface RegexAst {
  readonly kind: 'regex';
  readonly name: NameAst;
  /** The explicit alphabet, when written. */
  readonly over?: readonly NameAst[];
  readonly expression: ExpressionAst;
  readonly span: Span;
}

/**
 * `dfa NAME = EXPR` or `nfa NAME = EXPR`. `mealy` and `moore` are kept only to be reported (FSA225):
 * the operations are defined on languages, not on output tapes.
 */
export interface DerivedAst {
  readonly kind: 'derived';
  readonly type: 'dfa' | 'nfa' | 'mealy' | 'moore';
  readonly name: NameAst;
  readonly expression: ExpressionAst;
  readonly span: Span;
}

/** One row of a test block: `accept "w"`, `reject "w"`, or `"w" -> "o1 o2"` (expected outputs). */
export type TestRowAst =
  | { readonly kind: 'verdict'; readonly expected: 'accept' | 'reject'; readonly word: WordAst; readonly span: Span }
  | { readonly kind: 'output'; readonly word: WordAst; readonly outputs: WordAst; readonly span: Span };

/** A quoted word as written; `value` is the string's content (symbols split by whitespace, as `--input`). */
export interface WordAst {
  readonly value: string;
  readonly span: Span;
}

/** `test NAME on AUTOMATON { ... }`. Rows keep their source order; the formatter groups runs of one kind. */
export interface TestAst {
  readonly kind: 'test';
  readonly name: NameAst;
  readonly target: NameAst;
  readonly rows: readonly TestRowAst[];
  readonly span: Span;
}
