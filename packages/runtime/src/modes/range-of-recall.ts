import { createRng, graphDistances, symmetricNormalise, type UndirectedGraph } from '@cdam/compiler';
import { createScratch, iterateBatch, type Dynamics } from '../dynamics.js';
import { DenseKernel } from '../kernel/dense-kernel.js';
import { classifyMode, type DynamicalMode } from './classify-mode.js';

/** a values that show all four modes on the default cycle:30 (a = -3 is neutral quiescence), and the steps between them. */
export const DEFAULT_MODE_STRENGTHS: readonly number[] = [1, 0.5, 0, -0.5, -1, -2, -3];

/** Options of `rangeOfRecall`; the defaults are the paper's (docs/modes.md). */
export interface RangeOfRecallOptions {
  /** n (default 1000). */
  readonly neurons?: number;
  /** The auto-association strengths a to run; h = 1 − a (default `DEFAULT_MODE_STRENGTHS`). */
  readonly a?: readonly number[];
  /** Seed of the codes and noise (default 0). */
  readonly seed?: number;
  /** Independent draws of codes and noise, each starting once at every vertex (default 1). */
  readonly trials?: number;
  /** Updates per start (default 100). */
  readonly iterations?: number;
  readonly beta?: number;
  readonly eta?: number;
  /** Start noise: F · (u − 1/2) per neuron, u uniform in [0, 1) (default 1: uniform in [−0.5, 0.5)). */
  readonly noise?: number;
  /** The start vertex whose final correlations are kept for pictures (default 0). */
  readonly exampleStart?: number;
}

/** One a value of the experiment. */
export interface ModeRow {
  readonly a: number;
  readonly h: number;
  /** Mean Pearson correlation of the final state with the patterns at graph distance d = 0, 1, ... */
  readonly correlationByDistance: readonly number[];
  /** Mean correlation between the final states of two starts at distance d (the notebook's figure). */
  readonly attractorCorrelationByDistance: readonly number[];
  readonly mode: DynamicalMode;
  /** See `ModeClass.range`. */
  readonly range: number | null;
  /** Correlation of the final state from `exampleStart` (first trial) with every pattern. */
  readonly exampleCorrelations: readonly number[];
}

/** The whole experiment. */
export interface RangeOfRecall {
  readonly graph: string;
  readonly vertices: number;
  readonly edges: number;
  readonly neurons: number;
  readonly beta: number;
  readonly eta: number;
  readonly iterations: number;
  readonly noise: number;
  readonly trials: number;
  readonly seed: number;
  readonly exampleStart: number;
  readonly rows: readonly ModeRow[];
}

/**
 * The largest pattern matrix of the experiment, n · p entries: it keeps about seven n × p arrays of doubles
 * (patterns, kernel, starts, states, centred copies), 448 MiB at 2^23. cycle:30 at n = 1000 has 2^14.9.
 */
export const MAX_MODES_ENTRIES = 2 ** 23;

/**
 * The most work the experiment may take, in multiply-adds trials · |a| · iterations · n · p² (one product of
 * every start with every pattern per update). 2^32 take about 25 s on the 2-core machine of docs/modes.md;
 * docs/modes.md's cycle:30 at n = 1000 needs 2^29 (2^30.6 with --trials 3), the karate club 2^29.4.
 */
export const MAX_MODES_WORK = 2 ** 32;

/**
 * Why `rangeOfRecall(graph, options)` would be too large to run (past `MAX_MODES_ENTRIES` or
 * `MAX_MODES_WORK`), naming the figure, the limit and what to lower; undefined when it fits. O(1).
 */
export function rangeOfRecallProblem(graph: UndirectedGraph, options: RangeOfRecallOptions = {}): string | undefined {
  const n = options.neurons ?? 1000;
  const p = graph.labels.length;
  const strengths = (options.a ?? DEFAULT_MODE_STRENGTHS).length;
  const trials = Math.max(1, Math.floor(options.trials ?? 1));
  const iterations = options.iterations ?? 100;
  const entries = n * p;
  if (entries > MAX_MODES_ENTRIES) {
    const fitting = Math.floor(MAX_MODES_ENTRIES / p);
    return `the range-of-recall experiment on '${graph.name}' needs ${n} neurons × ${p} patterns = ${entries} entries per matrix, more than the limit of ${MAX_MODES_ENTRIES} (2^23); use at most ${fitting} neurons or a smaller graph`;
  }
  const work = trials * strengths * iterations * n * p * p;
  if (work > MAX_MODES_WORK) {
    return `the range-of-recall experiment on '${graph.name}' needs ${trials} trial(s) × ${strengths} a value(s) × ${iterations} iterations × ${n} neurons × ${p}² patterns = ${work} multiply-adds, more than the limit of ${MAX_MODES_WORK} (2^32); lower the neurons, trials or a values, or use a smaller graph`;
  }
  return undefined;
}

/**
 * The paper's range-of-recall experiment on an undirected memory graph: uniform [0, 1) patterns, one per
 * vertex; H = D^-1/2 A D^-1/2; from every vertex, start at its pattern plus uniform noise and run
 * `iterations` updates with beta, eta and (a, h = 1 − a); then average the Pearson correlation of the final
 * state with the pattern at each graph distance, and classify the mode (`classifyMode`). Every a sees the
 * same codes and noise within a trial, so only (a, h) differ between rows. Codes come from the stream
 * `createRng(seed, 'mode-patterns-<trial>')`, noise from `'mode-noise-<trial>'`.
 * O(trials · |a| · iterations · n · p²) with all p starts run as one batch. A size past the limits of
 * `rangeOfRecallProblem` is a RangeError: callers with user input check it first.
 */
