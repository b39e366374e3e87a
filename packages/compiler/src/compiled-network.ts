import type { Dfa } from '@cdam/automata';
import type { AutomatonSpec } from '@cdam/language';
import type { DecisionGaps } from './capacity.js';
import type { CodeBook, Encoding, StateCodeKind } from './codes.js';
import type { MemoryEdges } from './memory-graph.js';
import type { NetworkOutputs } from './output-codes.js';
import type { PatternTable } from './patterns.js';

/** The parameters a network runs with (docs/model.md symbols in brackets). */
export interface NetworkParams {
  /** n = n_s + n_i. */
  readonly neurons: number;
  readonly stateNeurons: number;
  readonly inputNeurons: number;
  readonly seed: number;
  readonly encoding: Encoding;
  /** Inverse temperature of the softmax [beta]. */
  readonly beta: number;
  /** Auto-association strength [a]. */
  readonly auto: number;
  /** Hetero-association strength [h]. */
  readonly hetero: number;
  /** Step size [eta]. */
  readonly eta: number;
  /** Iterations per input symbol [K]. */
  readonly iterations: number;
  /** A best Pearson correlation below this is quiescence: no memory active, the word is rejected. */
  readonly quiescenceThreshold: number;
}

/** What the compiler measured and decided; kept in the artifact. */
export interface CompileReport {
  readonly name: string;
  readonly neurons: number;
  readonly stateNeurons: number;
  readonly inputNeurons: number;
  readonly patterns: number;
  /** States of the DFA that runs (after determinising and completing). */
  readonly states: number;
  readonly symbols: number;
  readonly transitions: number;
  readonly determinised: boolean;
  /** Name of the dead state added to complete a partial DFA, or null. */
  readonly deadState: string | null;
  readonly encoding: Encoding;
  readonly seed: number;
  /**
   * Bipolar networks: whether the state codes were designed for separation or drawn at random
   * (docs/compiler.md, "Designed state codes"). Absent for uniform codes and in older artifacts.
   */
  readonly stateCodes?: StateCodeKind;
  /** κ_s: max |s_q · s_r| over distinct states. */
  readonly kappaState: number;
  /** κ_u: max |u · v| over distinct input codes (symbols and rest). */
  readonly kappaInput: number;
  /** Spread of the mean-term corrections s_q · xī_s. */
  readonly meanTermSpread: number;
  readonly gaps: DecisionGaps;
  /** The worst gap must reach this (n · variance / 16) to count as safe. */
  readonly requiredGap: number;
  readonly beta: number;
  readonly betaChosen: 'auto' | 'given';
  /** The smallest beta for which the leakage argument of docs/compiler.md holds. */
  readonly minimumBeta: number;
  readonly neuronsChosen: 'auto' | 'given';
  /** How many neuron counts the search evaluated (auto only). */
  readonly candidatesTried: number;
  readonly auto: number;
  readonly hetero: number;
  readonly eta: number;
  readonly iterations: number;
  readonly idealCorrelation: number;
  readonly quiescenceThreshold: number;
  /** True when the schedule, the gaps and beta all meet the conditions under which runs are exact. */
  readonly exact: boolean;
  readonly warnings: readonly string[];
  /** Transducers only: the output part and its read-out gap (docs/compiler.md, "Transducers"). */
  readonly outputs?: OutputReport;
}

/** What the report says about a transducer's outputs. */
export interface OutputReport {
  readonly kind: 'mealy' | 'moore';
  /** Output symbols (the "no output" code not counted). */
  readonly count: number;
  /** n_o, neurons of the output part (the last ones of the state part). */
  readonly neurons: number;
  /** The read-out gap: own output code minus the best other, λ n_o for orthogonal codes; must be positive. */
  readonly gap: number;
}

/** The source the network was compiled from. */
export interface CompiledSource {
  /** The spec without source spans. */
  readonly spec: AutomatonSpec;
  /** sha256 (hex) of the source text, or of the spec's canonical JSON when no text was given. */
  readonly sha256: string;
  readonly hashOf: 'text' | 'spec';
}

/**
 * A compiled CDAM network: everything the runtime needs to run it with the update rule of
 * docs/model.md. Xi is not stored: column mu is `[state code ; input code]` of `patterns` (see
 * `patternColumn`); H is `edges`; xī is `mean`.
 */
export interface CompiledNetwork {
  readonly name: string;
  /** The complete DFA the network implements (state and symbol indices as in `patterns`). */
  readonly dfa: Dfa;
  /** Index of the added dead state, or null. */
  readonly deadState: number | null;
  readonly params: NetworkParams;
  readonly codes: CodeBook;
  readonly patterns: PatternTable;
  readonly edges: MemoryEdges;
  /** xī, the mean pattern (see `meanPattern`). */
  readonly mean: Float64Array;
  readonly report: CompileReport;
  readonly source: CompiledSource;
  /** Transducers only: how outputs are coded in the state part and which output each state shows. */
  readonly outputs?: NetworkOutputs;
}
