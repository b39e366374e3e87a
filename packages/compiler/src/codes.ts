import { codeLayout, fillDesignedCodes, transitionNeighbours } from './code-design.js';
import { popcount32 } from './popcount.js';
import { createRng } from './random.js';

/** How pattern entries are drawn: `bipolar` = ±1 (the default), `uniform` = the paper's uniform [0, 1). */
export type Encoding = 'bipolar' | 'uniform';

/**
 * The codes every pattern is assembled from. A state pattern is `[state code ; rest code]`, a conjunction
 * pattern `[state code ; symbol code]` (docs/compiler.md; docs/compiler.md).
 * Input code index `k` (= number of symbols) is the rest code.
 */
export interface CodeBook {
  readonly encoding: Encoding;
  readonly stateCount: number;
  /** n_s, the length of a state code. */
  readonly stateLength: number;
  /** Row-major: state q's code is `state[q * stateLength ..< (q + 1) * stateLength]`. */
  readonly state: Float64Array;
  /** Number of symbols + 1 (the rest code is last). */
  readonly inputCount: number;
  /** n_i, the length of an input code. */
  readonly inputLength: number;
  /** Row-major like `state`. */
  readonly input: Float64Array;
}

/** Streams of `createRng` used for codes; documented in grammar/cdam-network.md. */
export const STATE_CODE_STREAM = 'state-codes';
export const INPUT_CODE_STREAM = 'input-codes';
/** The stream of designed bipolar state codes (code-design.ts). */
export const DESIGNED_CODE_STREAM = 'designed-state-codes';

/** How bipolar state codes are made: designed for separation (code-design.ts) or i.i.d. random. */
export type StateCodeKind = 'designed' | 'random';

/**
 * The smallest Sylvester-Hadamard order L = 2^m that has `inputCount` rows besides the all-ones row 0.
 * Bipolar input codes are rows 1..inputCount of it, tiled, so `inputLength` must be a multiple of L.
 */
export function hadamardOrder(inputCount: number): number {
  let order = 2;
  while (order < inputCount + 1) order *= 2;
  return order;
}

/**
 * Draws the codes for `stateCount` states and `inputCount` input codes (symbols + rest).
 * Bipolar state codes: i.i.d. ±1 from stream `'state-codes'`, 16 bits per draw (the high half of each
 * 32-bit output, least significant bit first, bit 1 = +1). Bipolar input codes: Hadamard rows
 * 1..inputCount (Sylvester order L) tiled to `inputLength`, then multiplied by random signs and
 * permuted (stream `'input-codes'`): both keep them exactly orthogonal and make them look random.
 * Uniform: every entry `rng.next()`, state codes row by row, then input codes.
 * With `designed` (bipolar only), the first `designed.length` entries of every state code are instead the
 * designed code of `codeLayout` (stream `'designed-state-codes'`; with `delta`, the transition table,
 * transitions get codes far apart, see `fillDesignedCodes`), and the rest are +1 (an output part that
 * `withOutputCodes` overwrites). Deterministic in (seed, sizes). O(stateCount · stateLength +
 * inputCount · inputLength).
 */
export function drawCodes(
  encoding: Encoding,
  seed: number,
  stateCount: number,
  stateLength: number,
  inputCount: number,
  inputLength: number,
  designed?: { readonly length: number; readonly delta?: readonly (readonly number[])[] },
): CodeBook {
  const state = new Float64Array(stateCount * stateLength);
  const input = new Float64Array(inputCount * inputLength);
  const stateRng = createRng(seed, STATE_CODE_STREAM);
  const inputRng = createRng(seed, INPUT_CODE_STREAM);
  if (encoding === 'uniform') {
    for (let i = 0; i < state.length; i++) state[i] = stateRng.next();
    for (let i = 0; i < input.length; i++) input[i] = inputRng.next();
  } else if (designed) {
    state.fill(1);
    const layout = codeLayout(designed.length, stateCount);
    const neighbours = designed.delta ? transitionNeighbours(designed.delta) : undefined;
    fillDesignedCodes(state, stateCount, stateLength, layout, createRng(seed, DESIGNED_CODE_STREAM), neighbours);
    fillHadamardCodes(input, inputCount, inputLength, inputRng);
  } else {
    for (let q = 0; q < stateCount; q++) {
      const row = q * stateLength;
      for (let i = 0; i < stateLength; i += 16) {
        const bits = stateRng.nextUint32() >>> 16;
        const end = Math.min(16, stateLength - i);
        for (let b = 0; b < end; b++) state[row + i + b] = (bits >>> b) & 1 ? 1 : -1;
      }
    }
    fillHadamardCodes(input, inputCount, inputLength, inputRng);
  }
  return { encoding, stateCount, stateLength, state, inputCount, inputLength, input };
}

/** Rows 1..inputCount of the Sylvester-Hadamard matrix, tiled to `inputLength`, signed and permuted from `rng` (see `drawCodes`). */
export function fillHadamardCodes(
  out: Float64Array,
  inputCount: number,
  inputLength: number,
  rng: ReturnType<typeof createRng>,
): void {
  const order = hadamardOrder(inputCount);
  if (inputLength % order !== 0) {
    throw new RangeError(`input part of ${inputLength} neurons is not a multiple of the Hadamard order ${order}`);
  }
  const signs = new Float64Array(inputLength);
  for (let i = 0; i < inputLength; i += 16) {
    const bits = rng.nextUint32() >>> 16;
    for (let b = 0; b < 16 && i + b < inputLength; b++) signs[i + b] = (bits >>> b) & 1 ? 1 : -1;
  }
  const position = new Int32Array(inputLength); // Fisher-Yates: column i lands at position[i]
  for (let i = 0; i < inputLength; i++) position[i] = i;
  for (let i = inputLength - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    const t = position[i];
    position[i] = position[j];
    position[j] = t;
  }
  for (let v = 0; v < inputCount; v++) {
    const row = v + 1;
    for (let i = 0; i < inputLength; i++) {
      const column = i % order;
      const entry = popcount32(row & column) & 1 ? -1 : 1;
      out[v * inputLength + position[i]] = signs[i] * entry;
    }
  }
}
