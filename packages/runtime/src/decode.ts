import type { CompiledNetwork } from '@cdam/compiler';
import { centreInto } from './centre.js';

/** The network's state read as an automaton state (docs/model.md, "Reading the state"). */
export interface Decoded {
  /** Index of the state pattern with the largest Pearson correlation. */
  readonly state: number;
  readonly name: string;
  /** That largest correlation. */
  readonly best: number;
  /** best minus the second-best correlation (with a single state: best itself). */
  readonly margin: number;
  /** best < quiescenceThreshold: no memory is active (the paper's neutral quiescence). */
  readonly quiescent: boolean;
  /** Pearson correlation with every state pattern, by state index. */
  readonly correlations: Float64Array;
}

/**
 * Pearson correlation of x with every state pattern ξ_q = [s_q ; r]:
 * corr = Σ_i (x_i - x̄) ξ_q,i / (|x - x̄| · |ξ_q - ξ̄_q|), and 0 when either vector is constant.
 * Pattern means and centred norms are computed once. O(states · n) per decode.
 */
export class StateDecoder {
  private readonly network: CompiledNetwork;
  private readonly n: number;
  private readonly centredNorm: Float64Array;
  private readonly centred: Float64Array;

  constructor(network: CompiledNetwork) {
    this.network = network;
    const { codes } = network;
    const ns = codes.stateLength;
    const ni = codes.inputLength;
    this.n = ns + ni;
    const rest = (codes.inputCount - 1) * ni;
    this.centredNorm = new Float64Array(codes.stateCount);
    for (let q = 0; q < codes.stateCount; q++) {
      let sum = 0;
      for (let i = 0; i < ns; i++) sum += codes.state[q * ns + i];
      for (let i = 0; i < ni; i++) sum += codes.input[rest + i];
      const mean = sum / this.n;
      let squares = 0;
      for (let i = 0; i < ns; i++) squares += (codes.state[q * ns + i] - mean) ** 2;
      for (let i = 0; i < ni; i++) squares += (codes.input[rest + i] - mean) ** 2;
      this.centredNorm[q] = Math.sqrt(squares);
    }
    this.centred = new Float64Array(this.n);
  }

  /** Decodes x[offset ..< offset + n]; writes the correlations into `correlations` when given. */
  decode(x: Float64Array, offset = 0, correlations?: Float64Array): Decoded {
    const { codes, dfa, params } = this.network;
    const { n, centred } = this;
    const ns = codes.stateLength;
    const ni = codes.inputLength;
    const Q = codes.stateCount;
    const out = correlations ?? new Float64Array(Q);
    const norm = centreInto(x, offset, n, centred);
    const rest = (codes.inputCount - 1) * ni;
    let restDot = 0;
    for (let i = 0; i < ni; i++) restDot += centred[ns + i] * codes.input[rest + i];
    let best = -Infinity;
    let second = -Infinity;
    let state = 0;
    for (let q = 0; q < Q; q++) {
      let dot = 0;
      const row = q * ns;
      for (let i = 0; i < ns; i++) dot += centred[i] * codes.state[row + i];
      const denominator = norm * this.centredNorm[q];
      const r = denominator > 0 ? (dot + restDot) / denominator : 0;
      out[q] = r;
      if (r > best) {
        second = best;
        best = r;
        state = q;
      } else if (r > second) {
        second = r;
      }
    }
    return {
      state,
      name: dfa.states[state],
      best,
      margin: Q > 1 ? best - second : best,
      quiescent: !(best >= params.quiescenceThreshold),
      correlations: out,
    };
  }
}
