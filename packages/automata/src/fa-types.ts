/**
 * Automata as index-based values. States and symbols are indices; names are kept beside them
 * for display. All operations take these read-only and return new values.
 */

/** Symbol index used for epsilon edges in an `Nfa`. */
export const EPSILON = -1;

export interface NfaEdge {
  /** Index into `alphabet`, or `EPSILON`. */
  readonly symbol: number;
  readonly to: number;
}

export interface Nfa {
  readonly alphabet: readonly string[];
  /** State index -> display name. */
  readonly states: readonly string[];
  readonly start: readonly number[];
  readonly accepting: ReadonlySet<number>;
  /** `edges[state]`: outgoing edges of that state. */
  readonly edges: readonly (readonly NfaEdge[])[];
}

/** `delta[state][symbol]` is the successor, or `NO_EDGE` for a partial DFA. */
export const NO_EDGE = -1;

export interface Dfa {
  readonly alphabet: readonly string[];
  /** State index -> display name. */
  readonly states: readonly string[];
  readonly start: number;
  readonly accepting: ReadonlySet<number>;
  readonly delta: readonly (readonly number[])[];
}

export type Equivalence =
  | { readonly equal: true }
  | {
      readonly equal: false;
      /** A shortest word accepted by exactly one side (by symbol name). */
      readonly shortestCounterexample: readonly string[];
      /** Which side accepts it. */
      readonly acceptedBy: 'left' | 'right';
    };

export type DeterminiseResult =
  { readonly kind: 'ok'; readonly dfa: Dfa } | { readonly kind: 'too-many-states'; readonly limit: number };
