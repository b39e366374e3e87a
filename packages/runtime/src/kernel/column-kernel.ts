import { checkSizes, type Kernel } from './kernel.js';

/**
 * A kernel whose batch forms apply its single forms column by column, so batch results are bit-identical
 * to single ones. Subclasses implement the products on one column at given offsets; this class checks the
 * buffer sizes once per call.
 */
export abstract class ColumnKernel implements Kernel {
  abstract readonly n: number;
  abstract readonly p: number;

  /** out[outOffset ..< + p] = Xi^T x[xOffset ..< + n]. */
  protected abstract projectAt(x: Float64Array, xOffset: number, out: Float64Array, outOffset: number): void;
  /** out[outOffset ..< + n] = Xi c[cOffset ..< + p]. */
  protected abstract combineAt(c: Float64Array, cOffset: number, out: Float64Array, outOffset: number): void;

  project(x: Float64Array, out: Float64Array): void {
    checkSizes(this, x.length, this.n, out.length, this.p, 1);
    this.projectAt(x, 0, out, 0);
  }

  combine(c: Float64Array, out: Float64Array): void {
    checkSizes(this, c.length, this.p, out.length, this.n, 1);
    this.combineAt(c, 0, out, 0);
  }

  projectBatch(x: Float64Array, batch: number, out: Float64Array): void {
    checkSizes(this, x.length, this.n, out.length, this.p, batch);
    for (let b = 0; b < batch; b++) this.projectAt(x, b * this.n, out, b * this.p);
  }

  combineBatch(c: Float64Array, batch: number, out: Float64Array): void {
    checkSizes(this, c.length, this.p, out.length, this.n, batch);
    for (let b = 0; b < batch; b++) this.combineAt(c, b * this.p, out, b * this.n);
  }
}
