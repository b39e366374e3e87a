import type { NetworkParameters, SequenceSpec } from '@cdam/language';
import { automaticBeta, minimumBeta } from '../beta.js';
import type { Encoding } from '../codes.js';
import { formatNumber } from '../compile.js';
import { formatLimit, maxCodeEntries, maxSequencePatterns, sequenceGapWork } from '../limits.js';
import { MAX_NEURONS, nextNeuronCount, requiredGap } from '../neuron-search.js';
import { requestParameters } from '../parameters.js';
import { hashSource } from '../source-hash.js';
import { drawSequenceCodes } from './sequence-codes.js';
import { sequenceGaps } from './sequence-gaps.js';
import type {
  CompiledSequence,
  SequenceCodes,
  SequenceGaps,
  SequencePosition,
  SequenceReport,
} from './sequence-network.js';
import { sequenceEdges, sequenceLayout, sequenceMean, type SequenceLayout } from './sequence-patterns.js';

/** The step size of sequence recall: the paper's video experiment used eta = 0.2 (docs/model.md). */
export const SEQUENCE_ETA = 0.2;

/** Options of `compileSequence`: network parameters that override the spec's `network { ... }` block. */
export interface SequenceCompileOptions extends NetworkParameters {
  /** The source text the spec came from; its sha256 goes into the artifact (else the spec's canonical JSON is hashed). */
  readonly sourceText?: string;
  /**
   * Runs the full exact gap check of a candidate (default `sequenceGaps`); it must give the same numbers.
   * The command line passes one that spreads the pairs over two threads (`@cdam/runtime/parallel`).
   */
  readonly gapCheck?: SequenceGapCheck;
}

/** The full exact gap check of a sequence's codes (`sequenceGaps` without `columns`). */
export type SequenceGapCheck = (codes: SequenceCodes, positions: readonly SequencePosition[]) => SequenceGaps;

/** Why a sequence could not be compiled. */
export interface SequenceCompileError {
  readonly code: 'invalid-parameter' | 'empty-sequence' | 'no-safe-size' | 'too-large';
  readonly message: string;
}

export type SequenceCompileResult =
  | { readonly kind: 'ok'; readonly sequence: CompiledSequence }
  | { readonly kind: 'error'; readonly error: SequenceCompileError };

/**
 * The anti-Hebbian strengths that make one tick move x = ξ_t − xī exactly to ξ_{t+1} − xī for step size
 * eta (docs/sequences.md): h = 1 / eta brings the successor in at full strength, and a = −(1 − eta) / eta
 * removes what the leak (1 − eta) keeps of the current pattern. eta = 0.2 gives a = −4, h = 5. O(1).
 */
export function sequenceStrengths(eta: number): { readonly a: number; readonly h: number } {
  return { a: -(1 - eta) / eta, h: 1 / eta };
}

/**
 * Compiles a temporal sequence into a CDAM network: one pattern per tick of every step (dwell d gives d
 * patterns of the same item), each `[item code ; context code]`, chained in the memory graph (a cycle with
 * `loop`, else ending in a pattern that holds itself). Chooses eta = 0.2 and the anti-Hebbian a, h of
 * `sequenceStrengths`, the smallest safe neuron count (unless given) and beta from the worst gap, so that
 * free-running recall advances exactly one pattern per tick. Same spec and options: same network.
 * O(p² · n) per evaluated neuron count.
 */
