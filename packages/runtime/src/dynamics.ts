import type { Kernel } from './kernel/kernel.js';
import { softmaxInPlace } from './softmax.js';

/**
 * The memory graph H as a sparse map: edge e moves the attention on pattern `from[e]` to pattern
 * `to[e]` with weight `weight[e]` (1 when `weight` is absent), so (H w)[to[e]] += weight[e] · w[from[e]].
 * Weights carry normalised graphs such as D^-1/2 A D^-1/2 (docs/model.md, "Objects").
 */
export interface SparseGraph {
  readonly count: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight?: Float64Array;
}

/** Everything one update needs, with the model's symbols (docs/model.md). */
export interface Dynamics {
  readonly kernel: Kernel;
  readonly beta: number;
  /** Auto-association strength a. */
  readonly a: number;
  /** Hetero-association strength h. */
  readonly h: number;
  readonly eta: number;
  /** xī (length n). */
  readonly mean: Float64Array;
  readonly graph: SparseGraph;
}

/** Buffers an update writes into, sized for up to `batch` state vectors. */
export interface Scratch {
  readonly batch: number;
  /** Scores, then attention weights w (p × batch). */
  readonly w: Float64Array;
  /** c = a w + h H w (p × batch). */
  readonly c: Float64Array;
  /** Xi c (n × batch). */
  readonly target: Float64Array;
}

/** Allocates scratch buffers for `batch` vectors (default 1). O((n + p) · batch) memory. */
export function createScratch(dynamics: Dynamics, batch = 1): Scratch {
  const { n, p } = dynamics.kernel;
  return { batch, w: new Float64Array(p * batch), c: new Float64Array(p * batch), target: new Float64Array(n * batch) };
}

/**
 * c = a w + h H w for one p-sized block (offset `at`): the auto part keeps w, the hetero part moves each
 * pattern's weight to its successors. O(p + edges).
 */
export function mixAutoHetero(
  graph: SparseGraph,
  w: Float64Array,
  a: number,
  h: number,
  c: Float64Array,
  at = 0,
  p = w.length,
): void {
  for (let mu = 0; mu < p; mu++) c[at + mu] = a * w[at + mu];
  const { from, to, count, weight } = graph;
  if (weight) for (let e = 0; e < count; e++) c[at + to[e]] += h * weight[e] * w[at + from[e]];
  else for (let e = 0; e < count; e++) c[at + to[e]] += h * w[at + from[e]];
}

/**
 * One update of docs/model.md, in place on x (length n):
 * w = softmax(beta Xi^T x); c = a w + h H w; x <- x + eta (Xi c - xī - x).
 * Afterwards `scratch.w` holds the attention w. O(kernel products + p + edges).
 */
export function iterate(dynamics: Dynamics, scratch: Scratch, x: Float64Array): void {
  iterateBatch(dynamics, scratch, x, 1);
}

/**
 * `iterate` for `batch` independent state vectors at once (x is n × batch, column-major), using the
 * kernel's matrix-matrix forms. Each column gets exactly the arithmetic of `iterate`.
 */
export function iterateBatch(dynamics: Dynamics, scratch: Scratch, x: Float64Array, batch: number): void {
  if (batch > scratch.batch) throw new RangeError(`scratch holds ${scratch.batch} vectors, not ${batch}`);
  dynamics.kernel.projectBatch(x, batch, scratch.w);
  iterateFromScores(dynamics, scratch, x, batch);
}

/**
 * The rest of `iterateBatch` when scratch.w already holds Xi^T x (p × batch), e.g. from reading the state
 * after the previous update: softmax, mixing, combine and the leaky step. Overwrites scratch.w.
 * O(n · p · batch) (one kernel product).
 */
export function iterateFromScores(dynamics: Dynamics, scratch: Scratch, x: Float64Array, batch = 1): void {
  const { kernel, beta, a, h, eta, mean, graph } = dynamics;
  const { n, p } = kernel;
  if (batch > scratch.batch) throw new RangeError(`scratch holds ${scratch.batch} vectors, not ${batch}`);
  const { w, c, target } = scratch;
  for (let b = 0; b < batch; b++) {
    softmaxInPlace(w, beta, b * p, p);
    mixAutoHetero(graph, w, a, h, c, b * p, p);
  }
  kernel.combineBatch(c, batch, target);
  for (let b = 0; b < batch; b++) {
    const off = b * n;
    // eta = 1 is x <- Xi c - xī: written so, the old x leaves no rounding trace in the new one.
    if (eta === 1) for (let i = 0; i < n; i++) x[off + i] = target[off + i] - mean[i];
    else for (let i = 0; i < n; i++) x[off + i] += eta * (target[off + i] - mean[i] - x[off + i]);
  }
}
