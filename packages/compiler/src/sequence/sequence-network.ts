import type { SequenceSpec } from '@cdam/language';
import type { Encoding } from '../codes.js';
import type { SourceHash } from '../source-hash.js';

/**
 * What one memory pattern of a sequence stands for: tick `tick` (0-based) of the `dwell` ticks of step
 * `step` of the items list, which is occurrence `occurrence` (1-based) of item `item`.
 */
export interface SequencePosition {
  /** Index into `spec.items` (0-based). */
  readonly step: number;
  /** Index into `CompiledSequence.items` (distinct item names). */
  readonly item: number;
  /** 1 for the first time the item appears in the items list, 2 for the second, ... */
  readonly occurrence: number;
  /** 0 .. dwell - 1. */
  readonly tick: number;
}

/**
 * The codes a sequence's patterns are built from. Pattern mu is `[item code of its item ; context code
 * mu]`: occurrences of one item share the item part and differ in the context part, so the network tells
 * them apart (and knows which successor follows) while they stay correlated (docs/sequences.md).
 */
export interface SequenceCodes {
  readonly encoding: Encoding;
  readonly itemCount: number;
  readonly itemLength: number;
  /** Row-major: item i's code is `item[i * itemLength ..< (i + 1) * itemLength]`. */
  readonly item: Float64Array;
  /** One context code per pattern. */
  readonly contextCount: number;
  readonly contextLength: number;
  /** Row-major like `item`. */
  readonly context: Float64Array;
}

/** The parameters a sequence network runs with (docs/model.md symbols in brackets). */
export interface SequenceParams {
  readonly neurons: number;
  readonly itemNeurons: number;
  readonly contextNeurons: number;
  readonly seed: number;
  readonly encoding: Encoding;
  /** [beta] */
  readonly beta: number;
  /** [a] */
  readonly auto: number;
  /** [h] */
  readonly hetero: number;
  /** [eta] */
  readonly eta: number;
  /** A best Pearson correlation below this is quiescence: no pattern is active. */
  readonly quiescenceThreshold: number;
}

/** Lower bounds of the decisions recall makes, from the codes actually drawn (docs/sequences.md). */
export interface SequenceGaps {
  /** min over patterns t of: score of ξ_t minus the best other score, at x = ξ_t − xī (dot-product units); null with one pattern. */
  readonly attend: number | null;
  /** min over t of: Pearson correlation of ξ_t − xī with ξ_t minus the best other (correlation units); null with one pattern. */
  readonly decode: number | null;
  /** min over t of the correlation of ξ_t − xī with ξ_t. */
  readonly idealCorrelation: number;
}

/** What the sequence compiler measured and decided. */
export interface SequenceReport {
  readonly name: string;
  readonly neurons: number;
  readonly itemNeurons: number;
  readonly contextNeurons: number;
  readonly patterns: number;
  readonly items: number;
  readonly steps: number;
  readonly loop: boolean;
  readonly encoding: Encoding;
  readonly seed: number;
  readonly gaps: SequenceGaps;
  /** The attend gap must reach this (n · variance / 16) to count as safe. */
  readonly requiredGap: number;
  readonly beta: number;
  readonly betaChosen: 'auto' | 'given';
  /** The floor of `minimumBeta`; 0 when no attend gap is positive (then no beta makes recall exact). */
  readonly minimumBeta: number;
  readonly neuronsChosen: 'auto' | 'given';
  readonly candidatesTried: number;
  readonly auto: number;
  readonly hetero: number;
  readonly eta: number;
  readonly quiescenceThreshold: number;
  /** True when eta·h = 1, eta·a = eta − 1, the gaps are safe and beta is at least the minimum: recall is exact. */
  readonly exact: boolean;
  readonly warnings: readonly string[];
}

/**
 * A compiled temporal sequence: one pattern per tick of every step, chained in the memory graph (a cycle
 * with `loop`, else a chain whose last pattern holds itself). Xi is not stored: column mu is
 * `sequencePatternColumn(codes, positions, mu)`; H is `edges` (weight 1); xī is `mean`.
 */
export interface CompiledSequence {
  readonly name: string;
  /** The spec without source spans, as compiled. */
  readonly spec: SequenceSpec;
  /** The hash of the source text (or of the spec's canonical JSON) the sequence was compiled from. */
  readonly source: SourceHash;
  /** Distinct item names, in order of first appearance. */
  readonly items: readonly string[];
  /** One per pattern, in sequence order. */
  readonly positions: readonly SequencePosition[];
  /** `stepStart[s]`: the pattern of tick 0 of step s. */
  readonly stepStart: Int32Array;
  readonly loop: boolean;
  readonly params: SequenceParams;
  readonly codes: SequenceCodes;
  readonly edges: { readonly count: number; readonly from: Int32Array; readonly to: Int32Array };
  readonly mean: Float64Array;
  readonly report: SequenceReport;
}