export function rangeOfRecall(graph: UndirectedGraph, options: RangeOfRecallOptions = {}): RangeOfRecall {
  const problem = rangeOfRecallProblem(graph, options);
  if (problem !== undefined) throw new RangeError(`${problem} (check with rangeOfRecallProblem first)`);
  const n = options.neurons ?? 1000;
  const strengths = options.a ?? DEFAULT_MODE_STRENGTHS;
  const seed = options.seed ?? 0;
  const trials = Math.max(1, Math.floor(options.trials ?? 1));
  const iterations = options.iterations ?? 100;
  const beta = options.beta ?? 1;
  const eta = options.eta ?? 0.1;
  const noise = options.noise ?? 1;
  const p = graph.labels.length;
  const exampleStart = Math.min(Math.max(0, options.exampleStart ?? 0), Math.max(0, p - 1));
  const distance = graphDistances(graph);
  const maxDistance = Math.max(0, ...distance.map((row) => Math.max(...row)));
  const edges = symmetricNormalise(graph);

  const sums = strengths.map(() => ({
    pattern: new Float64Array(maxDistance + 1),
    attractor: new Float64Array(maxDistance + 1),
    example: new Float64Array(p),
  }));
  const patternCounts = new Float64Array(maxDistance + 1);
  const attractorCounts = new Float64Array(maxDistance + 1);
  for (let s = 0; s < p; s++) {
    for (let j = 0; j < p; j++) {
      const d = distance[s][j];
      if (d < 0) continue;
      patternCounts[d] += trials;
      if (j !== s || d === 0) attractorCounts[d] += trials;
    }
  }

  for (let trial = 0; trial < trials; trial++) {
    const xi = new Float64Array(n * p); // column-major, column mu at mu · n
    const codeRng = createRng(seed, `mode-patterns-${trial}`);
    for (let i = 0; i < xi.length; i++) xi[i] = codeRng.next();
    const kernel = new DenseKernel({ n, p, column: (mu, out) => out.set(xi.subarray(mu * n, (mu + 1) * n)) });
    const mean = new Float64Array(n);
    for (let mu = 0; mu < p; mu++) for (let i = 0; i < n; i++) mean[i] += xi[mu * n + i] / p;
    const start = new Float64Array(n * p); // one column per start vertex
    const noiseRng = createRng(seed, `mode-noise-${trial}`);
    for (let s = 0; s < p; s++) {
      for (let i = 0; i < n; i++) start[s * n + i] = xi[s * n + i] + noise * (noiseRng.next() - 0.5);
    }
    const patterns = centredColumns(xi, n, p);
    strengths.forEach((a, row) => {
      const dynamics: Dynamics = { kernel, beta, a, h: 1 - a, eta, mean, graph: edges };
      const scratch = createScratch(dynamics, p);
      const x = Float64Array.from(start);
      for (let t = 0; t < iterations; t++) iterateBatch(dynamics, scratch, x, p);
      const finals = centredColumns(x, n, p);
      const sum = sums[row];
      for (let s = 0; s < p; s++) {
        for (let j = 0; j < p; j++) {
          const d = distance[s][j];
          const r = dotColumns(finals, s, patterns, j, n);
          if (d >= 0) sum.pattern[d] += r;
          if (trial === 0 && s === exampleStart) sum.example[j] = r;
          if (d >= 0) sum.attractor[d] += dotColumns(finals, s, finals, j, n);
        }
      }
    });
  }

  const rows = strengths.map((a, row): ModeRow => {
    const sum = sums[row];
    const correlationByDistance = [...sum.pattern].map((v, d) => v / patternCounts[d]);
    const attractorCorrelationByDistance = [...sum.attractor].map((v, d) => v / Math.max(1, attractorCounts[d]));
    const { mode, range } = classifyMode(correlationByDistance);
    return {
      a,
      h: 1 - a,
      correlationByDistance,
      attractorCorrelationByDistance,
      mode,
      range,
      exampleCorrelations: [...sum.example],
    };
  });
  return {
    graph: graph.name,
    vertices: p,
    edges: graph.edges.length,
    neurons: n,
    beta,
    eta,
    iterations,
    noise,
    trials,
    seed,
    exampleStart,
    rows,
  };
}

/** Columns centred and scaled to unit norm, so Pearson correlation is a dot product (0 for a constant column). */
function centredColumns(matrix: Float64Array, n: number, count: number): Float64Array {
  const out = new Float64Array(n * count);
  for (let c = 0; c < count; c++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += matrix[c * n + i];
    const mean = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const v = matrix[c * n + i] - mean;
      out[c * n + i] = v;
      squares += v * v;
    }
    const scale = squares > 0 ? 1 / Math.sqrt(squares) : 0;
    for (let i = 0; i < n; i++) out[c * n + i] *= scale;
  }
  return out;
}

function dotColumns(a: Float64Array, ca: number, b: Float64Array, cb: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[ca * n + i] * b[cb * n + i];
  return s;
}
