import { createRng, patternColumn, type CompiledNetwork } from '@cdam/compiler';
import { StateDecoder, type Decoded } from './decode.js';
import { createScratch, iterate, iterateBatch, type Dynamics, type Scratch } from './dynamics.js';
import { createNetworkKernel, type KernelChoice } from './kernel/create-kernel.js';
import { perturbStatePart } from './noise.js';
import { readOutput, type ReadOutput } from './outputs.js';
import type { BatchRun, RunOptions, Trajectory, TrajectoryPoint } from './trajectory.js';

/** Options of `new Network`. */
export interface NetworkOptions {
  /** Kernel for the two products (default `auto`, the factored kernel). */
  readonly kernel?: KernelChoice;
}

/** Options of `Network.runBatch`. */
export interface BatchOptions {
  /**
   * Words advanced together per matrix-matrix product (default: about 4M numbers of scratch, at most 256).
   * Any value gives the same results; it is capped at `MAX_BATCH_SCRATCH` numbers of scratch, and a value
   * that is not a number >= 1 means the default.
   */
  readonly batchSize?: number;
}

/** The most scratch numbers ((2 p + 2 n) per word) one batch of `runBatch` may take: 2^25, 256 MiB. */
export const MAX_BATCH_SCRATCH = 2 ** 25;

/** The words `runBatch` advances together for n neurons, p patterns and a requested size (see `BatchOptions`). O(1). */
export function batchCapacity(n: number, p: number, requested?: number): number {
  const perWord = 2 * p + 2 * n;
  const most = Math.max(1, Math.floor(MAX_BATCH_SCRATCH / perWord));
  const preferred =
    requested !== undefined && requested >= 1 ? Math.floor(requested) : Math.min(256, Math.floor(4_000_000 / perWord));
  return Math.max(1, Math.min(most, preferred));
}

/**
 * A compiled network, running with the update rule of docs/model.md. The state x starts at
 * ξ_start - xī; presenting a symbol overwrites the input part of x with its code; each input is followed
 * by K iterations (docs/compiler.md, "Schedule"); the state is read by Pearson correlation.
 */
export class Network {
  readonly compiled: CompiledNetwork;
  readonly dynamics: Dynamics;
  private readonly x: Float64Array;
  private readonly scratch: Scratch;
  private readonly decoder: StateDecoder;
  private readonly symbolIndex: Map<string, number>;
  private readonly initial: Float64Array;

  constructor(compiled: CompiledNetwork, options: NetworkOptions = {}) {
    this.compiled = compiled;
    const { params, edges, mean } = compiled;
    const kernel = createNetworkKernel(compiled, options.kernel ?? 'auto');
    this.dynamics = {
      kernel,
      beta: params.beta,
      a: params.auto,
      h: params.hetero,
      eta: params.eta,
      mean,
      graph: edges,
    };
    this.scratch = createScratch(this.dynamics);
    this.decoder = new StateDecoder(compiled);
    this.symbolIndex = new Map(compiled.dfa.alphabet.map((symbol, s) => [symbol, s]));
    this.initial = new Float64Array(kernel.n);
    patternColumn(compiled.codes, compiled.patterns, compiled.patterns.statePattern[compiled.dfa.start], this.initial);
    for (let i = 0; i < kernel.n; i++) this.initial[i] -= mean[i];
    this.x = Float64Array.from(this.initial);
  }

  /** Neurons. */
  get n(): number {
    return this.dynamics.kernel.n;
  }

  /** Patterns. */
  get p(): number {
    return this.dynamics.kernel.p;
  }

  /** The live state vector x (length n). Read it; changing it changes the network. */
  get state(): Float64Array {
    return this.x;
  }

  /** The attention w of the last iteration (length p). */
  get attention(): Float64Array {
    return this.scratch.w;
  }

  /** x <- ξ_start - xī. O(n). */
  reset(): void {
    this.x.set(this.initial);
  }

  /** Overwrites the input part of x with the code of `symbol`; false (x unchanged) when it is not in the alphabet. O(n_i). */
  present(symbol: string): boolean {
    const s = this.symbolIndex.get(symbol);
    if (s === undefined) return false;
    writeInputCode(this.compiled, s, this.x, 0);
    return true;
  }

  /** One update of docs/model.md. */
  iterate(): void {
    iterate(this.dynamics, this.scratch, this.x);
  }

  /** `present(symbol)` then K iterations; false (nothing done) for an unknown symbol. */
  step(symbol: string): boolean {
    if (!this.present(symbol)) return false;
    for (let k = 0; k < this.compiled.params.iterations; k++) this.iterate();
    return true;
  }

  /** Reads the current state (Pearson correlation with every state pattern). O(states · n). */
  decode(): Decoded {
    return this.decoder.decode(this.x);
  }

  /** A transducer network's current output (see `readOutput`); undefined for an acceptor. O(outputs · n_o). */
  readOutput(): ReadOutput | undefined {
    return readOutput(this.compiled, this.x);
  }

