import type { Dfa } from '@cdam/automata';
import { createRng } from '@cdam/compiler';
import type { Network } from '../network.js';
import { BatchStepper } from './batch-stepper.js';
import { CoverageTracker } from './coverage.js';
import { checkExhaustive, defaultDepth, DEFAULT_EXHAUSTIVE_WORDS, wordCount } from './exhaustive.js';
import { expectedDfa, expectedOutputs, MismatchLog, sameDfa, StepComparison } from './expected.js';
import { MarginStats, marginWarning } from './margins.js';
import { randomWords } from './random-words.js';
import type { Mismatch, VerifyProgress, VerifyReport } from './report.js';
import { DEFAULT_NOISE_LEVELS, noiseTable } from './robustness.js';
import { exploreStateClosure, type StateClosure } from './state-closure.js';
import { checkWords } from './word-check.js';

/** Options of `verifyNetwork`; every field has a default. */
export interface VerifyOptions {
  /** Exhaustive depth K: every word of length 0..K (default: the largest K with at most `maxWords` words). */
  readonly depth?: number;
  /** Word budget for the default depth (default 100 000). */
  readonly maxWords?: number;
  /** Random words (default 1000). */
  readonly samples?: number;
  /** Longest random word (default 200). */
  readonly maxLength?: number;
  /** Seed of the word and noise streams (default: the network's seed). */
  readonly seed?: number;
  /** Noise levels of the robustness table (default 0, 0.1, ..., 0.5). */
  readonly noiseLevels?: readonly number[];
  /** Words in the robustness sample (default 100). */
  readonly robustnessWords?: number;
  /** Longest word of the robustness sample (default 50). */
  readonly robustnessLength?: number;
  /** Columns stepped together (default: about 4M numbers of scratch, at most 256, like `runBatch`). */
  readonly batchSize?: number;
  /** The automaton to compare with (default: derived from the network's source spec, see `expectedDfa`). */
  readonly expected?: Dfa;
  /** Run the state-closure proof first (default true). */
  readonly closure?: boolean;
  /** Budget of distinct network states for the state-closure proof (default: `defaultClosureBudget(n)`). */
  readonly closureStates?: number;
  /** Called as the checks advance (for a progress bar). */
  readonly onProgress?: (progress: VerifyProgress) => void;
}

export type VerifyResult =
  { readonly kind: 'ok'; readonly report: VerifyReport } | { readonly kind: 'error'; readonly message: string };

/** Streams of `createRng(seed, purpose)` used by `verifyNetwork`. */
export const VERIFY_STREAM = 'verify';
export const ROBUSTNESS_STREAM = 'verify-robustness';

/**
 * Verifies that a network is its automaton. (0) State closure: breadth-first over the network's distinct
 * state vectors; when that graph closes, every word of every length has been checked (a proof for this
 * network, see `exploreStateClosure`). (1) Exhaustive: every word up to the depth, sharing prefixes;
 * (2) random: seeded words up to `maxLength`, half of them steered into rarely used transitions; both
 * compare the decoded state after every input (and so the verdict) with the automaton's. (3) Margins of
 * every decoded input. (4) Robustness: accuracy on a fixed sample under each noise level (noise never
 * counts as a mismatch). The automaton is derived from the network's source, independently of the
 * compiler. Deterministic for a given network and options. Cost: O((words checked + inputs) · K · kernel).
 */