export function compileSequence(spec: SequenceSpec, options: SequenceCompileOptions = {}): SequenceCompileResult {
  const requested = requestParameters(spec.network, options);
  if (requested.kind === 'error') return failure('invalid-parameter', requested.message);
  const given = <K extends keyof NetworkParameters>(key: K): NetworkParameters[K] => options[key] ?? spec.network[key];
  const { seed, encoding } = requested.parameters;
  const eta = given('eta') ?? SEQUENCE_ETA;
  const ideal = sequenceStrengths(eta);
  const h = given('hetero') ?? ideal.h;
  const a = given('auto') ?? -(1 - eta) * h;
  const outOfRange = strengthsOutOfRange(a, h, eta);
  if (outOfRange !== undefined) return failure('invalid-parameter', outOfRange);

  const warnings = scheduleWarnings(a, h, eta);
  if (given('iterations') !== undefined) {
    warnings.push('iterations does not apply to a sequence: recall makes one update per tick');
  }
  const scheduleHolds = warnings.length === 0;

  const total = patternCount(spec);
  const maxPatterns = maxSequencePatterns(encoding);
  if (total > maxPatterns) {
    return failure(
      'too-large',
      `sequence '${spec.name}' is too large to compile: its ${spec.items.length} steps need ${total} patterns (one per tick of dwell), more than the limit of ${formatLimit(maxPatterns)} for ${encoding} codes; split it into shorter sequences or lower the dwell`,
    );
  }
  const layout = sequenceLayout(spec);
  const p = layout.positions.length;
  if (p === 0) return failure('empty-sequence', `sequence '${spec.name}' has no items`);

  const neurons = given('neurons');
  const gapCheck = options.gapCheck ?? sequenceGaps;
  let chosen: Candidate;
  let tried = 1;
  if (neurons !== undefined) {
    const problem = sequenceSizeProblem(neurons, layout, encoding);
    if (problem !== undefined) {
      const fitting = largestFittingNeurons(neurons - 1, layout, encoding);
      const fix =
        fitting !== undefined
          ? `give at most neurons = ${fitting} (or leave neurons out to get the smallest safe count)`
          : 'split it into shorter sequences';
      return failure('too-large', `sequence '${spec.name}' is too large to compile: ${problem}; ${fix}`);
    }
    chosen = evaluate(neurons, layout, encoding, seed, gapCheck);
    if (!chosen.safe) {
      warnings.push(
        `neurons = ${neurons} is too few for ${p} patterns: the worst attend gap is ${formatNumber(chosen.gaps.attend ?? 0)} ` +
          `(safe needs ${formatNumber(chosen.required)}); exactness is not guaranteed`,
      );
    }
  } else {
    const found = searchNeurons(layout, encoding, seed, gapCheck);
    if (found.kind === 'too-large') {
      return failure(
        'too-large',
        `sequence '${spec.name}' is too large to compile: no smaller neuron count is safe, and ${found.problem}; split it into shorter sequences`,
      );
    }
    if (found.kind === 'none') {
      return failure('no-safe-size', `no neuron count up to ${MAX_NEURONS} makes '${spec.name}' safe`);
    }
    chosen = found.candidate;
    tried = found.tried;
  }

  const n = chosen.codes.itemLength + chosen.codes.contextLength;
  const betaFloor = minimumBeta(chosen.gaps.attend, n, p, a, h);
  const givenBeta = given('beta');
  const beta = givenBeta ?? automaticBeta(betaFloor);
  if (givenBeta !== undefined && givenBeta < betaFloor) {
    warnings.push(
      `beta = ${formatNumber(givenBeta)} is below ${formatNumber(betaFloor)}: attention may leak enough to drift; exactness is not guaranteed`,
    );
  }
  const quiescenceThreshold = chosen.gaps.idealCorrelation / 2;
  const exact = scheduleHolds && chosen.safe && beta >= betaFloor;
  const report: SequenceReport = {
    name: spec.name,
    neurons: n,
    itemNeurons: chosen.codes.itemLength,
    contextNeurons: chosen.codes.contextLength,
    patterns: p,
    items: layout.items.length,
    steps: spec.items.length,
    loop: spec.loop,
    encoding,
    seed,
    gaps: chosen.gaps,
    requiredGap: chosen.required,
    beta,
    betaChosen: givenBeta !== undefined ? 'given' : 'auto',
    minimumBeta: Number.isFinite(betaFloor) ? betaFloor : 0,
    neuronsChosen: neurons !== undefined ? 'given' : 'auto',
    candidatesTried: tried,
    auto: a,
    hetero: h,
    eta,
    quiescenceThreshold,
    exact,
    warnings,
  };
  const canonical: SequenceSpec = {
    name: spec.name,
    items: [...spec.items],
    loop: spec.loop,
    dwell: [...spec.dwell],
    network: { ...spec.network },
  };
  return {
    kind: 'ok',
    sequence: {
      name: spec.name,
      spec: canonical,
      source: hashSource(canonical, options.sourceText),
      items: layout.items,
      positions: layout.positions,
      stepStart: layout.stepStart,
      loop: spec.loop,
      params: {
        neurons: n,
        itemNeurons: chosen.codes.itemLength,
        contextNeurons: chosen.codes.contextLength,
        seed,
        encoding,
        beta,
        auto: a,
        hetero: h,
        eta,
        quiescenceThreshold,
      },
      codes: chosen.codes,
      edges: sequenceEdges(p, spec.loop),
      mean: sequenceMean(chosen.codes, layout.positions),
      report,
    },
  };
}

/** Why (a, h, eta) do not give the exact tick of docs/sequences.md; empty when they do. */
/** The bound on |auto| and |hetero| of the language and of the artifact (`network { ... }`, parameters.ts). */
const MAX_STRENGTH = 100;

/**
 * Why strengths derived from a small eta cannot be used, or undefined. h = 1 / eta leaves -100..100 below
 * eta = 0.01, and a network with such strengths could be neither written in a `network { ... }` block nor
 * loaded back from its artifact, so it is refused here with the fix. O(1).
 */
function strengthsOutOfRange(a: number, h: number, eta: number): string | undefined {
  if (Math.abs(a) <= MAX_STRENGTH && Math.abs(h) <= MAX_STRENGTH) return undefined;
  const derived = Math.abs(h) > MAX_STRENGTH ? `hetero = 1/eta = ${formatNumber(h)}` : `auto = ${formatNumber(a)}`;
  return (
    `eta = ${formatNumber(eta)} gives ${derived}, outside the range -${MAX_STRENGTH} to ${MAX_STRENGTH} of auto and hetero; ` +
    `give eta >= ${1 / MAX_STRENGTH}, or give hetero and auto yourself`
  );
}

