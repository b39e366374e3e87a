import { availableParallelism, loadavg } from 'node:os';
import type { BenchResult } from './bench-result.js';
import { benchCheck, type CheckPlan } from './check-bench.js';
import { benchCodes, type CodesCase } from './codes-bench.js';
import { benchCompile } from './compile-bench.js';
import { benchDeterminise } from './determinise-bench.js';
import { benchExpressions, type ExpressionPlan } from './expression-bench.js';
import { DEFAULT_TIMING, type TimingPolicy } from './measure.js';
import { benchMinimise } from './minimise-bench.js';
import { benchExport, benchOnnx, type OnnxPlan } from './onnx-bench.js';
import type { NumpyRunner } from './numpy-yardstick.js';
import { benchRecall, type RecallPlan } from './recall-bench.js';
import { benchStep, type StepPlan } from './step-bench.js';
import { benchVerify, type VerifyPlan } from './verify-bench.js';
import { benchVerifyDefault, type VerifyDefaultCase } from './verify-default-bench.js';

/** Everything one bench run measures; `DEFAULT_PLAN` is what `pnpm bench` runs. */
export interface BenchPlan {
  readonly compile: { readonly states: readonly number[]; readonly symbols: number };
  readonly step: StepPlan;
  readonly minimise: { readonly states: readonly number[]; readonly symbols: number };
  readonly recall: RecallPlan;
  readonly verify: VerifyPlan;
  /** Default verifications (`cdam verify FILE`) of random DFAs, one run each. */
  readonly verifyDefault: readonly VerifyDefaultCase[];
  /** Random DFAs whose automatic networks (designed state codes) are measured, some also verified. */
  readonly codes: readonly CodesCase[];
  /** k of the "k-th symbol from the end is 1" NFAs to determinise (2^k DFA states each). */
  readonly determinise: { readonly k: readonly number[] };
  readonly check: CheckPlan;
  readonly onnx: OnnxPlan;
  readonly expressions: ExpressionPlan;
  readonly timing: TimingPolicy;
}

/** The sizes of the brief: fits in about two and a half minutes on two loaded cores. */
export const DEFAULT_PLAN: BenchPlan = {
  compile: { states: [100, 1_000, 10_000], symbols: 4 },
  step: {
    sizes: [
      { n: 256, p: 4_096 },
      { n: 1_024, p: 16_384 },
    ],
    batches: [1, 256],
    others: ['wasm', 'packed', 'dense', 'reference'],
    referenceMaxN: 256,
    maxPredictedStepMs: 40_000,
    warmBatch: 4,
    numpyRuns: 3,
    numpyBudgetMs: 8_000,
  },
  minimise: { states: [10_000], symbols: 4 },
  recall: {
    sequences: [{ items: 256 }, { items: 256, neurons: 1_024 }, { items: 20_000, neurons: 784, ticks: 'cycle' }],
    ticks: 500,
  },
  verify: {
    files: ['samples/turnstile.fsa', 'samples/tcp-connection.fsa'],
    samples: 300,
    timing: { warmupReps: 0, warmupMs: 0, minReps: 3, minMs: 0, maxMs: 3_000 },
  },
  verifyDefault: [
    { states: 3212, symbols: 2, targetSeconds: 60 },
    { states: 1000, symbols: 4, targetSeconds: 20 },
  ],
  codes: [
    { states: 3212, symbols: 2, targetNeurons: 32, verifySeconds: 60 },
    { states: 10_000, symbols: 4, targetNeurons: 96, verifySeconds: 180 },
  ],
  determinise: { k: [10, 14, 16] },
  check: {
    kinds: ['escapes', 'alphabet'],
    bytes: 1_048_576,
    timing: { warmupReps: 1, warmupMs: 0, minReps: 3, minMs: 0, maxMs: 6_000 },
  },
  onnx: {
    sizes: [
      { n: 256, p: 4_096 },
      { n: 1_024, p: 16_384 },
    ],
    batch: 256,
    exportStates: 3_212,
    exportSymbols: 2,
  },
  expressions: { regexOperators: 20, maxBound: 50, intersectionStates: 1_000 },
  timing: DEFAULT_TIMING,
};

export interface RunOptions {
  /** The yardstick, or null to leave `numpyMsPerStep` null. */
  readonly numpy: NumpyRunner | null;
  /** Progress lines (the command line sends them to stderr). */
  readonly log: (line: string) => void;
}

/** Runs every section of `plan` in one process, one after the other, and collects the figures. */
export async function runBench(plan: BenchPlan, options: RunOptions): Promise<BenchResult> {
  const { log } = options;
  const started = performance.now();
  const loadAverageAtStart = loadAverage();
  const compile = benchCompile(plan.compile.states, plan.compile.symbols, plan.timing, log);
  const { rows: step, numpyNote } = benchStep(plan.step, plan.timing, options.numpy, log);
  globalThis.gc?.();
  const minimise = benchMinimise(plan.minimise.states, plan.minimise.symbols, plan.timing, log);
  const recall = benchRecall(plan.recall, plan.timing, log);
  globalThis.gc?.();
  const verify = benchVerify(plan.verify, log);
  globalThis.gc?.();
  const verifyDefault = await benchVerifyDefault(plan.verifyDefault, log);
  globalThis.gc?.();
  const codes = await benchCodes(plan.codes, log, verifyDefault);
  const determinise = benchDeterminise(plan.determinise.k, plan.timing, log);
  globalThis.gc?.();
  const check = benchCheck(plan.check, log);
  const onnx = await benchOnnx(plan.onnx, step, plan.timing, log);
  globalThis.gc?.();
  const exported = benchExport(plan.onnx.exportStates, plan.onnx.exportSymbols, plan.timing, log);
  const expressions = benchExpressions(plan.expressions, plan.timing, log);
  return {
    step,
    compile,
    minimise,
    recall,
    verify,
    verifyDefault,
    codes,
    determinise,
    check,
    onnx,
    export: exported,
    expressions,
    peakRssMB: peakRssMB(),
    numpyNote,
    loadAverage: loadAverage(),
    loadAverageAtStart,
    cores: availableParallelism(),
    seconds: (performance.now() - started) / 1000,
    node: process.version,
  };
}

/** Peak resident set size of this process so far (`resourceUsage().maxRSS`, kilobytes) in MB. */
export function peakRssMB(): number {
  const fromUsage = process.resourceUsage().maxRSS / 1024;
  const now = process.memoryUsage().rss / (1024 * 1024);
  return Math.max(fromUsage, now);
}

const loadAverage = () => loadavg().map((l) => Math.round(l * 100) / 100);
