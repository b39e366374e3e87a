import type { Dfa } from '@cdam/automata';
import { capacityContext, decisionGaps, type CapacityFigures } from './capacity.js';
import { drawCodes, type CodeBook, type Encoding, type StateCodeKind } from './codes.js';
import { sampledStateGram, stateGram } from './crosstalk.js';
import {
  MAX_CODE_ENTRIES,
  MAX_GRAM_WORK,
  MAX_XI_ENTRIES,
  automatonCodeEntries,
  formatLimit,
  gramWork,
} from './limits.js';
import { splitNeurons, type NeuronSplit } from './neuron-split.js';
import type { PatternTable } from './patterns.js';
import { withOutputCodes, type NetworkOutputs } from './output-codes.js';
import { createRng } from './random.js';

/** Largest neuron count the language accepts; the search stops there. */
export const MAX_NEURONS = 1_000_000;

/** The smallest worst gap accepted as safe, as a fraction of n times the code variance (1 bipolar, 1/12 uniform). */
export const MIN_GAP_FRACTION = 1 / 16;

/** What a capacity evaluation needs besides the neuron count. */
export interface CapacitySetup {
  readonly dfa: Dfa;
  readonly patterns: PatternTable;
  readonly encoding: Encoding;
  readonly seed: number;
  /** The (a, h) the gaps are computed for. */
  readonly a: number;
  readonly h: number;
  /** A transducer's outputs: every state code ends with its output code (output-codes.ts). */
  readonly outputs?: NetworkOutputs;
  /**
   * Only this kind of bipolar state codes. Without it, each neuron count tries designed codes first and
   * random ones when the designed are not safe (`evaluateNeurons`).
   */
  readonly stateCodes?: StateCodeKind;
}

/** One evaluated neuron count. */
export interface Candidate {
  readonly n: number;
  readonly split: NeuronSplit;
  /** Designed or random state codes (uniform codes are always `random`). */
  readonly stateCodes: StateCodeKind;
  readonly codes: CodeBook;
  readonly figures: CapacityFigures;
  readonly requiredGap: number;
  readonly safe: boolean;
}

/** The safety threshold for the worst gap at n neurons: n · variance / 16. */
export function requiredGap(n: number, encoding: Encoding): number {
  return n * (encoding === 'bipolar' ? 1 : 1 / 12) * MIN_GAP_FRACTION;
}

function isSafe(figures: CapacityFigures, n: number, encoding: Encoding): boolean {
  const { worst, decode } = figures.gaps;
  return (worst === null || worst >= requiredGap(n, encoding)) && (decode === null || decode > 0);
}

/** The kinds of state codes tried at every neuron count, in order. */
function kindsToTry(setup: CapacitySetup): readonly StateCodeKind[] {
  if (setup.encoding !== 'bipolar') return ['random'];
  return setup.stateCodes ? [setup.stateCodes] : ['designed', 'random'];
}

/**
 * Makes the codes for n neurons and computes the exact figures over all state pairs: designed bipolar
 * state codes, or random ones when the designed are not safe (see `CapacitySetup.stateCodes`); the
 * unsafe designed candidate when neither is. `undefined` when n cannot be split (too few neurons for one
 * input granule). O(states² · n_s / 32) per kind tried.
 */
export function evaluateNeurons(n: number, setup: CapacitySetup): Candidate | undefined {
  return evaluateKinds(n, setup, false);
}

function evaluateKinds(n: number, setup: CapacitySetup, stopEarly: boolean): Candidate | undefined {
  let first: Candidate | undefined;
  for (const kind of kindsToTry(setup)) {
    const candidate = evaluate(n, setup, stopEarly, kind);
    if (candidate?.safe) return candidate;
    first ??= candidate;
  }
  return first;
}

/** The split of n neurons for `kind` state codes. */
function splitFor(n: number, setup: CapacitySetup, kind: StateCodeKind): NeuronSplit | undefined {
  const { dfa, encoding, a, h, outputs } = setup;
  return splitNeurons(n, dfa.states.length, dfa.alphabet.length + 1, encoding, a, h, kind, outputs?.length ?? 0);
}

