import { iterate, kernelChoiceName, iterateBatch, randomDynamics, type KernelChoice } from '@cdam/runtime';
import { ThreadedKernel, threadedKernelFactory } from '@cdam/runtime/parallel';
import type { KernelFigure, StepRow } from './bench-result.js';
import { measure, type Measurement, type TimingPolicy } from './measure.js';
import { repeatYardstick, type NumpyRunner } from './numpy-yardstick.js';

/** Kernels beside the default one, and where they stop being affordable. */
export interface StepPlan {
  readonly sizes: readonly { readonly n: number; readonly p: number }[];
  readonly batches: readonly number[];
  /** Kernels timed beside the default (`auto`). */
  readonly others: readonly Exclude<KernelChoice, 'factored' | 'auto'>[];
  /** The ml-matrix reference kernel runs only up to this n. */
  readonly referenceMaxN: number;
  /**
   * A non-default kernel is skipped for a batch when one step is predicted (single-trajectory time ×
   * batch) to take longer than this; the default kernel always runs.
   */
  readonly maxPredictedStepMs: number;
  /** Batch size used to warm the batch path up (the same code on fewer vectors). */
  readonly warmBatch: number;
  /** Runs of the NumPy yardstick per figure at most (median taken), and the time after which no new run starts. */
  readonly numpyRuns: number;
  readonly numpyBudgetMs: number;
}

interface KernelTimes {
  /** What ran, per batch size (the default kernel runs on one thread or several by the size of the work). */
  readonly kernel: Map<number, string>;
  /** Per batch size; null when skipped. */
  readonly byBatch: Map<number, Measurement | { skipped: string }>;
}

/**
 * Per-step time of `iterate` (batch 1) and `iterateBatch` on the yardstick's random network
 * (`randomDynamics`), for the default kernel and the others beside it, then the NumPy yardstick for the
 * same (n, p, batch) right after, so that all figures of a row come from one run of the machine.
 */
export function benchStep(
  plan: StepPlan,
  timing: TimingPolicy,
  numpy: NumpyRunner | null,
  log: (line: string) => void,
): { rows: StepRow[]; numpyNote: string | null } {
  const rows: StepRow[] = [];
  let numpyNote: string | null = numpy ? null : 'NumPy yardstick not run';
  for (const { n, p } of plan.sizes) {
    const choices: Exclude<KernelChoice, 'factored'>[] = [
      'auto',
      ...plan.others.filter((k) => k !== 'reference' || n <= plan.referenceMaxN),
    ];
    const maxBatch = Math.max(...plan.batches);
    const times: KernelTimes[] = choices.map((choice) => timeKernel(n, p, maxBatch, choice, plan, timing, log));
    for (const batch of plan.batches) {
      const [main, ...rest] = times;
      const figure = main.byBatch.get(batch);
      if (!figure || 'skipped' in figure) throw new Error(`default kernel has no figure for batch ${batch}`);
      const others: KernelFigure[] = [];
      const skipped: { kernel: string; reason: string }[] = [];
      for (const t of rest) {
        const f = t.byBatch.get(batch);
        const kernel = t.kernel.get(batch) ?? '';
        if (f && !('skipped' in f)) others.push({ kernel, msPerStep: f.ms, reps: f.reps });
        else skipped.push({ kernel, reason: f ? f.skipped : 'not run' });
      }
      if (plan.others.includes('reference') && n > plan.referenceMaxN) {
        skipped.push({ kernel: 'reference', reason: `only up to n = ${plan.referenceMaxN}` });
      }
      let numpyMs: number | null = null;
      let numpyRuns = 0;
      if (numpy) {
        const yard = repeatYardstick(numpy, n, p, batch, { maxRuns: plan.numpyRuns, budgetMs: plan.numpyBudgetMs });
        numpyMs = yard.ms;
        if (yard.ms === null) numpyNote = yard.reason;
        else numpyRuns = yard.runs;
        log(
          `numpy yardstick n = ${n}, p = ${p}, batch = ${batch}: ${yard.ms === null ? yard.reason : `${yard.ms} ms (${numpyRuns} runs)`}`,
        );
      }
      rows.push({
        n,
        p,
        batch,
        kernel: main.kernel.get(batch) ?? '',
        msPerStep: figure.ms,
        reps: figure.reps,
        numpyMsPerStep: numpyMs,
        numpyRuns,
        ratio: numpyMs === null ? null : figure.ms / numpyMs,
        others,
        skipped,
      });
    }
  }
  return { rows, numpyNote };
}

/** A threaded kernel's name for `batch` vectors: the kernel each thread runs, and the threads if more than one. */
export function threadedName(kernel: ThreadedKernel, batch: number): string {
  const threads = kernel.threadsFor(batch);
  return threads > 1 ? `${kernel.innerName}, ${threads} threads` : kernel.innerName;
}

/**
 * Builds one network for `choice` (sized for the largest batch) and times every batch size on it. The
 * default (`auto`) is what Node users get: the threaded kernel of `@cdam/runtime/parallel`, named after the
 * kernel each thread runs and the threads it used (`wasm, 2 threads`); the others run on this thread.
 */
function timeKernel(
  n: number,
  p: number,
  maxBatch: number,
  choice: Exclude<KernelChoice, 'factored'>,
  plan: StepPlan,
  timing: TimingPolicy,
  log: (line: string) => void,
): KernelTimes {
  globalThis.gc?.(); // drop the previous kernel's matrices before building this one
  const { dynamics, scratch, x } = randomDynamics({
    n,
    p,
    batch: maxBatch,
    kernel: choice === 'auto' ? threadedKernelFactory() : choice,
  });
  const threaded = dynamics.kernel instanceof ThreadedKernel ? dynamics.kernel : undefined;
  const nameFor = (batch: number): string =>
    threaded === undefined ? kernelChoiceName(dynamics.kernel) : threadedName(threaded, batch);
  const kernel = new Map<number, string>();
  const byBatch = new Map<number, Measurement | { skipped: string }>();
  let singleMs: number | null = null;
  for (const batch of [...plan.batches].sort((u, v) => u - v)) {
    kernel.set(batch, choice === 'auto' ? nameFor(batch) : choice);
    const predicted = singleMs === null ? 0 : singleMs * batch;
    if (choice !== 'auto' && batch > 1 && predicted > plan.maxPredictedStepMs) {
      const reason = `one step predicted at ${(predicted / 1000).toFixed(0)} s`;
      byBatch.set(batch, { skipped: reason });
      log(`step n = ${n}, p = ${p}, batch = ${batch}, ${choice}: skipped (${reason})`);
      continue;
    }
    const single = x.subarray(0, n);
    const warmBatch = Math.min(batch, plan.warmBatch);
    const timed =
      batch === 1
        ? measure(() => iterate(dynamics, scratch, single), timing)
        : measure(() => iterateBatch(dynamics, scratch, x, batch), timing, {
            warm: () => iterateBatch(dynamics, scratch, x, warmBatch),
          });
    if (batch === 1) singleMs = timed.ms;
    byBatch.set(batch, timed);
    log(
      `step n = ${n}, p = ${p}, batch = ${batch}, ${kernel.get(batch)}: ${timed.ms.toFixed(2)} ms (${timed.reps} reps)`,
    );
  }
  void threaded?.close();
  return { kernel, byBatch };
}
