import { Worker } from 'node:worker_threads';
import type { Dfa } from '@cdam/automata';
import type { CompiledNetwork } from '@cdam/compiler';
import { FactoredKernel } from '../kernel/factored-kernel.js';
import { DEFAULT_EXHAUSTIVE_WORDS, wordCount } from './exhaustive.js';
import { workerEntry } from '../worker-entry.js';
import type { Network } from '../network.js';
import {
  driveJobs,
  runJob,
  type Job,
  type NoiseOutcome,
  type Outcome,
  type StepOutcome,
  type WordsOutcome,
} from './jobs.js';
import {
  defaultClosureInputs,
  defaultNoiseInputs,
  prepareVerify,
  verifySteps,
  type VerifyOptions,
  type VerifyResult,
} from './verify.js';

/** What a verification worker is started with (see `verify-worker.ts`). */
export interface WorkerInit {
  readonly network: CompiledNetwork;
  readonly expected: Dfa;
  readonly capacity: number;
}

/** Options of `verifyNetworkParallel`, beyond `verifyNetwork`'s. */
export interface ParallelOptions {
  /** Worker threads (default 2; 0 or 1: none, everything on this thread). */
  readonly workers?: number;
  /**
   * Least estimated work, in neuron-pattern inputs (inputs · n · p), for which the workers are started
   * (default 2 · 10^9, about a second of one core): below it starting them costs more than they save.
   */
  readonly minWork?: number;
}

/** The default `minWork`. */
export const PARALLEL_MIN_WORK = 2e9;

/**
 * `verifyNetwork` with the closure steps, the exhaustive blocks, the random words and the noise table
 * spread over worker threads when the work is large enough to pay for starting them; the bookkeeping runs
 * on this thread. The report is exactly that of `verifyNetwork` with the same options: each job gives the
 * same outcome on any thread, and the outcomes are taken in the single-threaded order. Networks built
 * with another kernel than the default one run on this thread only.
 */
export async function verifyNetworkParallel(
  network: Network,
  options: VerifyOptions & ParallelOptions = {},
): Promise<VerifyResult> {
  const setup = prepareVerify(network, options);
  if (setup.kind === 'error') return setup;
  const { stepper, comparison, expected } = setup;
  const workers = Math.floor(options.workers ?? 2);
  const estimate = estimatedInputs(network, options, expected) * network.n * network.p;
  const parallel =
    workers >= 2 &&
    estimate >= (options.minWork ?? PARALLEL_MIN_WORK) &&
    network.dynamics.kernel instanceof FactoredKernel;
  if (!parallel) return driveJobs(verifySteps(setup, options, 1), (job) => runJob(stepper, comparison, job));
  const pool = new WorkerPool(workers, { network: network.compiled, expected, capacity: stepper.capacity });
  try {
    const steps = verifySteps(setup, options, workers);
    let next = steps.next();
    while (!next.done) next = steps.next(await pool.run(next.value, stepper.capacity));
    return next.value;
  } finally {
    await pool.close();
  }
}

/** An upper estimate of the inputs a verification simulates (its budgets), to decide whether workers pay. */
function estimatedInputs(network: Network, options: VerifyOptions, expected: Dfa): number {
  const steps = expected.states.length * expected.alphabet.length;
  const closure =
    options.closure === false ? 0 : (options.closureInputs ?? defaultClosureInputs(network.n, network.p, steps));
  const reachable = Math.min(closure, expected.states.length * expected.alphabet.length * 2);
  const random = options.random === true ? (options.samples ?? 1000) * ((options.maxLength ?? 200) / 2) : 0;
  const exhaustive =
    options.exhaustive !== true
      ? 0
      : options.depth !== undefined
        ? wordCount(expected.alphabet.length, options.depth)
        : (options.maxInputs ?? DEFAULT_EXHAUSTIVE_WORDS);
  const noise =
    options.noiseLevels?.length === 0 ? 0 : (options.noiseInputs ?? defaultNoiseInputs(network.n, network.p));
  return reachable + exhaustive + random + noise;
}