function evaluate(n: number, setup: CapacitySetup, stopEarly: boolean, kind: StateCodeKind): Candidate | undefined {
  const { dfa, patterns, encoding, seed, a, h } = setup;
  const stateCount = dfa.states.length;
  const inputCount = dfa.alphabet.length + 1;
  const split = splitFor(n, setup, kind);
  if (!split) return undefined;
  const outputLength = setup.outputs?.length ?? 0;
  const designed =
    kind === 'designed' && split.stateNeurons > outputLength
      ? { length: split.stateNeurons - outputLength, delta: dfa.delta }
      : undefined;
  const drawn = drawCodes(encoding, seed, stateCount, split.stateNeurons, inputCount, split.inputNeurons, designed);
  const codes = setup.outputs ? withOutputCodes(drawn, setup.outputs) : drawn;
  if (!codes) return undefined;
  const context = capacityContext(codes, patterns, dfa, a, h);
  const needed = requiredGap(n, encoding);
  const stateCodes: StateCodeKind = designed ? 'designed' : 'random';
  const fail = (figures: CapacityFigures): Candidate => ({
    n,
    split,
    stateCodes,
    codes,
    figures,
    requiredGap: needed,
    safe: false,
  });
  if (stopEarly) {
    // A partial Gram can only overstate the gaps, so failing on a sample is final (capacity.ts).
    const totalPairs = (stateCount * (stateCount - 1)) / 2;
    const samplePairs = Math.min(totalPairs, 8192 + 4 * stateCount);
    if (samplePairs < totalPairs) {
      const sampled = decisionGaps(context, sampledStateGram(codes, samplePairs, createRng(seed, 'crosstalk-sample')));
      if (!isSafe(sampled, n, encoding)) return fail(sampled);
    }
  }
  let failed: CapacityFigures | undefined;
  const gram = stateGram(codes, (partial) => {
    if (!stopEarly) return false;
    const figures = decisionGaps(context, partial);
    if (isSafe(figures, n, encoding)) return false;
    failed = figures;
    return true;
  });
  if (failed) return fail(failed);
  const figures = decisionGaps(context, gram);
  return { n, split, stateCodes, codes, figures, requiredGap: needed, safe: isSafe(figures, n, encoding) };
}

/**
 * Why n neurons are too many to build or check for this automaton (the codes would exceed
 * `MAX_CODE_ENTRIES`, Xi `MAX_XI_ENTRIES`, or the exact crosstalk scan `MAX_GRAM_WORK`), or undefined
 * when they fit. Both
 * figures grow with n, so a count that fails here fails for every larger one. O(n / input granularity).
 */
export function sizeProblem(n: number, setup: CapacitySetup): string | undefined {
  const { dfa, encoding } = setup;
  const stateCount = dfa.states.length;
  const inputCount = dfa.alphabet.length + 1;
  // The largest state part any kind tried would use.
  let split: NeuronSplit | undefined;
  for (const kind of kindsToTry(setup)) {
    const s = splitFor(n, setup, kind);
    if (s && (!split || s.stateNeurons > split.stateNeurons)) split = s;
  }
  if (!split) return undefined;
  const entries = automatonCodeEntries(stateCount, split.stateNeurons, inputCount, split.inputNeurons);
  if (entries > MAX_CODE_ENTRIES) {
    return `at neurons = ${n} the codes of ${stateCount} states and ${inputCount} input codes hold ${entries} numbers, more than the limit of ${formatLimit(MAX_CODE_ENTRIES)}`;
  }
  const xiEntries = n * setup.patterns.count;
  if (xiEntries > MAX_XI_ENTRIES) {
    return `at neurons = ${n} the ${setup.patterns.count} patterns make a matrix Xi of ${xiEntries} entries, more than the limit of ${formatLimit(MAX_XI_ENTRIES)}`;
  }
  const work = gramWork(stateCount, split.stateNeurons, encoding);
  if (work > MAX_GRAM_WORK) {
    return `at neurons = ${n} the exact capacity check compares all ${(stateCount * (stateCount - 1)) / 2} pairs of ${stateCount} state codes (${work} units of work), more than the limit of ${formatLimit(MAX_GRAM_WORK)}`;
  }
  return undefined;
}

/** The largest neuron count up to `below` that `sizeProblem` accepts, or undefined when none from 16 does. */
export function largestFittingNeurons(below: number, setup: CapacitySetup): number | undefined {
  if (below < 16 || sizeProblem(16, setup) !== undefined) return undefined;
  let lo = 16;
  let hi = below;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sizeProblem(mid, setup) === undefined) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The candidate neuron counts, in order: steps of 16 below 512, 32 below 1024, then ~1/16 of n. */
export function nextNeuronCount(n: number): number {
  const step = Math.max(16, 2 ** (Math.floor(Math.log2(n)) - 4));
  return n + step;
}

/**
 * Searches upwards from 16 neurons for the smallest safe count on the grid of `nextNeuronCount`, with
 * the same seed derivation at every size; at each count designed state codes first, then random ones. Rejections use a sampled Gram first, then the full Gram
 * with early exit, so only the accepted size pays for a complete scan. Stops with `too-large` at the
 * first count whose codes or scan exceed the limits of `sizeProblem`.
 */
export function searchNeurons(
  setup: CapacitySetup,
):
  | { kind: 'ok'; candidate: Candidate; tried: number }
  | { kind: 'none'; limit: number }
  | { kind: 'too-large'; neurons: number; problem: string } {
  let tried = 0;
  for (let n = 16; n <= MAX_NEURONS; n = nextNeuronCount(n)) {
    // The accepted size pays for a full scan, and it is at least n: past the limit here, no size is checkable.
    const problem = sizeProblem(n, setup);
    if (problem !== undefined) return { kind: 'too-large', neurons: n, problem };
    const candidate = evaluateKinds(n, setup, true);
    if (!candidate) continue;
    tried++;
    if (candidate.safe) return { kind: 'ok', candidate, tried };
  }
  return { kind: 'none', limit: MAX_NEURONS };
}
