import type { Dfa } from '@cdam/automata';
import { createRng } from '@cdam/compiler';
import type { Network } from '../network.js';
import { BatchStepper } from './batch-stepper.js';
import { driveJobs, runJob, type Job, type NoiseOutcome, type Outcome, type WordsOutcome } from './jobs.js';
import { CoverageTracker } from './coverage.js';
import { defaultDepth, DEFAULT_EXHAUSTIVE_WORDS, exhaustiveSteps, wordCount } from './exhaustive.js';
import { expectedDfa, MismatchLog, sameDfa, StepComparison } from './expected.js';
import { MarginStats, marginWarning } from './margins.js';
import { randomWords } from './random-words.js';
import type { Mismatch, NoiseRow, PhaseStatus, VerifyProgress, VerifyReport } from './report.js';
import { DEFAULT_NOISE_LEVELS } from './robustness.js';
import { closureSteps, defaultBatchSize, defaultClosureBudget, type StateClosure } from './state-closure.js';

/** Whether a checking phase runs: always, never, or only when the state closure did not prove the network. */
export type PhaseChoice = boolean | 'unless-proved';

/** Options of `verifyNetwork`; every field has a default. */
export interface VerifyOptions {
  /** Exhaustive depth K: every word of length 0..K (default: the largest K within `maxInputs`). */
  readonly depth?: number;
  /** Work budget of the default depth, in inputs simulated (default 100 000; see `defaultDepth`). */
  readonly maxInputs?: number;
  /** Word budget for the default depth; an older form of `maxInputs` (words = inputs + 1). */
  readonly maxWords?: number;
  /** Random words (default 1000). */
  readonly samples?: number;
  /** Longest random word (default 200). */
  readonly maxLength?: number;
  /** Seed of the word and noise streams (default: the network's seed). */
  readonly seed?: number;
  /** Noise levels of the robustness table (default 0, 0.1, ..., 0.5); none: no table. */
  readonly noiseLevels?: readonly number[];
  /** Words in the robustness sample (default 100), as far as `noiseInputs` allows. */
  readonly robustnessWords?: number;
  /** Longest word of the robustness sample (default 50). */
  readonly robustnessLength?: number;
  /** Work budget of the robustness table, in inputs over all levels (default: `defaultNoiseInputs(n, p)`). */
  readonly noiseInputs?: number;
  /** Columns stepped together (default: about 4M numbers of scratch, at most 256, like `runBatch`). */
  readonly batchSize?: number;
  /** The automaton to compare with (default: derived from the network's source spec, see `expectedDfa`). */
  readonly expected?: Dfa;
  /** Run the state-closure proof first (default true). */
  readonly closure?: boolean;
  /** Budget of distinct network states for the state-closure proof (default: `defaultClosureBudget(n)`). */
  readonly closureStates?: number;
  /** Work budget of the state-closure proof, in inputs (default: `defaultClosureInputs(n, p, states × symbols)`). */
  readonly closureInputs?: number;
  /** The exhaustive phase (default `'unless-proved'`: skipped when the state closure closed). */
  readonly exhaustive?: PhaseChoice;
  /** The random phase (default `'unless-proved'`). */
  readonly random?: PhaseChoice;
  /** Called as the checks advance (for a progress bar); `done` and `total` count inputs. */
  readonly onProgress?: (progress: VerifyProgress) => void;
}

export type VerifyResult =
  { readonly kind: 'ok'; readonly report: VerifyReport } | { readonly kind: 'error'; readonly message: string };

/** Streams of `createRng(seed, purpose)` used by `verifyNetwork`. */
export const VERIFY_STREAM = 'verify';
export const ROBUSTNESS_STREAM = 'verify-robustness';

/** The default work budget of the exhaustive depth, in inputs. */
export const DEFAULT_EXHAUSTIVE_INPUTS = DEFAULT_EXHAUSTIVE_WORDS - 1;

/**
 * The default work budget of the state-closure proof in inputs: 2 million, fewer for networks with more than
 * 25 000 neuron-patterns (n · p, which bounds the work of one input): 5 · 10^10 neuron-pattern inputs, so a
 * proof that does not close gives up after a bounded time whatever the network's size. A network that is its
 * automaton closes after one step per reachable state and symbol, so the budget is raised to twice
 * `automatonSteps` (the automaton's states × symbols) where that fits in ten times the work (5 · 10^11).
 */
