import type { CompiledNetwork, CompiledSequence } from '@cdam/compiler';
import { GraphBuilder } from './onnx-builder.js';
import { automatonMetadata, sequenceMetadata } from './metadata.js';
import { automatonMatrices, sequenceMatrices, type NetworkMatrices } from './network-matrices.js';

/** Options of the ONNX exports. */
export interface OnnxOptions {
  /**
   * Adds the output `iterates` [K, B, n]: the state after each of the K updates (the last is `next_state`).
   * For checking a run update by update; the exported file of `cdam export` has no such output.
   */
  readonly traceIterations?: boolean;
}

/** The most entries of Xi [n, p] one model may hold: 2^27 float64, 1 GiB, within protobuf's 2 GiB per file. */
export const MAX_ONNX_XI_ENTRIES = 2 ** 27;

/** Why a network of n neurons and p patterns cannot be one ONNX file, or undefined. O(1). */
export function onnxProblem(n: number, p: number): string | undefined {
  return n * p > MAX_ONNX_XI_ENTRIES
    ? `Xi has ${n} x ${p} = ${n * p} entries; one ONNX file holds at most ${MAX_ONNX_XI_ENTRIES} (1 GiB of float64)`
    : undefined;
}

/** The batch dimension of every input and output. */
const BATCH = 'B';

/**
 * The constants of one update (docs/model.md) and the nodes that fold them: `mixed_t` = (a Xi + h Xi H)^T,
 * p × n, so that Xi c = Xi (a w + h H w) is one product w · mixed_t (Xi H is Xi with column mu replaced by
 * column successor[mu]). ONNX Runtime folds these nodes once, when a session is created.
 */
function updateConstants(g: GraphBuilder, m: NetworkMatrices): void {
  const { n, p } = m;
  g.double('Xi', [n, p], m.xi);
  g.double('mean', [n], m.mean);
  g.double('beta', [], [m.beta]);
  g.double('a', [], [m.a]);
  g.double('h', [], [m.h]);
  g.double('eta', [], [m.eta]);
  g.int64('successor', [p], m.successor);
  g.int64('axis_last', [1], [-1]);
  const xiH = g.node('Gather', ['Xi', 'successor'], { axis: 1 }, 'Xi_H');
  const mixed = g.node('Add', [g.node('Mul', ['a', 'Xi']), g.node('Mul', ['h', xiH])], {}, 'mixed');
  g.node('Transpose', [mixed], { perm: [1, 0] }, 'mixed_t');
}

/**
 * One update of docs/model.md on x [B, n]: z = beta · x Xi; w = softmax(z) (max subtracted, then scaled by
 * 1 / sum); x + eta (w mixed_t - xī - x). Returns the name of the new state.
 */
function update(g: GraphBuilder, x: string, output?: string): string {
  const z = g.node('Mul', [g.node('MatMul', [x, 'Xi']), 'beta']);
  const shifted = g.node('Sub', [z, g.node('ReduceMax', [z], { axes: [-1], keepdims: 1 })]);
  const e = g.node('Exp', [shifted]);
  const w = g.node('Mul', [e, g.node('Reciprocal', [g.node('ReduceSum', [e, 'axis_last'], { keepdims: 1 })])]);
  const target = g.node('MatMul', [w, 'mixed_t']);
  const step = g.node('Sub', [g.node('Sub', [target, 'mean']), x]);
  return g.node('Add', [x, g.node('Mul', ['eta', step])], {}, output);
}

/**
 * Pearson correlation of x [B, n] with the columns of `patterns` [n, S] whose centred norms are `norms` [S]:
 * Σ (x_i - x̄) ξ_i / (|x - x̄| · |ξ - ξ̄|), and 0 when either vector is constant (as the runtime's decoders).
 */
function correlations(g: GraphBuilder, x: string, patterns: string, norms: string, output: string): void {
  g.double('zero', [], [0]);
  const centred = g.node('Sub', [x, g.node('ReduceMean', [x], { axes: [-1], keepdims: 1 })]);
  const norm = g.node('Sqrt', [g.node('ReduceSum', [g.node('Mul', [centred, centred]), 'axis_last'], { keepdims: 1 })]);
  const dots = g.node('MatMul', [centred, patterns]);
  const denominator = g.node('Mul', [norm, norms]);
  const positive = g.node('Greater', [denominator, 'zero']);
  g.node('Where', [positive, g.node('Div', [dots, denominator]), 'zero'], {}, output);
}

/** |ξ - ξ̄| of column mu, as the automaton's state decoder computes it (mean first, then squares). O(n). */
function centredNorm(m: NetworkMatrices, mu: number): number {
  let sum = 0;
  for (let i = 0; i < m.n; i++) sum += m.xi[i * m.p + mu];
  const mean = sum / m.n;
  let squares = 0;
  for (let i = 0; i < m.n; i++) squares += (m.xi[i * m.p + mu] - mean) ** 2;
  return Math.sqrt(squares);
}

/** |ξ - ξ̄| of column mu, as the sequence decoder computes it (squares minus the squared sum over n). O(n). */
function sequenceCentredNorm(m: NetworkMatrices, mu: number): number {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < m.n; i++) {
    const v = m.xi[i * m.p + mu];
    sum += v;
    squares += v * v;
  }
  return Math.sqrt(Math.max(0, squares - (sum * sum) / m.n));
}

