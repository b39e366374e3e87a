import { sequencePatternColumn, type CompiledNetwork } from '@cdam/compiler';
import {
  createScratch,
  iterate,
  iterateBatch,
  Network,
  randomDynamics,
  SequenceNetwork,
  StateDecoder,
} from '@cdam/runtime';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import type { AutomatonMetadata, SequenceMetadata } from './metadata.js';
import { onnx } from './onnx-builder.js';
import { automatonToOnnx, MAX_ONNX_XI_ENTRIES, onnxProblem, sequenceToOnnx, updateToOnnx } from './onnx-export.js';
import { randomNetwork, randomWords, runtimeTrace, sampleNetworks, sampleSequences } from './testing/networks.js';

/**
 * The exported models run in ONNX Runtime and agree with the TypeScript runtime: every state vector after
 * every update to 1e-9, every correlation to 1e-9, every decoded state and every verdict exactly.
 */
const TOLERANCE = 1e-9;

type ValueInfo = NonNullable<Parameters<typeof onnx.ValueInfoProto.create>[0]>;
const WORD_LENGTH = 6;

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

function metadataOf(bytes: Uint8Array): Record<string, unknown> {
  const model = onnx.ModelProto.decode(bytes);
  const entry = model.metadataProps.find((e) => e.key === 'cdam');
  return JSON.parse(entry?.value ?? 'null') as Record<string, unknown>;
}

function argmax(values: ArrayLike<number>, from: number, length: number): number {
  let best = 0;
  for (let i = 1; i < length; i++) if (values[from + i] > values[from + best]) best = i;
  return best;
}

/**
 * Runs `batch` random words through the exported model of `compiled`, symbol by symbol, and compares every
 * update, correlation, decoded state and final verdict with the runtime. Returns the worst difference.
 */
async function compareAutomaton(compiled: CompiledNetwork, batch: number, seed: number): Promise<number> {
  const session = await ort.InferenceSession.create(automatonToOnnx(compiled, { traceIterations: true }));
  const meta = metadataOf(automatonToOnnx(compiled)) as unknown as AutomatonMetadata;
  const network = new Network(compiled);
  const decoder = new StateDecoder(compiled);
  const { n } = network;
  const K = compiled.params.iterations;
  const S = compiled.dfa.states.length;
  const words = randomWords(compiled.dfa.alphabet.length, batch, WORD_LENGTH, seed);
  const traces = words.map((word) => runtimeTrace(network, word));
  let worst = maxAbsDiff(meta.start_state, startOf(network));
  let state = new Float64Array(batch * n);
  for (let b = 0; b < batch; b++) state.set(meta.start_state, b * n);
  for (let t = 0; t < WORD_LENGTH; t++) {
    const symbol = BigInt64Array.from(words, (word) => BigInt(word[t]));
    const out = await session.run({
      state: new ort.Tensor('float64', state, [batch, n]),
      symbol: new ort.Tensor('int64', symbol, [batch]),
    });
    const iterates = out.iterates.data as Float64Array;
    const correlations = out.correlations.data as Float64Array;
    expect(out.iterates.dims).toEqual([K, batch, n]);
    expect(out.correlations.dims).toEqual([batch, S]);
    for (let b = 0; b < batch; b++) {
      for (let k = 0; k < K; k++) {
        const exported = iterates.subarray((k * batch + b) * n, (k * batch + b + 1) * n);
        worst = Math.max(worst, maxAbsDiff(exported, traces[b][t][k]));
      }
      const expected = decoder.decode(traces[b][t][K - 1]);
      worst = Math.max(worst, maxAbsDiff(correlations.subarray(b * S, (b + 1) * S), expected.correlations));
      expect(argmax(correlations, b * S, S)).toBe(expected.state);
    }
    state = Float64Array.from(out.next_state.data as Float64Array);
    expect(maxAbsDiff(state, Float64Array.from(iterates.subarray((K - 1) * batch * n)))).toBe(0);
  }
  // Verdicts: the final decoded state of each word, read the way the metadata says.
  const final = (await exportedPlain(compiled, words)).correlations;
  words.forEach((word, b) => {
    const run = network.run(word.map((s) => compiled.dfa.alphabet[s]));
    const best = argmax(final, b * S, S);
    const quiescent = !(final[b * S + best] >= meta.parameters.quiescenceThreshold);
    const accepted = !quiescent && meta.accept.includes(meta.states[best]);
    expect(accepted).toBe(run.accepted);
    expect(quiescent ? null : meta.states[best]).toBe(run.finalState);
  });
  return worst;
}

