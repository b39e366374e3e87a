import { createRng } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { Network } from '../network.js';
import { BatchStepper } from './batch-stepper.js';
import { expectedDfa, StepComparison } from './expected.js';
import { runJob, type Job } from './jobs.js';
import { joinOutcomes, splitJob, verifyNetworkParallel } from './parallel.js';
import { randomWords } from './random-words.js';
import { compileText, PARTIAL, redirect, THIRD_FROM_END, TURNSTILE } from './test-networks.js';
import { verifyNetwork, type VerifyOptions } from './verify.js';

/** Small batches, so that every job is split over both workers at several batch boundaries. */
const options: VerifyOptions = { batchSize: 3, samples: 40, maxLength: 30, robustnessWords: 25, robustnessLength: 20 };

describe('verifyNetworkParallel', () => {
  it('gives exactly the report of the single-threaded run: proved, with every phase, and broken', async () => {
    const cases: [Network, VerifyOptions][] = [
      [new Network(compileText(THIRD_FROM_END)), {}],
      [new Network(compileText(PARTIAL)), { exhaustive: true, random: true, depth: 3, seed: 9 }],
      [new Network(redirect(compileText(TURNSTILE), 'unlocked', 'push', 'unlocked')), { depth: 1, seed: 2 }],
      [new Network(redirect(compileText(TURNSTILE), 'unlocked', 'push', 'unlocked')), { closure: false, depth: 1 }],
    ];
    for (const [network, extra] of cases) {
      const single = verifyNetwork(network, { ...options, ...extra });
      const progress: number[] = [];
      const parallel = await verifyNetworkParallel(network, {
        ...options,
        ...extra,
        workers: 2,
        minWork: 0,
        onProgress: (p) => progress.push(p.done),
      });
      expect(parallel).toEqual(single);
      expect(progress.length).toBeGreaterThan(1);
    }
    // The cases cover a proof, a failure found by the closure and failures found by random words.
    const broken = verifyNetwork(cases[3][0], { ...options, ...cases[3][1] });
    expect(broken.kind === 'ok' && broken.report.mismatches.some((m) => m.phase === 'random')).toBe(true);
  });

  it('splits a job at batch boundaries (words, steps) so that its parts give the outcome of the whole', () => {
    const network = new Network(compileText(PARTIAL));
    const dfa = expectedDfa(network.compiled.source.spec)!;
    const comparison = new StepComparison(dfa, network.compiled);
    const stepper = new BatchStepper(network, 4);
    const words = randomWords(dfa, createRng(3, 'test'), { count: 11, maxLength: 9 });
    const n = network.n;
    stepper.loadInitial(0);
    const start = stepper.x.slice(0, n);
    const from = new Float64Array(7 * n);
    for (let j = 0; j < 7; j++) from.set(start, j * n);
    const jobs: Job[] = [
      { kind: 'words', words },
      { kind: 'words', words: words.slice(0, 6) },
      { kind: 'noise', words, level: 0.3, seeds: words.map((_, i) => i + 1) },
      { kind: 'step', from: from.slice(0, 4 * n), symbols: Int32Array.of(0, 1, 2, 0), targets: new Int32Array(4) },
    ];
    for (const job of jobs) {
      const whole = runJob(stepper, comparison, job);
      for (const parts of [2, 3]) {
        const split = splitJob(job, parts, 4);
        expect(split.length).toBeLessThanOrEqual(parts);
        if (job.kind !== 'noise') for (const part of split.slice(0, -1)) expect(sizeOf(part) % 4).toBe(0);
        const outcomes = split.map((part) => runJob(stepper, comparison, part));
        expect(joinOutcomes(job, split, outcomes)).toEqual(whole);
      }
    }
  });

  it('runs small work on this thread, with the same report', async () => {
    const network = new Network(compileText(TURNSTILE));
    expect(await verifyNetworkParallel(network, { ...options, workers: 2 })).toEqual(verifyNetwork(network, options));
  });
});

function sizeOf(job: Job): number {
  return job.kind === 'step' ? job.symbols.length : job.words.length;
}