export function defaultClosureInputs(n: number, p: number, automatonSteps = 0): number {
  const work = Math.max(1, n * p);
  const enough = Math.min(2 * automatonSteps, Math.floor(5e11 / work));
  return Math.max(1, Math.min(2_000_000, Math.max(Math.floor(5e10 / work), enough)));
}

/**
 * The default work budget of the robustness table in inputs, over all noise levels: 20 000 (more than the
 * default sample of 100 words up to length 50 at 6 levels needs), fewer for networks with more than 100 000
 * neuron-patterns: 2 · 10^9 neuron-pattern inputs, so a huge network's table stays seconds long.
 */
export function defaultNoiseInputs(n: number, p: number): number {
  return Math.max(0, Math.min(20_000, Math.floor(2e9 / Math.max(1, n * p))));
}

/**
 * Verifies that a network is its automaton. (0) State closure: breadth-first over the network's distinct
 * state vectors; when that graph closes, every word of every length has been checked (a proof for this
 * network, see `exploreStateClosure`), and by default the next two phases are skipped. (1) Exhaustive:
 * every word up to the depth, sharing prefixes; (2) random: seeded words up to `maxLength`, half of them
 * steered into rarely used transitions; all three compare the decoded state after every input (and so the
 * verdict) with the automaton's. (3) Margins of every decoded input. (4) Robustness: accuracy on a fixed
 * sample under each noise level, within its work budget (noise never counts as a mismatch). The automaton
 * is derived from the network's source, independently of the compiler. Deterministic for a given network
 * and options. Cost: O(inputs · K · kernel); every phase is bounded by a budget of inputs.
 */
export function verifyNetwork(network: Network, options: VerifyOptions = {}): VerifyResult {
  const setup = prepareVerify(network, options);
  if (setup.kind === 'error') return setup;
  const { stepper, comparison } = setup;
  return driveJobs(verifySteps(setup, options, 1), (job) => runJob(stepper, comparison, job));
}

/** What every verification of one network needs before it starts: the expected DFA, its comparison, a stepper. */
export interface VerifySetup {
  readonly kind: 'ok';
  readonly expected: Dfa;
  readonly comparison: StepComparison;
  readonly stepper: BatchStepper;
}

/** The expected DFA (or why there is none), the comparison and the stepper of a verification. */
export function prepareVerify(
  network: Network,
  options: VerifyOptions,
): VerifySetup | { readonly kind: 'error'; readonly message: string } {
  const compiled = network.compiled;
  const expected = options.expected ?? expectedDfa(compiled.source.spec, Math.max(100_000, compiled.dfa.states.length));
  if (expected === undefined) {
    return { kind: 'error', message: `cannot determinise '${compiled.name}' within the state limit` };
  }
  const stepper = new BatchStepper(network, options.batchSize ?? defaultBatchSize(network.n, network.p));
  return { kind: 'ok', expected, comparison: new StepComparison(expected, compiled), stepper };
}

/**
 * `verifyNetwork` as a generator of jobs (closure and exhaustive steps, random words, noisy words; see `Job`) for a
 * driver to run on this thread or in `parallelism` workers: each job is at most `parallelism` batches, so
 * the driver can give every worker one. Whatever the driver, the report is the same.
 */