function startOf(network: Network): Float64Array {
  network.reset();
  return Float64Array.from(network.state);
}

/** The model as `cdam export` writes it (no trace output), run over whole words from the start state. */
async function exportedPlain(compiled: CompiledNetwork, words: number[][]): Promise<{ correlations: Float64Array }> {
  const bytes = automatonToOnnx(compiled);
  const meta = metadataOf(bytes) as unknown as AutomatonMetadata;
  const session = await ort.InferenceSession.create(bytes);
  const n = meta.start_state.length;
  const batch = words.length;
  let state = new Float64Array(batch * n);
  for (let b = 0; b < batch; b++) state.set(meta.start_state, b * n);
  let correlations = new Float64Array(0);
  for (let t = 0; t < words[0].length; t++) {
    const out = await session.run({
      state: new ort.Tensor('float64', state, [batch, n]),
      symbol: new ort.Tensor(
        'int64',
        BigInt64Array.from(words, (w) => BigInt(w[t])),
        [batch],
      ),
    });
    expect(Object.keys(out).sort()).toEqual(['correlations', 'next_state']);
    state = Float64Array.from(out.next_state.data as Float64Array);
    correlations = Float64Array.from(out.correlations.data as Float64Array);
  }
  return { correlations };
}

describe('ONNX export of automata', () => {
  const samples = sampleNetworks();

  it('covers every sample automaton', () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
  });

  for (const compiled of samples) {
    it(`${compiled.name}: every update, correlation, state and verdict agree with the runtime (batch 1 and 64)`, async () => {
      expect(await compareAutomaton(compiled, 1, 1)).toBeLessThan(TOLERANCE);
      expect(await compareAutomaton(compiled, 64, 2)).toBeLessThan(TOLERANCE);
    });
  }

  for (const [states, symbols, seed] of [
    [5, 2, 11],
    [17, 3, 12],
    [40, 4, 13],
  ] as const) {
    it(`a random ${states}-state DFA over ${symbols} symbols agrees with the runtime (batch 1 and 64)`, async () => {
      const compiled = randomNetwork(states, symbols, seed);
      expect(await compareAutomaton(compiled, 1, seed)).toBeLessThan(TOLERANCE);
      expect(await compareAutomaton(compiled, 64, seed + 1)).toBeLessThan(TOLERANCE);
    });
  }

  it('has the names, shapes, element types, opset and metadata of the contract', () => {
    const compiled = samples[0];
    const model = onnx.ModelProto.decode(automatonToOnnx(compiled));
    expect(model.opsetImport.map((o) => [o.domain, Number(o.version)])).toEqual([['', 17]]);
    const io = (list: readonly ValueInfo[]) =>
      list.map((v) => [
        v.name,
        v.type?.tensorType?.elemType,
        v.type?.tensorType?.shape?.dim?.map((d) => d.dimParam || Number(d.dimValue)),
      ]);
    const n = compiled.params.neurons;
    expect(io(model.graph?.input ?? [])).toEqual([
      ['state', 11, ['B', n]],
      ['symbol', 7, ['B']],
    ]);
    expect(io(model.graph?.output ?? [])).toEqual([
      ['next_state', 11, ['B', n]],
      ['correlations', 11, ['B', compiled.dfa.states.length]],
    ]);
    const meta = metadataOf(automatonToOnnx(compiled)) as unknown as AutomatonMetadata;
    expect(meta.alphabet).toEqual(compiled.dfa.alphabet);
    expect(meta.states).toEqual(compiled.dfa.states);
    expect(meta.accept).toEqual([...compiled.dfa.accepting].sort((u, v) => u - v).map((q) => compiled.dfa.states[q]));
    expect(meta.start_state).toHaveLength(n);
    expect(meta.parameters).toEqual(compiled.params);
    expect(meta.source.sha256).toBe(compiled.source.sha256);
  });
});

