/**
 * An expression with its names resolved: symbols are alphabet symbols (split into characters where the
 * language's splitting rule applies) and automaton operands are declaration names. The automata package
 * builds the automaton from this (`buildExpression`).
 */
export type ResolvedExpression =
  | { readonly kind: 'symbol'; readonly symbol: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'automaton'; readonly name: string }
  | { readonly kind: 'concatenation'; readonly parts: readonly ResolvedExpression[] }
  | {
      readonly kind: 'binary';
      readonly operator: 'union' | 'intersection' | 'difference';
      readonly left: ResolvedExpression;
      readonly right: ResolvedExpression;
    }
  | { readonly kind: 'complement'; readonly operand: ResolvedExpression }
  | { readonly kind: 'repeat'; readonly operand: ResolvedExpression; readonly min: number; readonly max?: number }
  | {
      readonly kind: 'operation';
      readonly operation: 'minimise' | 'determinise' | 'reverse';
      readonly operand: ResolvedExpression;
    };

/** A `regex` or `dfa/nfa NAME = EXPR` declaration, resolved. */
export interface ExpressionSpec {
  readonly name: string;
  /** `dfa` and `regex` give a minimal DFA; `nfa` keeps the construction's automaton (trimmed). */
  readonly kind: 'regex' | 'dfa' | 'nfa';
  /** The result's alphabet, in order (see `resolveExpressionDeclaration`). */
  readonly alphabet: readonly string[];
  readonly expression: ResolvedExpression;
}

/** The largest bound allowed in `{m}`, `{m,}`, `{m,n}`. */
export const MAX_REPEAT_BOUND = 1000;