export function* verifySteps(
  setup: VerifySetup,
  options: VerifyOptions,
  parallelism: number,
): Generator<Job, VerifyResult, Outcome> {
  const { expected, comparison, stepper } = setup;
  const network = stepper.network;
  const compiled = network.compiled;
  const seed = options.seed ?? compiled.params.seed;
  const chunk = stepper.capacity * Math.max(1, parallelism);
  const symbols = expected.alphabet.map((_, s) => s).filter((s) => comparison.symbolInNetwork[s] >= 0);
  const maxWords = options.maxWords ?? (options.maxInputs ?? DEFAULT_EXHAUSTIVE_INPUTS) + 1;
  const depth = options.depth ?? defaultDepth(symbols.length, maxWords);
  const samples = options.samples ?? 1000;
  const maxLength = options.maxLength ?? 200;
  const levels = [...new Set(options.noiseLevels ?? DEFAULT_NOISE_LEVELS)].sort((x, y) => x - y);
  const robustnessCount = options.robustnessWords ?? 100;
  const { n, p } = network;
  const margins = new MarginStats();
  const log = new MismatchLog();
  const coverage = new CoverageTracker(expected);
  const runClosure = options.closure !== false;
  const closureInputs = options.closureInputs ?? defaultClosureInputs(n, p, expected.states.length * symbols.length);
  const closureStates = options.closureStates ?? defaultClosureBudget(n);
  const noiseBudget = options.noiseInputs ?? defaultNoiseInputs(n, p);

  // Planned work of each phase in inputs, for the progress total; replaced by the real figure once known
  // (the closure's starts as one pair per automaton state and grows with the pairs it finds). Phases that
  // run only without a proof count once the closure has ended without one.
  const planned = {
    closure: runClosure ? Math.min(closureInputs, closureStates, expected.states.length) * symbols.length : 0,
    exhaustive: planFor(options.exhaustive, runClosure, wordCount(symbols.length, depth) - 1),
    random: planFor(options.random, runClosure, Math.round((samples * (maxLength + 1)) / 2)),
    robustness: levels.length === 0 ? 0 : Math.min(noiseBudget, (levels.length * robustnessCount * 51) / 2),
  };
  let finished = 0;
  const total = () => planned.closure + planned.exhaustive + planned.random + planned.robustness;
  let last: VerifyProgress | undefined;
  const progress = (phase: VerifyProgress['phase'], done: number) => {
    last = { phase, done: finished + done, total: total() };
    options.onProgress?.(last);
  };

  for (const missing of expected.alphabet.filter((_, s) => comparison.symbolInNetwork[s] < 0)) {
    log.failingWords++;
    log.add(unknownSymbol(expected, missing));
  }

  const closure: StateClosure = runClosure
    ? yield* closureSteps(stepper, expected, comparison, {
        chunk,
        maxStates: closureStates,
        maxInputs: closureInputs,
        margins,
        coverage,
        onProgress: (done, pending) => {
          planned.closure = Math.min(closureInputs, Math.max(planned.closure, done + pending));
          progress('closure', done);
        },
      })
    : {
        closed: false,
        networkStates: 0,
        depth: 0,
        checkedLength: -1,
        transitionsChecked: 0,
        stoppedBecause: 'not run',
      };
  if (closure.mismatch) {
    log.failingWords++;
    log.add(closure.mismatch);
  }
  const proved = closure.closed && log.failingWords === 0;
  const runs = (choice: PhaseChoice | undefined) => choice === true || (choice !== false && !proved);
  const phaseStatus = (choice: PhaseChoice | undefined): PhaseStatus =>
    runs(choice) ? 'run' : choice === false ? 'off' : 'proved';
  finished += closure.transitionsChecked;
  planned.closure = closure.transitionsChecked;
  planned.exhaustive = runs(options.exhaustive) ? wordCount(symbols.length, depth) - 1 : 0;
  planned.random = runs(options.random) ? Math.round((samples * (maxLength + 1)) / 2) : 0;

  const exhaustive = runs(options.exhaustive)
    ? yield* exhaustiveSteps(
        {
          stepper,
          comparison,
          margins,
          log,
          coverage,
          symbols,
          onProgress: (done) => progress('exhaustive', done - 1),
        },
        depth,
        chunk,
      )
    : { depth: 0, words: 0, inputs: 0 };
  finished += exhaustive.inputs;
  planned.exhaustive = exhaustive.inputs;

  const words = runs(options.random)
    ? randomWords(expected, createRng(seed, VERIFY_STREAM), { count: samples, maxLength, symbols })
    : [];
  const randomInputs = words.reduce((sum, w) => sum + w.length, 0);
  planned.random = randomInputs;
  const threshold = compiled.params.quiescenceThreshold;
  let randomDone = 0;
  for (let first = 0; first < words.length; first += chunk) {
    const part = words.slice(first, first + chunk);
    const outcome = (yield { kind: 'words', words: part }) as WordsOutcome;
    let next = 0;
    for (let i = 0; i < outcome.stepWord.length; i++) {
      const w = first + outcome.stepWord[i];
      const t = outcome.stepInput[i];
      margins.add(outcome.margin[i], outcome.best[i] - threshold, () => ({
        word: words[w].slice(0, t + 1).map((s) => expected.alphabet[s]),
        atInput: t,
      }));
      const failed = outcome.mismatches[next];
      if (failed !== undefined && failed.word === outcome.stepWord[i] && outcome.firstFailure[failed.word] === t) {
        log.add(failed.mismatch);
        next++;
      }
    }
    for (const f of outcome.firstFailure) if (f >= 0) log.failingWords++;
    randomDone += outcome.stepWord.length;
    progress('random', randomDone);
  }
  for (const word of words) {
    let q = expected.start;
    for (const s of word) {
      coverage.take(q, s);
      q = expected.delta[q][s];
    }
  }
  finished += randomInputs;

  const robustnessRng = createRng(seed, ROBUSTNESS_STREAM);
  const drawn = randomWords(expected, robustnessRng, {
    count: levels.length === 0 ? 0 : robustnessCount,
    maxLength: options.robustnessLength ?? 50,
    symbols,
  });
  const noiseSeeds = drawn.map(() => robustnessRng.nextUint32());
  const sample = withinBudget(drawn, Math.floor(noiseBudget / Math.max(1, levels.length)));
  planned.robustness = levels.length * sample.reduce((sum, w) => sum + w.length, 0);
  const noise: NoiseRow[] = [];
  const perLevel = sample.reduce((sum, w) => sum + w.length, 0);
  for (let l = 0; sample.length > 0 && l < levels.length; l++) {
    let correct = 0;
    let levelDone = 0;
    for (let first = 0; first < sample.length; first += chunk) {
      const words = sample.slice(first, first + chunk);
      const seeds = noiseSeeds.slice(first, first + chunk);
      const outcome = (yield { kind: 'noise', words, level: levels[l], seeds }) as NoiseOutcome;
      for (const failed of outcome.failed) if (!failed) correct++;
      levelDone += words.reduce((sum, w) => sum + w.length, 0);
      progress('robustness', l * perLevel + levelDone);
    }
    noise.push({ level: levels[l], accuracy: correct / sample.length, words: sample.length });
  }
  finished += planned.robustness;
  // The last report reaches the total, which skipped and shortened phases have lowered.
  if (last !== undefined && (last.done !== finished || last.total !== finished)) {
    options.onProgress?.({ phase: last.phase, done: finished, total: finished });
  }

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
      inputsSimulated: exhaustive.inputs + randomInputs,
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
        checkedLength: Number.isFinite(closure.checkedLength) ? closure.checkedLength : null,
      },
      proved,
      phases: {
        closure: runClosure ? 'run' : 'off',
        exhaustive: phaseStatus(options.exhaustive),
        random: phaseStatus(options.random),
        robustness: levels.length === 0 ? 'off' : 'run',
      },
      work: {
        closure: closure.transitionsChecked,
        exhaustive: exhaustive.inputs,
        random: randomInputs,
        robustness: planned.robustness,
      },
      robustnessBudget: { inputs: noiseBudget, wordsDrawn: drawn.length, wordsUsed: sample.length },
      dfaMatchesSource: sameDfa(expected, compiled.dfa),
      seed,
      ...(comparison.expectedOutputs ? { outputsChecked: true } : {}),
    },
  };
}

/** The planned inputs of a phase before the closure ends: none when it may be skipped after a proof. */
function planFor(choice: PhaseChoice | undefined, closure: boolean, inputs: number): number {
  return choice === false || (choice !== true && closure) ? 0 : inputs;
}

/** The longest prefix of `words` whose lengths add up to at most `budget` inputs. O(words). */
function withinBudget(words: readonly number[][], budget: number): number[][] {
  let used = 0;
  let count = 0;
  while (count < words.length && used + words[count].length <= budget) used += words[count++].length;
  return words.slice(0, count);
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
