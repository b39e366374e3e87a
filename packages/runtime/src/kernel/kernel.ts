import { MAX_XI_ENTRIES } from '@cdam/compiler';

/**
 * The two dense products one CDAM update needs (docs/model.md, "One update"), for one state vector or
 * for B of them at once. Batch matrices are column-major: x is n × B (column b at b · n), z is p × B.
 * Implementations may differ only in the order they add terms; tests check each against the ml-matrix
 * reference kernel.
 */
export interface Kernel {
  /** Neurons. */
  readonly n: number;
  /** Patterns. */
  readonly p: number;
  /** out = Xi^T x (x length n, out length p). */
  project(x: Float64Array, out: Float64Array): void;
  /** out = Xi c (c length p, out length n). */
  combine(c: Float64Array, out: Float64Array): void;
  /** out (p × batch) = Xi^T x (n × batch). */
  projectBatch(x: Float64Array, batch: number, out: Float64Array): void;
  /** out (n × batch) = Xi c (p × batch). */
  combineBatch(c: Float64Array, batch: number, out: Float64Array): void;
}

/** Where a kernel reads Xi from: column mu of the n × p pattern matrix, one at a time. */
export interface PatternSource {
  readonly n: number;
  readonly p: number;
  /** Writes column `mu` (length n) into `out`. */
  column(mu: number, out: Float64Array): void;
}

/** Throws a RangeError (a programmer error) unless the buffers fit the kernel. */
export function checkSizes(
  kernel: Kernel,
  inLength: number,
  inRows: number,
  outLength: number,
  outRows: number,
  batch: number,
): void {
  if (!Number.isInteger(batch) || batch < 0 || inLength < inRows * batch || outLength < outRows * batch) {
    throw new RangeError(
      `kernel buffers too small: input ${inLength} for ${inRows} × ${batch}, output ${outLength} for ${outRows} × ${batch} (n = ${kernel.n}, p = ${kernel.p})`,
    );
  }
}

/**
 * Throws a RangeError (a programmer error: compiled networks stay within the compiler's limits) unless an
 * n × p pattern matrix fits `MAX_XI_ENTRIES`, before a kernel allocates it.
 */
export function checkPatternMatrix(n: number, p: number, kernel: string): void {
  if (!(Number.isInteger(n) && Number.isInteger(p) && n >= 0 && p >= 0 && n * p <= MAX_XI_ENTRIES)) {
    throw new RangeError(
      `the ${kernel} kernel cannot hold n = ${n} by p = ${p} patterns: n · p must be at most ${MAX_XI_ENTRIES} (2^28)`,
    );
  }
}
