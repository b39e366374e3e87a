import type { CompiledNetwork, CompiledSequence } from '@cdam/compiler';
import { npyBytes, npyHeader, type NpyArray } from './npy.js';
import {
  automatonMatrices,
  sequenceLabels,
  sequenceMatrices,
  startVector,
  type NetworkMatrices,
} from './network-matrices.js';
import { zipArchive, type ZipChunk, type ZipEntry } from './zip.js';

/** The largest p the archive's dense `H` [p, p] may have: 2^15, 8 GiB of float64 before compression. */
export const MAX_NPZ_PATTERNS = 2 ** 15;

/** Why a network cannot be written as an archive, or undefined. O(1). */
export function npzProblem(patterns: number): string | undefined {
  return patterns > MAX_NPZ_PATTERNS
    ? `the network has ${patterns} patterns; the archive's dense H [p, p] allows at most ${MAX_NPZ_PATTERNS}`
    : undefined;
}

/**
 * H as the dense p × p matrix the update multiplies w by: H[successor[mu], mu] = 1, so (H w) = H @ w.
 * Yielded as the `.npy` header, then row by row as runs of zeros and the entries between them, so no row
 * is ever built: O(p + edges) chunks for p^2 entries.
 */
function* denseH(m: NetworkMatrices): Iterable<ZipChunk> {
  const { p, successor } = m;
  yield npyHeader('<f8', [p, p]);
  const incoming: number[][] = Array.from({ length: p }, () => []);
  successor.forEach((to, from) => incoming[to].push(from));
  for (let row = 0; row < p; row++) {
    const from = [...new Set(incoming[row])].sort((u, v) => u - v);
    let at = 0;
    for (const mu of from) {
      if (mu > at) yield { zeros: 8 * (mu - at) };
      yield new Uint8Array(Float64Array.of(incoming[row].filter((f) => f === mu).length).buffer);
      at = mu + 1;
    }
    if (at < p) yield { zeros: 8 * (p - at) };
  }
}

function f8(shape: readonly number[], values: Float64Array | readonly number[]): NpyArray {
  return { dtype: 'f8', shape, data: values instanceof Float64Array ? values : Float64Array.from(values) };
}

function entry(name: string, array: NpyArray): ZipEntry {
  return { name: `${name}.npy`, chunks: () => [npyBytes(array)] };
}

/** The members every archive has: Xi, H, mean, x0 and the parameters of the update. */
function updateEntries(m: NetworkMatrices, x0: Float64Array, iterations: number): ZipEntry[] {
  return [
    entry('Xi', f8([m.n, m.p], m.xi)),
    { name: 'H.npy', chunks: () => denseH(m) },
    entry('mean', f8([m.n], m.mean)),
    entry('x0', f8([m.n], x0)),
    entry('beta', f8([], [m.beta])),
    entry('a', f8([], [m.a])),
    entry('h', f8([], [m.h])),
    entry('eta', f8([], [m.eta])),
    entry('K', { dtype: 'i8', shape: [], data: [iterations] }),
  ];
}

function strings(values: readonly string[]): NpyArray {
  return { dtype: 'U', shape: [values.length], data: values };
}

/**
 * The NumPy archive of a compiled automaton: `Xi` [n, p], `H` [p, p], `mean` [n], `x0` [n], `input_codes`
 * [k, n_i], `input_start`, `state_patterns` [S], `beta`, `a`, `h`, `eta`, `K` and the unicode arrays
 * `alphabet`, `states`, `accept`. O(n · p + p^2) time, O(n · p) memory.
 */
export function automatonToNpz(network: CompiledNetwork): Buffer {
  const m = automatonMatrices(network);
  const { codes, patterns, params, dfa } = network;
  const k = dfa.alphabet.length;
  const ni = codes.inputLength;
  return zipArchive([
    ...updateEntries(m, startVector(m, patterns.statePattern[dfa.start]), params.iterations),
    entry('input_codes', f8([k, ni], codes.input.slice(0, k * ni))),
    entry('input_start', { dtype: 'i8', shape: [], data: [params.stateNeurons] }),
    entry('state_patterns', { dtype: 'i8', shape: [dfa.states.length], data: patterns.statePattern }),
    entry('alphabet', strings(dfa.alphabet)),
    entry('states', strings(dfa.states)),
    entry('accept', strings([...dfa.accepting].sort((u, v) => u - v).map((q) => dfa.states[q]))),
  ]);
}

/**
 * The NumPy archive of a compiled sequence: `Xi`, `H`, `mean`, `x0` (the cue of step 0), `beta`, `a`, `h`,
 * `eta`, `K` (1: one update per tick), `step_start`, `pattern_items`, and the unicode arrays `labels` and
 * `items`. O(n · p + p^2) time.
 */
export function sequenceToNpz(sequence: CompiledSequence): Buffer {
  const m = sequenceMatrices(sequence);
  return zipArchive([
    ...updateEntries(m, startVector(m, sequence.stepStart[0]), 1),
    entry('step_start', { dtype: 'i8', shape: [sequence.stepStart.length], data: sequence.stepStart }),
    entry('pattern_items', { dtype: 'i8', shape: [m.p], data: sequence.positions.map((q) => q.item) }),
    entry('labels', strings(sequenceLabels(sequence))),
    entry('items', strings(sequence.items)),
  ]);
}