  /**
   * Runs a word from the start state and decodes after every input (and every iteration on request).
   * A symbol outside the alphabet stops the run and rejects. Noise, when asked for, perturbs the state
   * part before each input from the stream `createRng(noiseSeed, 'noise')`.
   */
  run(word: readonly string[], options: RunOptions = {}): Trajectory {
    const { params } = this.compiled;
    this.reset();
    const noise = options.noise ?? 0;
    const rng = noise > 0 ? createRng(options.noiseSeed ?? params.seed, 'noise') : undefined;
    const order = new Int32Array(params.stateNeurons);
    const initialOutput = this.readOutput();
    const points: TrajectoryPoint[] = [
      { symbol: null, decoded: this.decode(), ...(initialOutput ? { output: initialOutput } : {}) },
    ];
    let stopped: Trajectory['stopped'];
    for (let position = 0; position < word.length; position++) {
      const symbol = word[position];
      if (!this.symbolIndex.has(symbol)) {
        stopped = { position, reason: 'unknown-symbol' };
        break;
      }
      if (rng) perturbStatePart(this.x, 0, this.compiled.mean, params.stateNeurons, noise, params.encoding, rng, order);
      this.present(symbol);
      const iterations: Decoded[] = [];
      for (let k = 0; k < params.iterations; k++) {
        this.iterate();
        if (options.recordIterations) iterations.push(this.decode());
      }
      const output = this.readOutput();
      points.push({
        symbol,
        decoded: this.decode(),
        attended: argmax(this.scratch.w, 0, this.p),
        ...(options.recordIterations ? { iterations } : {}),
        ...(output ? { output } : {}),
      });
    }
    const final = points[points.length - 1].decoded;
    const accepted = stopped === undefined && !final.quiescent && this.compiled.dfa.accepting.has(final.state);
    return {
      word: [...word],
      points,
      finalState: final.quiescent ? null : final.name,
      accepted,
      ...(stopped ? { stopped } : {}),
    };
  }

  /**
   * Runs many words with matrix-matrix products: words are sorted by length within each batch, so the
   * words still running are always a prefix of the batch's columns and finished ones drop out.
   * Per word, the arithmetic is that of `run` without noise. Does not touch this network's own state.
   */
  runBatch(words: readonly (readonly string[])[], options: BatchOptions = {}): BatchRun[] {
    const size = batchCapacity(this.n, this.p, options.batchSize);
    const results: BatchRun[] = new Array(words.length);
    for (let start = 0; start < words.length; start += size) {
      const chunk = [];
      for (let i = start; i < Math.min(words.length, start + size); i++) chunk.push(i);
      this.runChunk(words, chunk, results);
    }
    return results;
  }

  private runChunk(words: readonly (readonly string[])[], chunk: number[], results: BatchRun[]): void {
    const { compiled, n } = this;
    const lengths = new Map<number, number>();
    for (const w of chunk) {
      const word = words[w];
      let length = 0;
      while (length < word.length && this.symbolIndex.has(word[length])) length++;
      lengths.set(w, length);
    }
    const order = [...chunk].sort((u, v) => (lengths.get(v) ?? 0) - (lengths.get(u) ?? 0) || u - v);
    const batch = order.length;
    const x = new Float64Array(n * batch);
    for (let b = 0; b < batch; b++) x.set(this.initial, b * n);
    const scratch = createScratch(this.dynamics, batch);
    const states: string[][] = order.map(() => []);
    const margins = order.map((w) => new Float64Array(lengths.get(w) ?? 0));
    const outputs: (string | null)[][] = order.map(() => []);
    const last: (Decoded | undefined)[] = order.map(() => undefined);
    const maxLength = lengths.get(order[0]) ?? 0;
    for (let t = 0; t < maxLength; t++) {
      let active = 0;
      while (active < batch && (lengths.get(order[active]) ?? 0) > t) active++;
      for (let b = 0; b < active; b++) {
        writeInputCode(compiled, this.symbolIndex.get(words[order[b]][t]) as number, x, b * n);
      }
      for (let k = 0; k < compiled.params.iterations; k++) iterateBatch(this.dynamics, scratch, x, active);
      for (let b = 0; b < active; b++) {
        const decoded = this.decoder.decode(x, b * n);
        states[b].push(decoded.name);
        margins[b][t] = decoded.margin;
        last[b] = decoded;
        const output = readOutput(compiled, x, b * n);
        if (output) outputs[b].push(output.output);
      }
    }
    order.forEach((w, b) => {
      const word = words[w];
      const final = last[b] ?? this.decoder.decode(this.initial);
      const length = lengths.get(w) ?? 0;
      const stopped = length < word.length ? { position: length, reason: 'unknown-symbol' as const } : undefined;
      results[w] = {
        word: [...word],
        states: states[b],
        margins: margins[b],
        ...(compiled.outputs ? { outputs: outputs[b] } : {}),
        finalState: final.quiescent ? null : final.name,
        accepted: stopped === undefined && !final.quiescent && compiled.dfa.accepting.has(final.state),
        ...(stopped ? { stopped } : {}),
      };
    });
  }
}

function writeInputCode(compiled: CompiledNetwork, symbol: number, x: Float64Array, offset: number): void {
  const { codes } = compiled;
  const ns = codes.stateLength;
  const ni = codes.inputLength;
  for (let i = 0; i < ni; i++) x[offset + ns + i] = codes.input[symbol * ni + i];
}

function argmax(values: Float64Array, from: number, length: number): number {
  let best = 0;
  for (let i = 1; i < length; i++) if (values[from + i] > values[from + best]) best = i;
  return best;
}
