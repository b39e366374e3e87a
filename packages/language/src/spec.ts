import type { Span } from './diagnostics.js';

/**
 * Network parameters as written in a `network { ... }` block (all optional; the compiler
 * chooses defaults). Values are already checked for type and range when they come from
 * a file without errors.
 */
export interface NetworkParameters {
  readonly neurons?: number;
  readonly seed?: number;
  readonly beta?: number;
  readonly auto?: number;
  readonly hetero?: number;
  readonly eta?: number;
  readonly iterations?: number;
  readonly encoding?: 'bipolar' | 'uniform';
}

/** `dfa` and `nfa` are acceptors; `mealy` (outputs on transitions) and `moore` (outputs on states) are transducers. */
export type AutomatonKind = 'dfa' | 'nfa' | 'mealy' | 'moore';

/** `[from, symbol, to]`, or `[from, symbol, to, output]` in a Mealy machine. */
export type SpecTransition = readonly [string, string, string] | readonly [string, string, string, string];

/** Whether a kind is a transducer (a Mealy or Moore machine). */
export function isTransducerKind(kind: AutomatonKind): kind is 'mealy' | 'moore' {
  return kind === 'mealy' || kind === 'moore';
}

/**
 * A resolved automaton: names only, catch-alls expanded, implied states listed.
 * This is exactly the content of the JSON interchange format (`cdam-automaton`, version 1),
 * and the hub between the AST, the interchange formats and the automata algebra.
 */
export interface AutomatonSpec {
  readonly name: string;
  readonly kind: AutomatonKind;
  /** In declaration order. */
  readonly alphabet: readonly string[];
  /** Declared states first (in order), then implied ones in order of first use. */
  readonly states: readonly string[];
  /** One name for a dfa; one or more for an nfa. */
  readonly start: readonly string[];
  readonly accept: readonly string[];
  /**
   * `[from, symbol, to]`; symbol `""` is epsilon. In source order, catch-alls expanded in alphabet order.
   * A Mealy machine's transitions carry their output as a fourth element, `[from, symbol, to, output]`.
   */
  readonly transitions: readonly SpecTransition[];
  /** Transducers only: the declared output symbols, in declaration order. */
  readonly outputAlphabet?: readonly string[];
  /** Moore machines only: the output of each state, by state name. */
  readonly outputs?: Readonly<Record<string, string>>;
  readonly network: NetworkParameters;
  /** Where each state was first named, for diagnostics after resolution (absent for imported specs). */
  readonly stateSpans?: ReadonlyMap<string, Span>;
}

/** A resolved temporal sequence; the content of the `cdam-sequence` JSON interchange format. */
export interface SequenceSpec {
  readonly name: string;
  readonly items: readonly string[];
  readonly loop: boolean;
  /** One count (>= 1) per item; all 1 when no dwell was written. */
  readonly dwell: readonly number[];
  readonly network: NetworkParameters;
}
