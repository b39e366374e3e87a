import * as compiler from '@cdam/compiler';
import type { SequenceSpec } from '@cdam/language';
import * as runtime from '@cdam/runtime';
import { ThreadedKernel, threadedKernelFactory, threadedSequenceGaps } from '@cdam/runtime/parallel';
import type { RecallFigure, RecallRow } from './bench-result.js';
import { measure, type TimingPolicy } from './measure.js';
import { threadedName } from './step-bench.js';

/**
 * Sequences to recall: `items` distinct items in a loop, neurons automatic unless given. A sequence with
 * `ticks: 'cycle'` is recalled once for one full cycle (as many updates as patterns), untimed warm-up aside.
 */
export interface RecallPlan {
  readonly sequences: readonly {
    readonly items: number;
    readonly neurons?: number;
    readonly ticks?: 'cycle';
  }[];
  /** Updates per timed recall (sequences without `ticks`). */
  readonly ticks: number;
}

/**
 * The part of the sequence API this bench calls (`compileSequence` in @cdam/compiler, `SequenceNetwork`
 * in @cdam/runtime). It is looked up at run time, so the bench runs, and says so, in a tree without it.
 */
interface SequenceApi {
  compileSequence(
    spec: SequenceSpec,
    options: { neurons?: number; gapCheck?: typeof threadedSequenceGaps },
  ): { kind: 'ok'; sequence: unknown } | { kind: 'error'; error: { message: string } };
  SequenceNetwork: new (
    sequence: unknown,
    options?: { kernel?: ReturnType<typeof threadedKernelFactory> },
  ) => {
    readonly n: number;
    readonly p: number;
    readonly kernel: unknown;
    recall(options: { ticks: number }): { summary: { ticks: number; exact: boolean } };
  };
}

function sequenceApi(): SequenceApi | string {
  const { compileSequence } = compiler as unknown as Partial<SequenceApi>;
  const { SequenceNetwork } = runtime as unknown as Partial<SequenceApi>;
  if (typeof compileSequence === 'function' && typeof SequenceNetwork === 'function') {
    return { compileSequence, SequenceNetwork };
  }
  return 'no sequence-recall API (compileSequence in @cdam/compiler, SequenceNetwork in @cdam/runtime) yet';
}

/**
 * Recall ticks per second of compiled looping sequences: `SequenceNetwork.recall` from the first item for
 * `plan.ticks` updates (or one full cycle), each followed by its Pearson decoding, as `cdam recall` runs
 * it (on the threaded kernel of `@cdam/runtime/parallel`, which splits large products over two cores).
 * Compiling (with its exact gap check, on two threads as `cdam` runs it) and building the kernel are timed apart, once. Without the API, or if it fails, the figure says why instead.
 */
export function benchRecall(plan: RecallPlan, timing: TimingPolicy, log: (line: string) => void): RecallFigure {
  const api = sequenceApi();
  if (typeof api === 'string') {
    log(`recall: not measured (${api})`);
    return { available: false, reason: api };
  }
  try {
    const rows = plan.sequences.map(({ items, neurons, ticks: cycle }): RecallRow => {
      const spec: SequenceSpec = {
        name: `Loop${items}`,
        items: Array.from({ length: items }, (_, i) => `item${i}`),
        loop: true,
        dwell: new Array<number>(items).fill(1),
        network: {},
      };
      const compileStart = performance.now();
      const gapCheck: typeof threadedSequenceGaps = (codes, positions) => threadedSequenceGaps(codes, positions);
      const compiled = api.compileSequence(spec, neurons === undefined ? { gapCheck } : { neurons, gapCheck });
      if (compiled.kind !== 'ok') throw new Error(compiled.error.message);
      const network = new api.SequenceNetwork(compiled.sequence, { kernel: threadedKernelFactory() });
      const compileMs = performance.now() - compileStart;
      const ticks = cycle === 'cycle' ? network.p : plan.ticks;
      let exact = true;
      const timed = measure(
        () => {
          exact = network.recall({ ticks }).summary.exact;
        },
        cycle === 'cycle' ? { warmupReps: 1, warmupMs: 0, minReps: 1, minMs: 0, maxMs: 0 } : timing,
        { warm: () => network.recall({ ticks: Math.min(ticks, 50) }) },
      );
      const ticksPerSecond = (ticks * 1000) / timed.ms;
      const kernel = network.kernel instanceof ThreadedKernel ? threadedName(network.kernel, 1) : 'default';
      if (network.kernel instanceof ThreadedKernel) void network.kernel.close();
      log(
        `recall ${items} items, n = ${network.n}: compiled in ${Math.round(compileMs)} ms, ${Math.round(ticksPerSecond)} ticks/s (${timed.reps} reps of ${ticks} ticks, ${kernel})`,
      );
      return {
        items,
        neurons: network.n,
        neuronsChosen: neurons === undefined ? 'auto' : 'given',
        patterns: network.p,
        ticks,
        ticksPerSecond,
        msPerTick: timed.ms / ticks,
        reps: timed.reps,
        exact,
        compileMs,
        fullCycle: ticks >= network.p,
        kernel,
      };
    });
    return { available: true, rows };
  } catch (error) {
    const reason = `the sequence API failed: ${error instanceof Error ? error.message : String(error)}`;
    log(`recall: not measured (${reason})`);
    return { available: false, reason };
  }
}
