import { packBipolarBits } from './bipolar-bits.js';
import { ColumnKernel } from './column-kernel.js';
import { checkSizes, type PatternSource } from './kernel.js';
import { PACKED_BIPOLAR_WASM_BASE64 } from './wasm/packed-bipolar-module.js';
import { PACKED_BIPOLAR_SIMD_WASM_BASE64 } from './wasm/packed-bipolar-simd-module.js';
import { PACKED_BIPOLAR_TABLES_WASM_BASE64 } from './wasm/packed-bipolar-tables-module.js';

interface PackedBipolarExports {
  product(input: number, blocks: number, bits: number, outputs: number, out: number): void;
}

/** Builds the one-column byte tables (packed-bipolar-tables.wat, or packed-bipolar-simd.wat). */
interface TablesExports {
  tables: unknown;
}

interface PackedBipolarSimdExports extends TablesExports {
  product4(
    a: number,
    b: number,
    c: number,
    d: number,
    blocks: number,
    bits: number,
    outputs: number,
    sums: number,
    oa: number,
    ob: number,
    oc: number,
    od: number,
  ): void;
  product2(
    inputA: number,
    inputB: number,
    blocks: number,
    bits: number,
    outputs: number,
    sums: number,
    outA: number,
    outB: number,
  ): void;
}

/** The part of the engine's WebAssembly API this kernel uses (the project's `lib` has no DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: { env: Record<string, unknown> }) => { exports: unknown };
  Memory: new (descriptor: { initial: number; maximum: number }) => { buffer: ArrayBuffer };
  validate: (bytes: Uint8Array) => boolean;
}

function wasmApi(): WasmApi | null {
  const api = (globalThis as { WebAssembly?: Partial<WasmApi> }).WebAssembly;
  return api &&
    typeof api.Module === 'function' &&
    typeof api.Instance === 'function' &&
    typeof api.Memory === 'function' &&
    typeof api.validate === 'function'
    ? (api as WasmApi)
    : null;
}

/** Whether this JavaScript engine runs WebAssembly (Node 20 does); `auto` falls back to `packed` otherwise. */
export function wasmAvailable(): boolean {
  return wasmApi() !== null;
}

/** Compiled modules per WebAssembly API (so per engine), each compiled once, synchronously (0.2 to 2 KB). */
const compiled = new WeakMap<WasmApi, Map<string, object | false>>();

/** The module embedded as `base64`, or null where the engine does not validate it (SIMD on an old engine). */
function wasmModule(api: WasmApi, base64: string): object | null {
  let modules = compiled.get(api);
  if (modules === undefined) compiled.set(api, (modules = new Map()));
  let module = modules.get(base64);
  if (module === undefined) {
    const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
    module = api.validate(bytes) ? new api.Module(bytes) : false;
    modules.set(base64, module);
  }
  return module === false ? null : module;
}

function instantiate(api: WasmApi, base64: string, env: Record<string, unknown>): unknown {
  const module = wasmModule(api, base64);
  if (module === null) throw new WasmUnavailableError('this JavaScript engine does not validate the wasm kernel');
  return new api.Instance(module, { env }).exports;
}

/** The wasm kernel cannot run here: no WebAssembly, or its memory is past 4 GiB or refused by the engine. */
export class WasmUnavailableError extends RangeError {
  override readonly name = 'WasmUnavailableError';
}

const WASM_PAGE = 65536;
/** Bytes a wasm32 memory can address. */
const WASM_MAX_BYTES = 2 ** 32;

/**
 * Bytes at the start of the memory where the modules build their tables: four blocks of 32 inputs for one
 * column, two for two columns or one for four (the size of L1; larger passes measured no faster).
 */
const TABLE_BYTES = 32768;

/**
 * `PackedBipolarKernel` in WebAssembly (packed-bipolar.wat): the same bits, tables and order of additions,
 * so the two give bit-identical results, several times faster because the look-ups carry no bounds checks
 * and the tables sit at fixed addresses. Where the engine has 128-bit SIMD, batch forms run four columns
 * at once, then two (packed-bipolar-simd.wat), each lane doing exactly the one-column additions
 * (bit-identical to the single forms); elsewhere, and for the last column of an odd batch, they apply the
 * single forms column by column. The pattern bits live in the kernel's own wasm memory (n · p / 4 bytes);
 * each product copies its input vectors in and its results out. O(n · p / 8) per product.
 */
export class WasmPackedKernel extends ColumnKernel {
  readonly n: number;
  readonly p: number;
  /** Whether batch forms run several columns at once with SIMD. */
  readonly simd: boolean;
  private readonly words: number;
  private readonly blocks: number;
  private readonly exports: PackedBipolarExports;
  private readonly simdExports: PackedBipolarSimdExports | null;
  private readonly memory: Float64Array;
  /** Byte offsets into the wasm memory: the bits, then four input and four output vectors, then the sums. */
  private readonly at: { byPattern: number; byNeuron: number; inputs: number[]; outs: number[]; sums: number };