describe('ONNX export of sequences', () => {
  for (const sequence of sampleSequences()) {
    it(`${sequence.name}: every tick and correlation agrees with the runtime (batch 1 and 64)`, async () => {
      const bytes = sequenceToOnnx(sequence);
      const meta = metadataOf(bytes) as unknown as SequenceMetadata;
      const session = await ort.InferenceSession.create(bytes);
      const runtime = new SequenceNetwork(sequence);
      const dynamics = runtime.dynamics();
      const scratch = createScratch(dynamics);
      const { n, p } = runtime;
      const ticks = Math.min(2 * p, 40);
      for (const batch of [1, 64]) {
        // Row b starts at the cue of step b mod steps, built from the metadata's recipe.
        const cues = Array.from({ length: batch }, (_, b) => meta.step_start[b % meta.step_start.length]);
        const expected = cues.map((mu) => {
          const x = new Float64Array(n);
          sequencePatternColumn(sequence.codes, sequence.positions, mu, x);
          for (let i = 0; i < n; i++) x[i] -= sequence.mean[i];
          return x;
        });
        expect(maxAbsDiff(meta.start_state, expected[0])).toBe(0);
        let state = new Float64Array(batch * n);
        expected.forEach((x, b) => state.set(x, b * n));
        let worst = 0;
        for (let t = 1; t <= ticks; t++) {
          const out = await session.run({ state: new ort.Tensor('float64', state, [batch, n]) });
          expect(out.correlations.dims).toEqual([batch, p]);
          state = Float64Array.from(out.next_state.data as Float64Array);
          const correlations = out.correlations.data as Float64Array;
          for (let b = 0; b < batch; b++) {
            iterate(dynamics, scratch, expected[b]);
            worst = Math.max(worst, maxAbsDiff(state.subarray(b * n, (b + 1) * n), expected[b]));
            const decoded = runtime.decoder.decode(expected[b]);
            worst = Math.max(worst, maxAbsDiff(correlations.subarray(b * p, (b + 1) * p), decoded.correlations));
            expect(argmax(correlations, b * p, p)).toBe(decoded.pattern);
          }
        }
        expect(worst).toBeLessThan(TOLERANCE);
      }
    });
  }

  it('has the names, shapes and metadata of the contract', () => {
    const sequence = sampleSequences()[0];
    const bytes = sequenceToOnnx(sequence);
    const model = onnx.ModelProto.decode(bytes);
    expect(model.graph?.input?.map((v) => v.name)).toEqual(['state']);
    expect(model.graph?.output?.map((v) => v.name)).toEqual(['next_state', 'correlations']);
    const meta = metadataOf(bytes) as unknown as SequenceMetadata;
    expect(meta.labels).toHaveLength(sequence.positions.length);
    expect(meta.step_start).toEqual(Array.from(sequence.stepStart));
    expect(meta.source.sha256).toBe(sequence.source.sha256);
  });
});

describe('ONNX model of one update (the benchmark network)', () => {
  it('agrees with iterateBatch on randomDynamics to 1e-9 for a batch of 5', async () => {
    const n = 40;
    const p = 96;
    const batch = 5;
    const { dynamics, scratch, x, source } = randomDynamics({ n, p, batch });
    const xi = new Float64Array(n * p);
    const column = new Float64Array(n);
    for (let mu = 0; mu < p; mu++) {
      source.column(mu, column);
      for (let i = 0; i < n; i++) xi[i * p + mu] = column[i];
    }
    const { beta, a, h, eta, mean, graph } = dynamics;
    const m = { n, p, xi, mean, successor: Int32Array.from(graph.to), beta, a, h, eta };
    const session = await ort.InferenceSession.create(updateToOnnx(m));
    const out = await session.run({ state: new ort.Tensor('float64', Float64Array.from(x), [batch, n]) });
    iterateBatch(dynamics, scratch, x, batch);
    expect(maxAbsDiff(out.next_state.data as Float64Array, x)).toBeLessThan(TOLERANCE);
  });
});

describe('onnxProblem', () => {
  it('allows Xi up to MAX_ONNX_XI_ENTRIES entries and names the sizes beyond', () => {
    expect(onnxProblem(1024, MAX_ONNX_XI_ENTRIES / 1024)).toBeUndefined();
    expect(onnxProblem(1024, MAX_ONNX_XI_ENTRIES / 1024 + 1)).toContain(`at most ${MAX_ONNX_XI_ENTRIES}`);
  });
});