function scheduleWarnings(a: number, h: number, eta: number): string[] {
  const warnings: string[] = [];
  const ideal = sequenceStrengths(eta);
  if (Math.abs(eta * h - 1) > 1e-9) {
    warnings.push(
      `eta · hetero = ${formatNumber(eta * h)} is not 1 (hetero ${formatNumber(ideal.h)} for eta = ${formatNumber(eta)}): ` +
        'the successor does not arrive at the strength of the cue; exactness is not guaranteed',
    );
  }
  if (Math.abs(eta * a - (eta - 1)) > 1e-9) {
    warnings.push(
      `auto = ${formatNumber(a)} does not cancel what the leak keeps of the current pattern (auto ${formatNumber(ideal.a)} ` +
        `for eta = ${formatNumber(eta)}); exactness is not guaranteed`,
    );
  }
  return warnings;
}

interface Candidate {
  readonly codes: SequenceCodes;
  readonly gaps: SequenceGaps;
  readonly required: number;
  readonly safe: boolean;
}

/** Patterns whose gaps are checked first when searching: a cheap, sufficient reason to reject a size. */
const SAMPLE_COLUMNS = 32;

/**
 * Draws the codes for n neurons and checks the gaps. Half the neurons carry the item code, half the context
 * code (the item part gets the odd one). With `screen`, a sample of patterns is checked first.
 */
function evaluate(
  n: number,
  layout: SequenceLayout,
  encoding: Encoding,
  seed: number,
  gapCheck: SequenceGapCheck,
  screen = false,
): Candidate {
  const itemLength = Math.ceil(n / 2);
  const contextLength = n - itemLength;
  const p = layout.positions.length;
  const codes = drawSequenceCodes(encoding, seed, layout.items.length, itemLength, p, contextLength);
  const required = requiredGap(n, encoding);
  const isSafe = (gaps: SequenceGaps) =>
    (gaps.attend === null || gaps.attend >= required) && (gaps.decode === null || gaps.decode > 0);
  if (screen && p > SAMPLE_COLUMNS) {
    const sample = Int32Array.from({ length: SAMPLE_COLUMNS }, (_, i) => Math.floor((i * p) / SAMPLE_COLUMNS));
    const sampled = sequenceGaps(codes, layout.positions, sample);
    if (!isSafe(sampled)) return { codes, gaps: sampled, required, safe: false };
  }
  const gaps = gapCheck(codes, layout.positions);
  return { codes, gaps, required, safe: isSafe(gaps) };
}

/** Patterns `sequenceLayout` would lay out: the total dwell. O(steps). */
function patternCount(spec: SequenceSpec): number {
  let total = 0;
  for (let step = 0; step < spec.items.length; step++) total += Math.max(1, Math.floor(spec.dwell[step] ?? 1));
  return total;
}

/**
 * Why n neurons are too many for this sequence (its codes would exceed `maxCodeEntries`, or the exact
 * gap check `sequenceGapWork`), or undefined when they fit. Both grow with n. O(1).
 */
function sequenceSizeProblem(n: number, layout: SequenceLayout, encoding: Encoding): string | undefined {
  const p = layout.positions.length;
  const itemLength = Math.ceil(n / 2);
  const contextLength = n - itemLength;
  const entries = layout.items.length * itemLength + p * contextLength;
  const maxEntries = maxCodeEntries(encoding);
  if (entries > maxEntries) {
    return `at neurons = ${n} the codes of ${p} patterns hold ${entries} numbers, more than the limit of ${formatLimit(maxEntries)} for ${encoding} codes`;
  }
  const { work, limit, unit } = sequenceGapWork(p, itemLength, contextLength, encoding);
  if (work > limit) {
    return `at neurons = ${n} the exact gap check of ${p} patterns takes ${work} ${unit}, more than the limit of ${formatLimit(limit)}`;
  }
  return undefined;
}

function largestFittingNeurons(below: number, layout: SequenceLayout, encoding: Encoding): number | undefined {
  if (below < 2 || sequenceSizeProblem(2, layout, encoding) !== undefined) return undefined;
  let lo = 2;
  let hi = below;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sequenceSizeProblem(mid, layout, encoding) === undefined) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function searchNeurons(
  layout: SequenceLayout,
  encoding: Encoding,
  seed: number,
  gapCheck: SequenceGapCheck,
): { kind: 'ok'; candidate: Candidate; tried: number } | { kind: 'none' } | { kind: 'too-large'; problem: string } {
  let tried = 0;
  for (let n = 16; n <= MAX_NEURONS; n = nextNeuronCount(n)) {
    // The accepted size pays for a full check and is at least n: past the limit here, no size is checkable.
    const problem = sequenceSizeProblem(n, layout, encoding);
    if (problem !== undefined) return { kind: 'too-large', problem };
    tried++;
    const candidate = evaluate(n, layout, encoding, seed, gapCheck, true);
    if (candidate.safe) return { kind: 'ok', candidate, tried };
  }
  return { kind: 'none' };
}

function failure(code: SequenceCompileError['code'], message: string): SequenceCompileResult {
  return { kind: 'error', error: { code, message } };
}
