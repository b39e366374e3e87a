import { randomDfa, toSpec } from '@cdam/automata';
import { compileAutomaton, createRng, loadArtifact, toArtifact } from '@cdam/compiler';
import { automatonToNpz, automatonToOnnx, updateToOnnx, type NetworkMatrices } from '@cdam/export';
import { randomDynamics } from '@cdam/runtime';
import type { ExportRow, OnnxFigure, OnnxRow, StepRow } from './bench-result.js';
import { measure, median, type TimingPolicy } from './measure.js';

/** The sizes of the ONNX Runtime comparison. */
export interface OnnxPlan {
  readonly sizes: readonly { readonly n: number; readonly p: number }[];
  readonly batch: number;
  /** The random complete DFA whose export is timed. */
  readonly exportStates: number;
  readonly exportSymbols: number;
}

/** `randomDynamics` as dense matrices for an exported model: the same network the step rows time. O(n · p). */
function randomMatrices(n: number, p: number, batch: number): { m: NetworkMatrices; x: Float64Array } {
  const { dynamics, x, source } = randomDynamics({ n, p, batch });
  const xi = new Float64Array(n * p);
  const column = new Float64Array(n);
  for (let mu = 0; mu < p; mu++) {
    source.column(mu, column);
    for (let i = 0; i < n; i++) xi[i * p + mu] = column[i];
  }
  const { beta, a, h, eta, mean, graph } = dynamics;
  return { m: { n, p, xi, mean, successor: Int32Array.from(graph.to), beta, a, h, eta }, x };
}

/** `measure` for an asynchronous call: warm-ups, then repetitions until the policy is met; their median. */
async function measureAsync(run: () => Promise<unknown>, policy: TimingPolicy): Promise<{ ms: number; reps: number }> {
  const warmStart = performance.now();
  for (let i = 0; i < policy.warmupReps; i++) {
    await run();
    if (performance.now() - warmStart >= policy.warmupMs) break;
  }
  const times: number[] = [];
  const start = performance.now();
  for (;;) {
    const t = performance.now();
    await run();
    const last = performance.now() - t;
    times.push(last);
    const elapsed = performance.now() - start;
    if (!(times.length < policy.minReps || elapsed < policy.minMs) || elapsed + last > policy.maxMs) break;
  }
  return { ms: median(times), reps: times.length };
}

/**
 * One update of the step rows' random network, exported with `updateToOnnx` and run by ONNX Runtime for
 * Node on the CPU (its default threads), on a batch of `plan.batch` states; beside it the step rows' figures
 * for cdam's default kernel and NumPy at the same (n, p, batch), measured earlier in the same run. Without
 * `onnxruntime-node` the figure says why.
 */
export async function benchOnnx(
  plan: OnnxPlan,
  step: readonly StepRow[],
  timing: TimingPolicy,
  log: (line: string) => void,
): Promise<OnnxFigure> {
  let ort: typeof import('onnxruntime-node');
  try {
    ort = await import('onnxruntime-node');
  } catch (error) {
    return { available: false, reason: `onnxruntime-node cannot be loaded (${(error as Error).message})` };
  }
  const rows: OnnxRow[] = [];
  for (const { n, p } of plan.sizes) {
    globalThis.gc?.();
    const { m, x } = randomMatrices(n, p, plan.batch);
    const session = await ort.InferenceSession.create(updateToOnnx(m));
    const feeds = { state: new ort.Tensor('float64', x, [plan.batch, n]) };
    const timed = await measureAsync(() => session.run(feeds), timing);
    await session.release();
    const same = step.find((r) => r.n === n && r.p === p && r.batch === plan.batch);
    log(`onnx runtime n = ${n}, p = ${p}, batch = ${plan.batch}: ${timed.ms.toFixed(2)} ms (${timed.reps} reps)`);
    rows.push({
      n,
      p,
      batch: plan.batch,
      onnxMsPerStep: timed.ms,
      reps: timed.reps,
      kernel: same?.kernel ?? null,
      cdamMsPerStep: same?.msPerStep ?? null,
      numpyMsPerStep: same?.numpyMsPerStep ?? null,
    });
  }
  return { available: true, rows };
}

/**
 * `cdam export` of a compiled random complete DFA: the artifact text loaded (`loadArtifact`) and written as
 * an ONNX model and as a NumPy archive, each timed from the text to the bytes; compiling is not timed.
 */
export function benchExport(
  states: number,
  symbols: number,
  timing: TimingPolicy,
  log: (line: string) => void,
): ExportRow {
  const compiled = compileAutomaton(
    toSpec(randomDfa(states, symbols, createRng(states, 'bench-dfa')), { name: `Random${states}` }),
  );
  if (compiled.kind !== 'ok') throw new Error(`compiling ${states} random states failed: ${compiled.error.message}`);
  const text = toArtifact(compiled.network);
  const load = () => {
    const loaded = loadArtifact(text);
    if (loaded.kind !== 'ok') throw new Error(loaded.message);
    return loaded.network;
  };
  const sizes = { onnx: 0, npz: 0 };
  const onnx = measure(() => void (sizes.onnx = automatonToOnnx(load()).length), timing);
  const npz = measure(() => void (sizes.npz = automatonToNpz(load()).length), timing);
  const { neurons, patterns } = compiled.network.report;
  log(`export ${states} states: onnx ${onnx.ms.toFixed(0)} ms, npz ${npz.ms.toFixed(0)} ms`);
  return {
    states,
    symbols,
    neurons,
    patterns,
    onnxMs: onnx.ms,
    onnxReps: onnx.reps,
    onnxBytes: sizes.onnx,
    npzMs: npz.ms,
    npzReps: npz.reps,
    npzBytes: sizes.npz,
  };
}