export function verifyNetwork(network: Network, options: VerifyOptions = {}): VerifyResult {
  const compiled = network.compiled;
  const expected = options.expected ?? expectedDfa(compiled.source.spec, Math.max(100_000, compiled.dfa.states.length));
  if (expected === undefined) {
    return { kind: 'error', message: `cannot determinise '${compiled.name}' within the state limit` };
  }
  const seed = options.seed ?? compiled.params.seed;
  const comparison = new StepComparison(expected, compiled, expectedOutputs(compiled.source.spec, expected));
  const symbols = expected.alphabet.map((_, s) => s).filter((s) => comparison.symbolInNetwork[s] >= 0);
  const depth = options.depth ?? defaultDepth(symbols.length, options.maxWords ?? DEFAULT_EXHAUSTIVE_WORDS);
  const samples = options.samples ?? 1000;
  const levels = options.noiseLevels ?? DEFAULT_NOISE_LEVELS;
  const robustnessCount = options.robustnessWords ?? 100;
  const { n, p } = network;
  const capacity = options.batchSize ?? Math.max(1, Math.min(256, Math.floor(4_000_000 / (2 * p + 2 * n))));
  const stepper = new BatchStepper(network, capacity);
  const margins = new MarginStats();
  const log = new MismatchLog();
  const coverage = new CoverageTracker(expected);
  const exhaustiveTotal = wordCount(symbols.length, depth);
  const total = exhaustiveTotal + samples + robustnessCount * new Set(levels).size;
  const progress = (phase: VerifyProgress['phase'], done: number) => options.onProgress?.({ phase, done, total });

  for (const missing of expected.alphabet.filter((_, s) => comparison.symbolInNetwork[s] < 0)) {
    log.failingWords++;
    log.add(unknownSymbol(expected, missing));
  }

  const closure: StateClosure =
    options.closure === false
      ? { closed: false, networkStates: 0, depth: 0, transitionsChecked: 0, stoppedBecause: 'not run' }
      : exploreStateClosure(network, expected, comparison, {
          ...(options.closureStates !== undefined ? { maxStates: options.closureStates } : {}),
        });
  if (closure.mismatch) {
    log.failingWords++;
    log.add(closure.mismatch);
  }

  const exhaustive = checkExhaustive(
    {
      stepper,
      comparison,
      margins,
      log,
      coverage,
      symbols,
      onProgress: (done) => progress('exhaustive', done),
    },
    depth,
  );

  const words = randomWords(expected, createRng(seed, VERIFY_STREAM), {
    count: samples,
    maxLength: options.maxLength ?? 200,
    symbols,
  });
  const threshold = compiled.params.quiescenceThreshold;
  const logged = new Set<number>();
  const failures = checkWords(stepper, comparison, words, {
    onStep: (w, t, decoded, q, agrees) => {
      margins.add(decoded.margin, decoded.best - threshold, () => ({
        word: words[w].slice(0, t + 1).map((s) => expected.alphabet[s]),
        atInput: t,
      }));
      if (!agrees && !logged.has(w)) {
        logged.add(w);
        log.add(comparison.mismatch(words[w].slice(0, t + 1), decoded, q, 'random'));
      }
    },
    onProgress: (done) => progress('random', exhaustiveTotal + done),
  });
  for (const f of failures) if (f >= 0) log.failingWords++;
  for (const word of words) {
    let q = expected.start;
    for (const s of word) {
      coverage.take(q, s);
      q = expected.delta[q][s];
    }
  }

  const robustnessRng = createRng(seed, ROBUSTNESS_STREAM);
  const sample = randomWords(expected, robustnessRng, {
    count: robustnessCount,
    maxLength: options.robustnessLength ?? 50,
    symbols,
  });
  const noiseSeeds = sample.map(() => robustnessRng.nextUint32());
  const noise = noiseTable(stepper, comparison, sample, levels, noiseSeeds, (done) =>
    progress('robustness', exhaustiveTotal + samples + done),
  );

  const summary = margins.summary();
  return {
    kind: 'ok',
    report: {
      automaton: compiled.name,
      states: expected.states.length,
      symbols: expected.alphabet.length,
      neurons: n,
      patterns: p,
      exhaustiveDepth: exhaustive.depth,
      exhaustiveWords: exhaustive.words,
      randomWords: words.length,
      wordsChecked: exhaustive.words + words.length,
      inputsSimulated: exhaustive.inputs + words.reduce((sum, w) => sum + w.length, 0),
      failingWords: log.failingWords,
      mismatches: log.sorted(),
      minMargin: summary.min,
      margins: summary,
      marginWarning: marginWarning(summary),
      noise,
      coverage: coverage.summary(),
      closure: {
        closed: closure.closed,
        networkStates: closure.networkStates,
        depth: closure.depth,
        transitionsChecked: closure.transitionsChecked,
        stoppedBecause: closure.stoppedBecause ?? null,
      },
      dfaMatchesSource: sameDfa(expected, compiled.dfa),
      seed,
      ...(comparison.expectedOutputs ? { outputsChecked: true } : {}),
    },
  };
}

/** A symbol of the automaton that the network cannot read: its one-symbol word already fails. */
function unknownSymbol(expected: Dfa, symbol: string): Mismatch {
  const q = expected.delta[expected.start][expected.alphabet.indexOf(symbol)];
  return {
    word: [symbol],
    atInput: 0,
    expected: expected.states[q],
    got: null,
    expectedVerdict: expected.accepting.has(q) ? 'accept' : 'reject',
    gotVerdict: 'reject',
    correlations: [],
    phase: 'exhaustive',
  };
}
