import { checkPatternMatrix, checkSizes, type Kernel, type PatternSource } from './kernel.js';

/** Storage of the dense kernel: `int8` is exact for ±1 patterns (±1 · x is exact) and 8× smaller. */
export type DenseStorage = 'float64' | 'int8';

/**
 * Xi stored column-major in one typed array (column mu contiguous at mu · n), so both products run
 * contiguous inner loops: `project` is p dot products over columns, `combine` adds columns scaled by c,
 * four at a time. Batch forms give bit-identical columns to the single forms (same order of additions)
 * and reuse each Xi column across the batch while it is in cache. O(n · p) per product.
 */
export class DenseKernel implements Kernel {
  readonly n: number;
  readonly p: number;
  readonly storage: DenseStorage;
  private readonly xi: Float64Array | Int8Array;

  constructor(source: PatternSource, storage: DenseStorage = 'float64') {
    checkPatternMatrix(source.n, source.p, 'dense');
    this.n = source.n;
    this.p = source.p;
    this.storage = storage;
    const n = this.n;
    this.xi = storage === 'int8' ? new Int8Array(n * this.p) : new Float64Array(n * this.p);
    const column = new Float64Array(n);
    for (let mu = 0; mu < this.p; mu++) {
      source.column(mu, column);
      for (let i = 0; i < n; i++) {
        const v = column[i];
        if (storage === 'int8' && v !== 1 && v !== -1) {
          throw new RangeError(`int8 storage needs ±1 patterns; pattern ${mu} has ${v} at neuron ${i}`);
        }
        this.xi[mu * n + i] = v;
      }
    }
  }

  project(x: Float64Array, out: Float64Array): void {
    this.projectBatch(x, 1, out);
  }

  combine(c: Float64Array, out: Float64Array): void {
    this.combineBatch(c, 1, out);
  }

  projectBatch(x: Float64Array, batch: number, out: Float64Array): void {
    checkSizes(this, x.length, this.n, out.length, this.p, batch);
    const { n, p, xi } = this;
    const n4 = n - (n % 4);
    for (let mu = 0; mu < p; mu++) {
      const col = mu * n;
      for (let b = 0; b < batch; b++) {
        const xb = b * n;
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        let i = 0;
        for (; i < n4; i += 4) {
          s0 += xi[col + i] * x[xb + i];
          s1 += xi[col + i + 1] * x[xb + i + 1];
          s2 += xi[col + i + 2] * x[xb + i + 2];
          s3 += xi[col + i + 3] * x[xb + i + 3];
        }
        for (; i < n; i++) s0 += xi[col + i] * x[xb + i];
        out[b * p + mu] = s0 + s1 + (s2 + s3);
      }
    }
  }

  combineBatch(c: Float64Array, batch: number, out: Float64Array): void {
    checkSizes(this, c.length, this.p, out.length, this.n, batch);
    const { n, p, xi } = this;
    out.fill(0, 0, n * batch);
    const p4 = p - (p % 4);
    const block = 16; // columns of out kept in cache while the Xi columns stream past
    for (let b0 = 0; b0 < batch; b0 += block) {
      const b1 = Math.min(batch, b0 + block);
      let mu = 0;
      for (; mu < p4; mu += 4) {
        const k0 = mu * n;
        const k1 = k0 + n;
        const k2 = k1 + n;
        const k3 = k2 + n;
        for (let b = b0; b < b1; b++) {
          const cb = b * p + mu;
          const c0 = c[cb];
          const c1 = c[cb + 1];
          const c2 = c[cb + 2];
          const c3 = c[cb + 3];
          const ob = b * n;
          for (let i = 0; i < n; i++) {
            out[ob + i] += c0 * xi[k0 + i] + c1 * xi[k1 + i] + c2 * xi[k2 + i] + c3 * xi[k3 + i];
          }
        }
      }
      for (; mu < p; mu++) {
        const k0 = mu * n;
        for (let b = b0; b < b1; b++) {
          const c0 = c[b * p + mu];
          const ob = b * n;
          for (let i = 0; i < n; i++) out[ob + i] += c0 * xi[k0 + i];
        }
      }
    }
  }
}
