import { patternColumn, type Rng } from '@cdam/compiler';
import { StateDecoder, type Decoded } from '../decode.js';
import { createScratch, iterateBatch, type Scratch } from '../dynamics.js';
import type { Network } from '../network.js';
import { perturbStatePart } from '../noise.js';

/**
 * Up to `capacity` state vectors of one network, stepped together with the update of docs/model.md.
 * Unlike `Network.runBatch`, columns can be loaded from saved states (another stepper's columns), so
 * words that share a prefix share its arithmetic. Each column gets exactly the operations of
 * `Network.run`: optional noise on the state part, the input code written into the input part, K
 * iterations (`iterateBatch`), Pearson decoding (`StateDecoder`). Memory O((n + p) · capacity).
 */
export class BatchStepper {
  readonly network: Network;
  readonly capacity: number;
  /** The state vectors, column-major (column b at b · n). */
  readonly x: Float64Array;
  private readonly scratch: Scratch;
  private readonly decoder: StateDecoder;
  private readonly initial: Float64Array;
  private readonly order: Int32Array;

  constructor(network: Network, capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be >= 1, got ${capacity}`);
    this.network = network;
    this.capacity = capacity;
    const { compiled } = network;
    const n = network.n;
    this.x = new Float64Array(n * capacity);
    this.scratch = createScratch(network.dynamics, capacity);
    this.decoder = new StateDecoder(compiled);
    // x_0 = ξ_start - xī, as in `Network.reset`.
    this.initial = new Float64Array(n);
    patternColumn(compiled.codes, compiled.patterns, compiled.patterns.statePattern[compiled.dfa.start], this.initial);
    for (let i = 0; i < n; i++) this.initial[i] -= compiled.mean[i];
    this.order = new Int32Array(compiled.params.stateNeurons);
  }

  /** Column b <- the start state x_0. O(n). */
  loadInitial(b: number): void {
    this.x.set(this.initial, b * this.network.n);
  }

  /** Column b <- column `column` of `source` (a stepper's `x`, or a saved copy). O(n). */
  load(b: number, source: Float64Array, column: number): void {
    const n = this.network.n;
    this.x.set(source.subarray(column * n, (column + 1) * n), b * n);
  }

  /** The first `count` columns, copied (to be loaded again later). O(n · count). */
  save(count: number): Float64Array {
    return this.x.slice(0, count * this.network.n);
  }

  /** Perturbs the state part of column b as `Network.run` does before an input (see `perturbStatePart`). O(n_s). */
  perturb(b: number, fraction: number, rng: Rng): void {
    const { params, mean } = this.network.compiled;
    perturbStatePart(this.x, b * this.network.n, mean, params.stateNeurons, fraction, params.encoding, rng, this.order);
  }

  /** Overwrites the input part of column b with the code of symbol index `symbol`. O(n_i). */
  present(b: number, symbol: number): void {
    const { codes } = this.network.compiled;
    const ns = codes.stateLength;
    const ni = codes.inputLength;
    const offset = b * this.network.n + ns;
    const from = symbol * ni;
    for (let i = 0; i < ni; i++) this.x[offset + i] = codes.input[from + i];
  }

  /** The K iterations that follow an input, on the first `active` columns. */
  settle(active: number): void {
    const iterations = this.network.compiled.params.iterations;
    for (let k = 0; k < iterations; k++) iterateBatch(this.network.dynamics, this.scratch, this.x, active);
  }

  /** Decodes column b; the correlations go into `correlations` when given (length = states). O(states · n). */
  decode(b: number, correlations?: Float64Array): Decoded {
    return this.decoder.decode(this.x, b * this.network.n, correlations);
  }
}