/**
 * Worker threads that each hold the network and run jobs. A job is split into parts, one per worker: step
 * and word jobs at batch boundaries (so each batch is the one the single-threaded run steps), noise jobs
 * evenly; the parts' outcomes are joined in order.
 */
class WorkerPool {
  private readonly workers: Worker[];
  private failure: Error | undefined;

  constructor(count: number, init: WorkerInit) {
    const entry = workerEntry('verify-worker.js', 'verify/verify-worker.ts');
    this.workers = Array.from({ length: count }, () => {
      const worker = entry.eval
        ? new Worker(entry.code, { eval: true, workerData: init })
        : new Worker(entry.url, { workerData: init });
      worker.on('error', (error) => {
        this.failure = error;
      });
      return worker;
    });
  }

  async run(job: Job, capacity: number): Promise<Outcome> {
    const parts = splitJob(job, this.workers.length, capacity);
    const outcomes = await Promise.all(parts.map((part, i) => this.send(this.workers[i], part)));
    return joinOutcomes(job, parts, outcomes);
  }

  private send(worker: Worker, job: Job): Promise<Outcome> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const onMessage = (message: { outcome?: Outcome; error?: string }) => {
        worker.off('error', onError);
        if (message.outcome) resolve(message.outcome);
        else reject(new Error(`verify worker: ${message.error ?? 'no outcome'}`));
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject(error);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Splits a job into at most `parts` jobs: steps and words at multiples of `capacity`, noise evenly. */
export function splitJob(job: Job, parts: number, capacity: number): Job[] {
  const count = job.kind === 'step' ? job.symbols.length : job.words.length;
  const per =
    job.kind === 'noise' ? Math.ceil(count / parts) : Math.ceil(Math.ceil(count / capacity) / parts) * capacity;
  const jobs: Job[] = [];
  for (let first = 0; first < count; first += Math.max(1, per)) {
    const last = Math.min(count, first + Math.max(1, per));
    if (job.kind === 'step') {
      const n = job.from.length / count;
      jobs.push({
        kind: 'step',
        from: job.from.slice(first * n, last * n),
        symbols: job.symbols.slice(first, last),
        targets: job.targets.slice(first, last),
      });
    } else if (job.kind === 'words') {
      jobs.push({ kind: 'words', words: job.words.slice(first, last) });
    } else {
      jobs.push({
        kind: 'noise',
        words: job.words.slice(first, last),
        level: job.level,
        seeds: job.seeds.slice(first, last),
      });
    }
  }
  return jobs;
}

/** The outcome of the whole job from its parts' outcomes, in order. */
export function joinOutcomes(job: Job, parts: readonly Job[], outcomes: readonly Outcome[]): Outcome {
  const offsets: number[] = [];
  let offset = 0;
  for (const part of parts) {
    offsets.push(offset);
    offset += part.kind === 'step' ? part.symbols.length : part.words.length;
  }
  if (job.kind === 'step') {
    const steps = outcomes as StepOutcome[];
    return {
      kind: 'step',
      x: concat(steps.map((o) => o.x)),
      margin: concat(steps.map((o) => o.margin)),
      best: concat(steps.map((o) => o.best)),
      disagreements: steps.flatMap((o, i) => o.disagreements.map((d) => ({ ...d, column: d.column + offsets[i] }))),
    };
  }
  if (job.kind === 'words') {
    const words = outcomes as WordsOutcome[];
    return {
      kind: 'words',
      firstFailure: Int32Array.from(words.flatMap((o) => Array.from(o.firstFailure))),
      stepWord: Int32Array.from(words.flatMap((o, i) => Array.from(o.stepWord, (w) => w + offsets[i]))),
      stepInput: Int32Array.from(words.flatMap((o) => Array.from(o.stepInput))),
      margin: concat(words.map((o) => o.margin)),
      best: concat(words.map((o) => o.best)),
      mismatches: words.flatMap((o, i) => o.mismatches.map((m) => ({ ...m, word: m.word + offsets[i] }))),
    };
  }
  const noise = outcomes as NoiseOutcome[];
  return { kind: 'noise', failed: Uint8Array.from(noise.flatMap((o) => Array.from(o.failed))) };
}

function concat(arrays: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(arrays.reduce((sum, a) => sum + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}
