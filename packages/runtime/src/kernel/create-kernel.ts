import { patternColumn, type CompiledNetwork } from '@cdam/compiler';
import { DenseKernel } from './dense-kernel.js';
import { FactoredKernel } from './factored-kernel.js';
import type { Kernel, PatternSource } from './kernel.js';
import { PackedBipolarKernel } from './packed-bipolar-kernel.js';
import { ReferenceKernel } from './reference-kernel.js';
import { WasmUnavailableError, WasmPackedKernel, wasmAvailable } from './wasm-packed-kernel.js';

/**
 * Which kernel runs the products of a compiled network: `auto` = `factored`; `factored` = by code
 * (fewest operations for compiled networks); `wasm` = bit tables in WebAssembly (±1 only); `packed` = the
 * same bit tables in JavaScript, bit-identical to `wasm`; `dense` = Float64 column-major; `dense-int8` =
 * the same with Int8 storage (±1 only); `reference` = ml-matrix.
 */
export type KernelChoice = 'auto' | 'factored' | 'reference' | 'dense' | 'dense-int8' | 'packed' | 'wasm';

/**
 * Builds a kernel over a pattern source, for code that takes one from its caller (`SequenceNetwork`,
 * `randomDynamics`): `bipolar` says whether every entry is ±1. The default is `createKernel(source, 'auto',
 * bipolar)`; Node callers may pass the threaded kernel of `@cdam/runtime/parallel`.
 */
export type KernelFactory = (source: PatternSource, bipolar: boolean) => Kernel;

/** Xi of a compiled network as a `PatternSource` (column mu = [state code ; input code]). O(1). */
export function patternSourceOf(network: CompiledNetwork): PatternSource {
  const { codes, patterns } = network;
  return {
    n: codes.stateLength + codes.inputLength,
    p: patterns.count,
    column: (mu, out) => patternColumn(codes, patterns, mu, out),
  };
}

/** Builds the chosen kernel for a compiled network. O(n · p) except `factored`, which shares the codes. */
export function createNetworkKernel(network: CompiledNetwork, choice: KernelChoice): Kernel {
  if (choice === 'auto' || choice === 'factored') return new FactoredKernel(network);
  return createKernel(patternSourceOf(network), choice, network.params.encoding === 'bipolar');
}

/**
 * Builds a kernel over any pattern matrix; `bipolar` says whether every entry of Xi is ±1 (`auto` then
 * picks `wasm`, or `packed` where WebAssembly is missing or cannot hold the matrix; else `dense`).
 * `factored` needs a compiled network: use `createNetworkKernel`. O(n · p).
 */
export function createKernel(
  source: PatternSource,
  choice: Exclude<KernelChoice, 'factored'>,
  bipolar: boolean,
): Kernel {
  switch (choice) {
    case 'reference':
      return new ReferenceKernel(source);
    case 'dense':
      return new DenseKernel(source, 'float64');
    case 'dense-int8':
      return new DenseKernel(source, 'int8');
    case 'packed':
      return new PackedBipolarKernel(source);
    case 'wasm':
      return new WasmPackedKernel(source);
    case 'auto':
      return bipolar ? packedKernel(source) : new DenseKernel(source, 'float64');
  }
}

/** The fastest ±1 kernel this engine runs: `wasm`, else `packed` (the same results, bit for bit). */
function packedKernel(source: PatternSource): Kernel {
  if (wasmAvailable()) {
    try {
      return new WasmPackedKernel(source);
    } catch (error) {
      // A wasm memory too large for this engine: the JavaScript kernel computes the same bits.
      if (!(error instanceof WasmUnavailableError)) throw error;
    }
  }
  return new PackedBipolarKernel(source);
}

/** What a kernel is called in `KernelChoice` terms (`wasm`, `packed`, ...), else its class name. O(1). */
export function kernelChoiceName(kernel: Kernel): string {
  if (kernel instanceof WasmPackedKernel) return 'wasm';
  if (kernel instanceof PackedBipolarKernel) return 'packed';
  if (kernel instanceof DenseKernel) return kernel.storage === 'int8' ? 'dense-int8' : 'dense';
  if (kernel instanceof ReferenceKernel) return 'reference';
  if (kernel instanceof FactoredKernel) return 'factored';
  return kernel.constructor.name;
}
