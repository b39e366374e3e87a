import { packBipolarBits, packedProduct, type BipolarBits } from './bipolar-bits.js';
import { ColumnKernel } from './column-kernel.js';
import type { PatternSource } from './kernel.js';

/** Blocks of 32 inputs whose byte tables (8 KB each) the JavaScript kernel builds at a time. */
const JS_PASS_BLOCKS = 4;

/**
 * A kernel for ±1 patterns that replaces multiplications by table look-ups (the "four Russians" trick),
 * over the bits of `packBipolarBits`. Both products are `packedProduct`: the 256 signed sums ±v_i ± ...
 * ± v_(i+7) of each byte of 8 inputs are tabulated (2 KB per byte, built for a few blocks of 32 inputs at a
 * time so that they stay in cache), then each output adds one look-up per byte of its bits. This computes
 * the same products as the dense kernel with terms grouped differently (so results agree to rounding),
 * with an eighth of the additions (plus 256 per byte of inputs for the tables) and reading Xi as bits, a
 * 64th of the bytes of Float64. `WasmPackedKernel` runs the same additions in the same order in
 * WebAssembly (bit-identical). Batch forms apply the single forms column by column (bit-identical).
 * O(n · p / 8) per product.
 */
export class PackedBipolarKernel extends ColumnKernel {
  readonly n: number;
  readonly p: number;
  private readonly bits: BipolarBits;
  private readonly tables: Float64Array;
  private readonly paddedX: Float64Array;
  private readonly paddedC: Float64Array;

  constructor(source: PatternSource) {
    super();
    this.bits = packBipolarBits(source, 'packed');
    this.n = source.n;
    this.p = source.p;
    this.tables = new Float64Array(JS_PASS_BLOCKS * 1024);
    this.paddedX = new Float64Array(this.bits.neuronWords * 32);
    this.paddedC = new Float64Array(this.bits.patternBlocks * 32);
  }

  protected projectAt(x: Float64Array, xOffset: number, out: Float64Array, outOffset: number): void {
    const { n, p, paddedX, bits } = this;
    for (let i = 0; i < n; i++) paddedX[i] = x[xOffset + i];
    packedProduct(paddedX, bits.neuronWords, bits.byPattern, p, this.tables, out, outOffset, JS_PASS_BLOCKS);
  }

  protected combineAt(c: Float64Array, cOffset: number, out: Float64Array, outOffset: number): void {
    const { n, p, paddedC, bits } = this;
    for (let mu = 0; mu < p; mu++) paddedC[mu] = c[cOffset + mu];
    packedProduct(paddedC, bits.patternBlocks, bits.byNeuron, n, this.tables, out, outOffset, JS_PASS_BLOCKS);
  }
}
