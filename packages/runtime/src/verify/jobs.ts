import type { Decoded } from '../decode.js';
import type { BatchStepper } from './batch-stepper.js';
import type { StepComparison } from './expected.js';
import type { Mismatch } from './report.js';
import { checkWords } from './word-check.js';

/**
 * The independent pieces of work of a verification, as plain data: the same job gives the same result on
 * the main thread or in a worker (each column of a `BatchStepper` gets exactly the arithmetic of
 * `Network.run`, whatever else is in the batch), so a verification can hand them to worker threads and
 * still give the report of a single-threaded run.
 */
export type Job = StepJob | WordsJob | NoiseJob;

/**
 * One input from each of `count` saved network states (a level of the state closure): column j starts from
 * `from[j · n ..< (j + 1) · n]`, reads expected-DFA symbol `symbols[j]` and should decode as expected
 * state `targets[j]`. At most the stepper's capacity columns.
 */
export interface StepJob {
  readonly kind: 'step';
  readonly from: Float64Array;
  readonly symbols: Int32Array;
  readonly targets: Int32Array;
}

/** The network state after each column's input and what it decodes as; a disagreeing column's decoding in full. */
export interface StepOutcome {
  readonly kind: 'step';
  /** The states after the input, column-major (count · n). */
  readonly x: Float64Array;
  readonly margin: Float64Array;
  /** Best correlation (the headroom is best minus the quiescence threshold). */
  readonly best: Float64Array;
  /** The columns that disagree with their target, with their decoding (for the mismatch report). */
  readonly disagreements: readonly { readonly column: number; readonly decoded: Decoded }[];
}

/** Whole words (expected-DFA symbol indices) run from the start state, as the random phase runs them. */
export interface WordsJob {
  readonly kind: 'words';
  readonly words: readonly (readonly number[])[];
}

/**
 * Every decoded input of the words, in the order `checkWords` decodes them (batch by batch, input by
 * input, longest word first), and the first mismatch of each failing word.
 */
export interface WordsOutcome {
  readonly kind: 'words';
  /** Per word, the first input after which it disagreed, or -1. */
  readonly firstFailure: Int32Array;
  /** Per decoded input: the word (index in the job), the input index, the margin and the best correlation. */
  readonly stepWord: Int32Array;
  readonly stepInput: Int32Array;
  readonly margin: Float64Array;
  readonly best: Float64Array;
  /** Per failing word, its shortest failing prefix. */
  readonly mismatches: readonly { readonly word: number; readonly mismatch: Mismatch }[];
}

/** Words under one noise level, word i with noise seed `seeds[i]` (see `noiseTable`). */
export interface NoiseJob {
  readonly kind: 'noise';
  readonly words: readonly (readonly number[])[];
  readonly level: number;
  readonly seeds: readonly number[];
}

export interface NoiseOutcome {
  readonly kind: 'noise';
  /** Per word, 1 when some decoded state differed. */
  readonly failed: Uint8Array;
}

export type Outcome = StepOutcome | WordsOutcome | NoiseOutcome;

/** Outcome of a job of kind K. */
export type OutcomeOf<J extends Job> = J extends StepJob
  ? StepOutcome
  : J extends WordsJob
    ? WordsOutcome
    : NoiseOutcome;

/** Runs a job on `stepper`. O(inputs · (K iterations + decoding)). */
export function runJob(stepper: BatchStepper, comparison: StepComparison, job: Job): Outcome {
  switch (job.kind) {
    case 'step':
      return runSteps(stepper, comparison, job);
    case 'words':
      return runWords(stepper, comparison, job);
    case 'noise': {
      const failures = checkWords(stepper, comparison, job.words, {
        noise: { fraction: job.level, seedOf: (w) => job.seeds[w] },
      });
      return { kind: 'noise', failed: Uint8Array.from(failures, (f) => (f >= 0 ? 1 : 0)) };
    }
  }
}

function runSteps(stepper: BatchStepper, comparison: StepComparison, job: StepJob): StepOutcome {
  const n = stepper.network.n;
  const count = job.symbols.length;
  if (count > stepper.capacity) throw new RangeError(`a step job of ${count} columns exceeds ${stepper.capacity}`);
  for (let b = 0; b < count; b++) {
    stepper.load(b, job.from, b);
    stepper.present(b, comparison.symbolInNetwork[job.symbols[b]]);
  }
  stepper.settle(count);
  const margin = new Float64Array(count);
  const best = new Float64Array(count);
  const disagreements: { column: number; decoded: Decoded }[] = [];
  for (let b = 0; b < count; b++) {
    const decoded = stepper.decode(b, new Float64Array(comparison.network.dfa.states.length));
    margin[b] = decoded.margin;
    best[b] = decoded.best;
    if (!comparison.agrees(decoded, job.targets[b], stepper.x, b * n)) disagreements.push({ column: b, decoded });
  }
  return { kind: 'step', x: stepper.x.slice(0, count * n), margin, best, disagreements };
}

function runWords(stepper: BatchStepper, comparison: StepComparison, job: WordsJob): WordsOutcome {
  const { words } = job;
  const total = words.reduce((sum, w) => sum + w.length, 0);
  const stepWord = new Int32Array(total);
  const stepInput = new Int32Array(total);
  const margin = new Float64Array(total);
  const best = new Float64Array(total);
  const mismatches: { word: number; mismatch: Mismatch }[] = [];
  const logged = new Uint8Array(words.length);
  let at = 0;
  const firstFailure = checkWords(stepper, comparison, words, {
    onStep: (w, t, decoded, q, agrees, x, offset) => {
      stepWord[at] = w;
      stepInput[at] = t;
      margin[at] = decoded.margin;
      best[at] = decoded.best;
      at++;
      if (!agrees && !logged[w]) {
        logged[w] = 1;
        const word = words[w].slice(0, t + 1);
        mismatches.push({ word: w, mismatch: comparison.mismatch(word, decoded, q, 'random', x, offset) });
      }
    },
  });
  return { kind: 'words', firstFailure, stepWord, stepInput, margin, best, mismatches };
}

/** Runs the jobs a generator yields, one by one, on this thread, and returns what the generator returns. */
export function driveJobs<R>(steps: Generator<Job, R, Outcome>, run: (job: Job) => Outcome): R {
  let next = steps.next();
  while (!next.done) next = steps.next(run(next.value));
  return next.value;
}
