import { createRng } from '@cdam/compiler';
import { createScratch, type Dynamics, type Scratch } from './dynamics.js';
import { createKernel, type KernelChoice, type KernelFactory } from './kernel/create-kernel.js';
import { checkPatternMatrix, type PatternSource } from './kernel/kernel.js';

/** Options of `randomDynamics`. */
export interface RandomDynamicsOptions {
  readonly n: number;
  readonly p: number;
  /** State vectors updated together (default 1). */
  readonly batch?: number;
  readonly seed?: number;
  /** A kernel choice, or a factory called with the ±1 patterns; default `auto` (the packed ±1 kernel). */
  readonly kernel?: Exclude<KernelChoice, 'factored'> | KernelFactory;
}

/**
 * A random dense network shaped like the NumPy yardstick (`shared/bench/numpy_step.py`): bipolar Xi with
 * i.i.d. ±1 entries, one uniformly random successor per pattern, beta = 4 / sqrt(n), a = -1, h = 2,
 * eta = 1, and each state vector starting at a random pattern. For benchmarks: time
 * `iterateBatch(dynamics, scratch, x, batch)`. Streams `'bench-patterns'`, `'bench-graph'`, `'bench-start'`
 * of the seed. O(n · p).
 */
export function randomDynamics(options: RandomDynamicsOptions): {
  dynamics: Dynamics;
  scratch: Scratch;
  x: Float64Array;
  /** The patterns (column mu of Xi), for building the same network elsewhere. */
  source: PatternSource;
} {
  const { n, p } = options;
  checkPatternMatrix(n, p, 'random');
  const batch = options.batch ?? 1;
  const seed = options.seed ?? 0;
  const patternRng = createRng(seed, 'bench-patterns');
  const signs = new Int8Array(n * p);
  for (let i = 0; i < n * p; i += 16) {
    const bits = patternRng.nextUint32() >>> 16;
    for (let b = 0; b < 16 && i + b < n * p; b++) signs[i + b] = (bits >>> b) & 1 ? 1 : -1;
  }
  const source: PatternSource = {
    n,
    p,
    column: (mu, out) => {
      for (let i = 0; i < n; i++) out[i] = signs[mu * n + i];
    },
  };
  const mean = new Float64Array(n);
  for (let mu = 0; mu < p; mu++) for (let i = 0; i < n; i++) mean[i] += signs[mu * n + i];
  for (let i = 0; i < n; i++) mean[i] /= p;
  const graphRng = createRng(seed, 'bench-graph');
  const from = new Int32Array(p);
  const to = new Int32Array(p);
  for (let mu = 0; mu < p; mu++) {
    from[mu] = mu;
    to[mu] = graphRng.nextInt(p);
  }
  const choice = options.kernel ?? 'auto';
  const kernel = typeof choice === 'function' ? choice(source, true) : createKernel(source, choice, true);
  const dynamics: Dynamics = {
    kernel,
    beta: 4 / Math.sqrt(n),
    a: -1,
    h: 2,
    eta: 1,
    mean,
    graph: { count: p, from, to },
  };
  const startRng = createRng(seed, 'bench-start');
  const x = new Float64Array(n * batch);
  for (let b = 0; b < batch; b++) {
    const mu = startRng.nextInt(p);
    for (let i = 0; i < n; i++) x[b * n + i] = signs[mu * n + i];
  }
  return { dynamics, scratch: createScratch(dynamics, batch), x, source };
}
