import { packBipolarBits } from './bipolar-bits.js';
import { ColumnKernel } from './column-kernel.js';
import type { PatternSource } from './kernel.js';
import { PACKED_BIPOLAR_WASM_BASE64 } from './wasm/packed-bipolar-module.js';

interface PackedBipolarExports {
  project(x: number, words: number, bits: number, p: number, tables: number, out: number): void;
  combine(c: number, blocks: number, bits: number, n: number, tables: number, out: number): void;
}

/** The part of the engine's WebAssembly API this kernel uses (the project's `lib` has no DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: { env: { memory: object } }) => { exports: unknown };
  Memory: new (descriptor: { initial: number; maximum: number }) => { buffer: ArrayBuffer };
}

function wasmApi(): WasmApi | null {
  const api = (globalThis as { WebAssembly?: Partial<WasmApi> }).WebAssembly;
  return api &&
    typeof api.Module === 'function' &&
    typeof api.Instance === 'function' &&
    typeof api.Memory === 'function'
    ? (api as WasmApi)
    : null;
}

/** Whether this JavaScript engine runs WebAssembly (Node 20 does); `auto` falls back to `packed` otherwise. */
export function wasmAvailable(): boolean {
  return wasmApi() !== null;
}

let compiled: object | null = null;

/** The assembled packed-bipolar.wat, compiled once per process (1 KB, synchronously). */
function packedBipolarModule(api: WasmApi): object {
  if (compiled === null) {
    const bytes = Uint8Array.from(atob(PACKED_BIPOLAR_WASM_BASE64), (ch) => ch.charCodeAt(0));
    compiled = new api.Module(bytes);
  }
  return compiled;
}

/** The wasm kernel cannot run here: no WebAssembly, or its memory is past 4 GiB or refused by the engine. */
export class WasmUnavailableError extends RangeError {
  override readonly name = 'WasmUnavailableError';
}

const WASM_PAGE = 65536;
/** Bytes a wasm32 memory can address. */
const WASM_MAX_BYTES = 2 ** 32;

/**
 * `PackedBipolarKernel` in WebAssembly (packed-bipolar.wat): the same bits, tables and order of additions,
 * so the two give bit-identical results, about twice as fast because the look-ups carry no bounds checks.
 * The pattern bits live in the kernel's own wasm memory (n · p / 4 bytes); each product copies its input
 * vector in and its result out. Batch forms apply the single forms column by column (bit-identical).
 * O(n · p / 4) per product.
 */
export class WasmPackedKernel extends ColumnKernel {
  readonly n: number;
  readonly p: number;
  private readonly words: number;
  private readonly blocks: number;
  private readonly exports: PackedBipolarExports;
  private readonly memory: Float64Array;
  /** Byte offsets into the wasm memory. */
  private readonly at: {
    byPattern: number;
    byNeuron: number;
    projectTables: number;
    combineTables: number;
    x: number;
    c: number;
    scores: number;
    target: number;
  };

  constructor(source: PatternSource) {
    super();
    const bits = packBipolarBits(source, 'wasm');
    const { n, p, neuronWords, patternBlocks } = bits;
    this.n = n;
    this.p = p;
    this.words = neuronWords;
    this.blocks = patternBlocks;
    let end = 0;
    const take = (bytes: number): number => {
      const start = end;
      end += Math.ceil(bytes / 64) * 64; // cache-line aligned
      return start;
    };
    this.at = {
      byPattern: take(bits.byPattern.byteLength),
      byNeuron: take(bits.byNeuron.byteLength),
      projectTables: take(neuronWords * 128 * 8),
      combineTables: take(128 * 8),
      x: take(neuronWords * 32 * 8),
      c: take(patternBlocks * 32 * 8),
      scores: take(p * 8),
      target: take(n * 8),
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
    const instance = new api.Instance(packedBipolarModule(api), { env: { memory } });
    this.exports = instance.exports as unknown as PackedBipolarExports;
    new Uint32Array(memory.buffer, this.at.byPattern, bits.byPattern.length).set(bits.byPattern);
    new Uint32Array(memory.buffer, this.at.byNeuron, bits.byNeuron.length).set(bits.byNeuron);
    this.memory = new Float64Array(memory.buffer);
  }

  protected projectAt(x: Float64Array, xOffset: number, out: Float64Array, outOffset: number): void {
    const { n, p, at, memory } = this;
    memory.set(x.subarray(xOffset, xOffset + n), at.x / 8);
    this.exports.project(at.x, this.words, at.byPattern, p, at.projectTables, at.scores);
    out.set(memory.subarray(at.scores / 8, at.scores / 8 + p), outOffset);
  }

  protected combineAt(c: Float64Array, cOffset: number, out: Float64Array, outOffset: number): void {
    const { n, p, at, memory } = this;
    memory.set(c.subarray(cOffset, cOffset + p), at.c / 8);
    this.exports.combine(at.c, this.blocks, at.byNeuron, n, at.combineTables, at.target);
    out.set(memory.subarray(at.target / 8, at.target / 8 + n), outOffset);
  }
}
