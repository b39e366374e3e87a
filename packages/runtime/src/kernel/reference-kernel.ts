import { Matrix } from 'ml-matrix';
import { checkPatternMatrix, checkSizes, type Kernel, type PatternSource } from './kernel.js';

/**
 * The readable reference: Xi and Xi^T as ml-matrix matrices and `Matrix.mmul` for every product.
 * Slow (it allocates per call); used to check the fast kernels. O(n · p) memory.
 */
export class ReferenceKernel implements Kernel {
  readonly n: number;
  readonly p: number;
  private readonly xi: Matrix;
  private readonly xiT: Matrix;

  constructor(source: PatternSource) {
    checkPatternMatrix(source.n, source.p, 'reference');
    this.n = source.n;
    this.p = source.p;
    this.xi = new Matrix(this.n, this.p);
    const column = new Float64Array(this.n);
    for (let mu = 0; mu < this.p; mu++) {
      source.column(mu, column);
      for (let i = 0; i < this.n; i++) this.xi.set(i, mu, column[i]);
    }
    this.xiT = this.xi.transpose();
  }

  project(x: Float64Array, out: Float64Array): void {
    this.projectBatch(x, 1, out);
  }

  combine(c: Float64Array, out: Float64Array): void {
    this.combineBatch(c, 1, out);
  }

  projectBatch(x: Float64Array, batch: number, out: Float64Array): void {
    checkSizes(this, x.length, this.n, out.length, this.p, batch);
    writeColumnMajor(this.xiT.mmul(fromColumnMajor(x, this.n, batch)), out);
  }

  combineBatch(c: Float64Array, batch: number, out: Float64Array): void {
    checkSizes(this, c.length, this.p, out.length, this.n, batch);
    writeColumnMajor(this.xi.mmul(fromColumnMajor(c, this.p, batch)), out);
  }
}

function fromColumnMajor(data: Float64Array, rows: number, columns: number): Matrix {
  const m = new Matrix(rows, columns);
  for (let b = 0; b < columns; b++) for (let i = 0; i < rows; i++) m.set(i, b, data[b * rows + i]);
  return m;
}

function writeColumnMajor(m: Matrix, out: Float64Array): void {
  for (let b = 0; b < m.columns; b++) for (let i = 0; i < m.rows; i++) out[b * m.rows + i] = m.get(i, b);
}
