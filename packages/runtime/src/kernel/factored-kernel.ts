import type { CompiledNetwork } from '@cdam/compiler';
import { checkSizes, type Kernel } from './kernel.js';

/**
 * A kernel that uses how compiled patterns are built: column mu of Xi is [s_state(mu) ; u_input(mu)], so
 * Xi = [S P ; U R] with S the state codes, U the input codes and P, R 0/1 selection matrices. Then
 * Xi^T x = P^T (S^T x_s) + R^T (U^T x_i) and Xi c = [S (P c) ; U (R c)]: the same products as the dense
 * kernel, with the terms of each sum grouped by code. Cost O(states · n_s + inputs · n_i + p) per product
 * instead of O(n · p), i.e. about (symbols + 1) times less for a complete DFA. Batch forms are
 * matrix-matrix (each code row is used for the whole batch while it is in cache) and add the terms of every
 * column in the same order as the single forms, so they are bit-identical to them.
 */
export class FactoredKernel implements Kernel {
  readonly n: number;
  readonly p: number;
  private readonly ns: number;
  private readonly ni: number;
  private readonly stateCount: number;
  private readonly inputCount: number;
  private readonly stateCodes: Float64Array;
  private readonly inputCodes: Float64Array;
  private readonly patternState: Int32Array;
  private readonly patternInput: Int32Array;
  private stateScore: Float64Array;
  private inputScore: Float64Array;

  constructor(network: CompiledNetwork) {
    const { codes, patterns } = network;
    this.ns = codes.stateLength;
    this.ni = codes.inputLength;
    this.n = this.ns + this.ni;
    this.p = patterns.count;
    this.stateCount = codes.stateCount;
    this.inputCount = codes.inputCount;
    this.stateCodes = codes.state;
    this.inputCodes = codes.input;
    this.patternState = patterns.state;
    this.patternInput = patterns.input;
    this.stateScore = new Float64Array(this.stateCount);
    this.inputScore = new Float64Array(this.inputCount);
  }

  project(x: Float64Array, out: Float64Array): void {
    this.projectBatch(x, 1, out);
  }

  combine(c: Float64Array, out: Float64Array): void {
    this.combineBatch(c, 1, out);
  }

  projectBatch(x: Float64Array, batch: number, out: Float64Array): void {
    checkSizes(this, x.length, this.n, out.length, this.p, batch);
    const { n, ns, ni, p, patternState, patternInput } = this;
    const stateScore = this.scratch(this.stateCount * batch, 'state');
    const inputScore = this.scratch(this.inputCount * batch, 'input');
    dots(this.stateCodes, this.stateCount, ns, x, 0, n, batch, stateScore);
    dots(this.inputCodes, this.inputCount, ni, x, ns, n, batch, inputScore);
    for (let b = 0; b < batch; b++) {
      const so = b * this.stateCount;
      const io = b * this.inputCount;
      const oo = b * p;
      for (let mu = 0; mu < p; mu++)
        out[oo + mu] = stateScore[so + patternState[mu]] + inputScore[io + patternInput[mu]];
    }
  }

  combineBatch(c: Float64Array, batch: number, out: Float64Array): void {
    checkSizes(this, c.length, this.p, out.length, this.n, batch);
    const { n, ns, ni, p, stateCount, inputCount, patternState, patternInput } = this;
    const stateWeight = this.scratch(stateCount * batch, 'state');
    const inputWeight = this.scratch(inputCount * batch, 'input');
    stateWeight.fill(0, 0, stateCount * batch);
    inputWeight.fill(0, 0, inputCount * batch);
    for (let b = 0; b < batch; b++) {
      const so = b * stateCount;
      const io = b * inputCount;
      const co = b * p;
      for (let mu = 0; mu < p; mu++) {
        const cm = c[co + mu];
        stateWeight[so + patternState[mu]] += cm;
        inputWeight[io + patternInput[mu]] += cm;
      }
    }
    combineRows(this.stateCodes, stateCount, ns, stateWeight, batch, out, 0, n);
    combineRows(this.inputCodes, inputCount, ni, inputWeight, batch, out, ns, n);
  }

  /** A reusable buffer of at least `length` entries (grows with the batch size). */
  private scratch(length: number, which: 'state' | 'input'): Float64Array {
    const current = which === 'state' ? this.stateScore : this.inputScore;
    if (current.length >= length) return current;
    const grown = new Float64Array(length);
    if (which === 'state') this.stateScore = grown;
    else this.inputScore = grown;
    return grown;
  }
}

/**
 * scores[b * count + r] = rows[r] · x[b * stride + from ..< b * stride + from + length], four accumulators;
 * row-major over rows so each row is reused for the whole batch.
 */
function dots(
  rows: Float64Array,
  count: number,
  length: number,
  x: Float64Array,
  from: number,
  stride: number,
  batch: number,
  scores: Float64Array,
): void {
  const l4 = length - (length % 4);
  for (let r = 0; r < count; r++) {
    const row = r * length;
    for (let b = 0; b < batch; b++) {
      const xo = b * stride + from;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let i = 0;
      for (; i < l4; i += 4) {
        s0 += rows[row + i] * x[xo + i];
        s1 += rows[row + i + 1] * x[xo + i + 1];
        s2 += rows[row + i + 2] * x[xo + i + 2];
        s3 += rows[row + i + 3] * x[xo + i + 3];
      }
      for (; i < length; i++) s0 += rows[row + i] * x[xo + i];
      scores[b * count + r] = s0 + s1 + (s2 + s3);
    }
  }
}

/**
 * out[b * stride + from + i] = sum over r (in order) of weight[b * count + r] · rows[r][i]. Four rows at a
 * time: each output is loaded and stored once per four terms, which are still added one after the other
 * in row order, so the result is bit-identical to the row-by-row sum.
 */
function combineRows(
  rows: Float64Array,
  count: number,
  length: number,
  weight: Float64Array,
  batch: number,
  out: Float64Array,
  from: number,
  stride: number,
): void {
  for (let b = 0; b < batch; b++) out.fill(0, b * stride + from, b * stride + from + length);
  const c4 = count - (count % 4);
  for (let r = 0; r < c4; r += 4) {
    const r0 = r * length;
    const r1 = r0 + length;
    const r2 = r1 + length;
    const r3 = r2 + length;
    for (let b = 0; b < batch; b++) {
      const wo = b * count + r;
      const w0 = weight[wo];
      const w1 = weight[wo + 1];
      const w2 = weight[wo + 2];
      const w3 = weight[wo + 3];
      const oo = b * stride + from;
      for (let i = 0; i < length; i++) {
        out[oo + i] = out[oo + i] + w0 * rows[r0 + i] + w1 * rows[r1 + i] + w2 * rows[r2 + i] + w3 * rows[r3 + i];
      }
    }
  }
  for (let r = c4; r < count; r++) {
    const row = r * length;
    for (let b = 0; b < batch; b++) {
      const w = weight[b * count + r];
      const oo = b * stride + from;
      for (let i = 0; i < length; i++) out[oo + i] += w * rows[row + i];
    }
  }
}