/**
 * K updates starting from `x` as an ONNX Loop; returns the final state's name and, with `trace`, adds the
 * scan output `iterates` [K, B, n].
 */
function updates(g: GraphBuilder, x: string, iterations: number, trace: boolean, n: number): string {
  const body = g.subgraph();
  body.input('iteration', 'int64', []);
  body.input('condition_in', 'bool', []);
  const carried = body.input('state_in', 'double', [BATCH, n]);
  body.node('Identity', ['condition_in'], {}, 'condition_out');
  const next = update(body, carried, 'state_out');
  body.output('condition_out', 'bool', []);
  body.output(next, 'double', [BATCH, n]);
  if (trace) {
    body.node('Identity', [next], {}, 'state_scan');
    body.output('state_scan', 'double', [BATCH, n]);
  }
  g.int64('iterations', [], [iterations]);
  const outputs = trace ? ['updated', 'iterates'] : ['updated'];
  const loop = body.graph('update');
  // A Loop node has several outputs; the builder's `node` names one, so this one is added by hand.
  g.multiNode('Loop', ['iterations', '', x], outputs, { body: loop });
  return 'updated';
}

/**
 * The ONNX model of a compiled automaton (opset 17, float64): inputs `state` [B, n] and `symbol` [B] (int64,
 * index in alphabet order); outputs `next_state` [B, n] (the input part overwritten with the symbol's code,
 * then K updates) and `correlations` [B, S] (with every state pattern, in state order). Metadata key `cdam`.
 * O(n · p) time and memory.
 */
export function automatonToOnnx(network: CompiledNetwork, options: OnnxOptions = {}): Uint8Array {
  const m = automatonMatrices(network);
  const { codes, patterns, params, dfa } = network;
  const ns = codes.stateLength;
  const ni = codes.inputLength;
  const k = dfa.alphabet.length;
  const S = dfa.states.length;
  const g = new GraphBuilder();
  g.input('state', 'double', [BATCH, m.n]);
  g.input('symbol', 'int64', [BATCH]);
  updateConstants(g, m);
  g.double('input_codes', [k, ni], codes.input.subarray(0, k * ni));
  g.int64('state_patterns', [S], patterns.statePattern);
  g.double(
    'state_pattern_norms',
    [S],
    Array.from(patterns.statePattern, (mu) => centredNorm(m, mu)),
  );
  g.int64('state_part', [1], [ns]);
  g.int64('zero_index', [1], [0]);
  g.int64('axis_1', [1], [1]);
  g.node('Gather', ['Xi', 'state_patterns'], { axis: 1 }, 'state_columns');
  const kept = g.node('Slice', ['state', 'zero_index', 'state_part', 'axis_1']);
  const code = g.node('Gather', ['input_codes', 'symbol'], { axis: 0 });
  const presented = g.node('Concat', [kept, code], { axis: 1 }, 'presented');
  const trace = options.traceIterations ?? false;
  const final = updates(g, presented, params.iterations, trace, m.n);
  g.node('Identity', [final], {}, 'next_state');
  correlations(g, 'next_state', 'state_columns', 'state_pattern_norms', 'correlations');
  g.output('next_state', 'double', [BATCH, m.n]);
  g.output('correlations', 'double', [BATCH, S]);
  if (trace) g.output('iterates', 'double', [params.iterations, BATCH, m.n]);
  return g.encode(
    network.name,
    `cdam network '${network.name}': one input symbol and ${params.iterations} CDAM updates per run`,
    { cdam: JSON.stringify(automatonMetadata(network, m)) },
  );
}

/** A graph with the input `state` [B, n] and the constants of one update of `m`. */
function updateGraph(m: NetworkMatrices): GraphBuilder {
  const g = new GraphBuilder();
  g.input('state', 'double', [BATCH, m.n]);
  updateConstants(g, m);
  return g;
}

/**
 * The ONNX model of one update of any network with one successor per pattern: input `state` [B, n], output
 * `next_state` [B, n]. For measuring ONNX Runtime on networks that are not compiled (`pnpm bench`). O(n · p).
 */
export function updateToOnnx(m: NetworkMatrices, name = 'cdam-update'): Uint8Array {
  const g = updateGraph(m);
  update(g, 'state', 'next_state');
  g.output('next_state', 'double', [BATCH, m.n]);
  return g.encode(name, 'one CDAM update', {});
}

/**
 * The ONNX model of a compiled sequence (opset 17, float64): input `state` [B, n]; outputs `next_state`
 * [B, n] (one update, one tick of recall) and `correlations` [B, p] (with every pattern). Metadata key
 * `cdam` with the pattern labels and the cue vectors' recipe. O(n · p) time and memory.
 */
export function sequenceToOnnx(sequence: CompiledSequence): Uint8Array {
  const m = sequenceMatrices(sequence);
  const g = updateGraph(m);
  g.double(
    'pattern_norms',
    [m.p],
    Array.from({ length: m.p }, (_, mu) => sequenceCentredNorm(m, mu)),
  );
  update(g, 'state', 'next_state');
  correlations(g, 'next_state', 'Xi', 'pattern_norms', 'correlations');
  g.output('next_state', 'double', [BATCH, m.n]);
  g.output('correlations', 'double', [BATCH, m.p]);
  return g.encode(sequence.name, `cdam sequence '${sequence.name}': one tick of recall per run`, {
    cdam: JSON.stringify(sequenceMetadata(sequence, m)),
  });
}