  constructor(source: PatternSource) {
    super();
    const bits = packBipolarBits(source, 'wasm');
    const { n, p, neuronWords, patternBlocks } = bits;
    this.n = n;
    this.p = p;
    this.words = neuronWords;
    this.blocks = patternBlocks;
    const inputs = 32 * Math.max(neuronWords, patternBlocks);
    const outputs = Math.max(n, p);
    let end = TABLE_BYTES;
    const take = (bytes: number): number => {
      const start = end;
      end += Math.ceil(bytes / 64) * 64; // cache-line aligned
      return start;
    };
    this.at = {
      byPattern: take(bits.byPattern.byteLength),
      byNeuron: take(bits.byNeuron.byteLength),
      inputs: [0, 1, 2, 3].map(() => take(inputs * 8)),
      outs: [0, 1, 2, 3].map(() => take(outputs * 8)),
      sums: take(outputs * 32),
    };
    if (end > WASM_MAX_BYTES) {
      throw new WasmUnavailableError(
        `the wasm kernel needs ${end} bytes for n = ${n}, p = ${p}, past the 4 GiB of wasm32`,
      );
    }
    const pages = Math.max(1, Math.ceil(end / WASM_PAGE));
    const api = wasmApi();
    if (api === null) throw new WasmUnavailableError('this JavaScript engine has no WebAssembly');
    let memory: { buffer: ArrayBuffer };
    try {
      memory = new api.Memory({ initial: pages, maximum: pages });
    } catch (error) {
      throw new WasmUnavailableError(
        `the wasm kernel could not get ${end} bytes for n = ${n}, p = ${p}: ${String(error)}`,
      );
    }
    // The SIMD module where the engine validates it, and its one-column tables (the same bits) for `product`.
    this.simdExports =
      wasmModule(api, PACKED_BIPOLAR_SIMD_WASM_BASE64) === null
        ? null
        : (instantiate(api, PACKED_BIPOLAR_SIMD_WASM_BASE64, { memory }) as PackedBipolarSimdExports);
    const { tables } =
      this.simdExports ?? (instantiate(api, PACKED_BIPOLAR_TABLES_WASM_BASE64, { memory }) as TablesExports);
    this.exports = instantiate(api, PACKED_BIPOLAR_WASM_BASE64, { memory, tables }) as PackedBipolarExports;
    this.simd = this.simdExports !== null;
    new Uint32Array(memory.buffer, this.at.byPattern, bits.byPattern.length).set(bits.byPattern);
    new Uint32Array(memory.buffer, this.at.byNeuron, bits.byNeuron.length).set(bits.byNeuron);
    this.memory = new Float64Array(memory.buffer);
  }

  protected projectAt(x: Float64Array, xOffset: number, out: Float64Array, outOffset: number): void {
    this.single(x, xOffset, this.n, this.words, this.at.byPattern, this.p, out, outOffset);
  }

  protected combineAt(c: Float64Array, cOffset: number, out: Float64Array, outOffset: number): void {
    this.single(c, cOffset, this.p, this.blocks, this.at.byNeuron, this.n, out, outOffset);
  }

  override projectBatch(x: Float64Array, batch: number, out: Float64Array): void {
    checkSizes(this, x.length, this.n, out.length, this.p, batch);
    this.columns(x, this.n, this.words, this.at.byPattern, this.p, out, batch);
  }

  override combineBatch(c: Float64Array, batch: number, out: Float64Array): void {
    checkSizes(this, c.length, this.p, out.length, this.n, batch);
    this.columns(c, this.p, this.blocks, this.at.byNeuron, this.n, out, batch);
  }

  /** One column: out[outOffset ..< + outputs] from input[inOffset ..< + inputs]. */
  private single(
    input: Float64Array,
    inOffset: number,
    inputs: number,
    blocks: number,
    bits: number,
    outputs: number,
    out: Float64Array,
    outOffset: number,
  ): void {
    const [inputA] = this.at.inputs;
    const [outA] = this.at.outs;
    this.load(input, inOffset, inputs, blocks, inputA);
    this.exports.product(inputA, blocks, bits, outputs, outA);
    out.set(this.memory.subarray(outA / 8, outA / 8 + outputs), outOffset);
  }

  /** Columns four, then two at a time with SIMD where the engine has it, then any left one at a time. */
  private columns(
    input: Float64Array,
    inputs: number,
    blocks: number,
    bits: number,
    outputs: number,
    out: Float64Array,
    batch: number,
  ): void {
    const { at, memory, simdExports } = this;
    const [a, b, c, d] = at.inputs;
    const [oa, ob, oc, od] = at.outs;
    let col = 0;
    const run = (width: number, product: () => void): void => {
      for (let k = 0; k < width; k++) this.load(input, (col + k) * inputs, inputs, blocks, at.inputs[k]);
      product();
      for (let k = 0; k < width; k++)
        out.set(memory.subarray(at.outs[k] / 8, at.outs[k] / 8 + outputs), (col + k) * outputs);
      col += width;
    };
    if (simdExports !== null) {
      while (col + 4 <= batch)
        run(4, () => simdExports.product4(a, b, c, d, blocks, bits, outputs, at.sums, oa, ob, oc, od));
      while (col + 2 <= batch) run(2, () => simdExports.product2(a, b, blocks, bits, outputs, at.sums, oa, ob));
    }
    for (; col < batch; col++) this.single(input, col * inputs, inputs, blocks, bits, outputs, out, col * outputs);
  }

  /** Copies an input vector to byte offset `to`, padded with zeros to 32 · blocks numbers. */
  private load(input: Float64Array, from: number, inputs: number, blocks: number, to: number): void {
    this.memory.set(input.subarray(from, from + inputs), to / 8);
    this.memory.fill(0, to / 8 + inputs, to / 8 + 32 * blocks);
  }
}
