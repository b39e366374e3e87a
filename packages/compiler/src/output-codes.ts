import type { Dfa, MooreForm } from '@cdam/automata';
import { fillHadamardCodes, hadamardOrder, type CodeBook } from './codes.js';
import { createRng } from './random.js';

/** The `createRng` stream of the output codes (grammar/cdam-network.md). */
export const OUTPUT_CODE_STREAM = 'output-codes';

/**
 * How a transducer's outputs live in its network (docs/compiler.md, "Transducers"). The last `length`
 * neurons of the state part are the **output part**: every state code ends with the output code of the
 * output its state shows. Output codes are rows 1..names.length + 1 of a Sylvester-Hadamard matrix of
 * order `length`, with random signs (stream `'output-codes'`), so they are exactly orthogonal; the last
 * one, index `names.length`, is "no output" (a Mealy start state, the dead state).
 */
export interface NetworkOutputs {
  readonly kind: 'mealy' | 'moore';
  /** The output symbols. */
  readonly names: readonly string[];
  /** n_o, the neurons of the output part: the last n_o neurons of the state part. */
  readonly length: number;
  /** Row-major (names.length + 1) × n_o, entries ±1; row names.length is "no output". */
  readonly codes: Float64Array;
  /** Per network state: the index of the output code in its state code (names.length: none). */
  readonly stateOutput: Int32Array;
  /** Per network state: the index of the transducer state it stands for (-1: the dead state). */
  readonly stateOf: Int32Array;
  /** The transducer's own state names. */
  readonly states: readonly string[];
}

/** The output plan of a transducer network before codes are drawn (`codes` is filled by `drawOutputCodes`). */
export function planOutputs(
  kind: 'mealy' | 'moore',
  names: readonly string[],
  form: MooreForm,
  states: readonly string[],
  dfa: Dfa,
): Omit<NetworkOutputs, 'codes'> {
  const none = names.length;
  const stateOutput = Int32Array.from(dfa.states, (_, q) =>
    q < form.stateOutput.length && form.stateOutput[q] >= 0 ? form.stateOutput[q] : none,
  );
  const stateOf = Int32Array.from(dfa.states, (_, q) => (q < form.stateOf.length ? form.stateOf[q] : -1));
  return {
    kind,
    names: [...names],
    length: hadamardOrder(names.length + 1),
    stateOutput,
    stateOf,
    states: [...states],
  };
}

/** The output codes of a plan, drawn from `(seed, 'output-codes')`. O((outputs + 1) · n_o). */
export function drawOutputCodes(plan: Omit<NetworkOutputs, 'codes'>, seed: number): NetworkOutputs {
  const count = plan.names.length + 1;
  const codes = new Float64Array(count * plan.length);
  fillHadamardCodes(codes, count, plan.length, createRng(seed, OUTPUT_CODE_STREAM));
  return { ...plan, codes };
}

/**
 * The code book with each state code's output part (its last n_o entries) set to its state's output code;
 * `undefined` when the state part is not longer than the output part. O(states · n_o).
 */
export function withOutputCodes(codes: CodeBook, outputs: NetworkOutputs): CodeBook | undefined {
  const { length, codes: rows, stateOutput } = outputs;
  if (codes.stateLength <= length) return undefined;
  const state = Float64Array.from(codes.state);
  const offset = codes.stateLength - length;
  for (let q = 0; q < codes.stateCount; q++) {
    state.set(rows.subarray(stateOutput[q] * length, (stateOutput[q] + 1) * length), q * codes.stateLength + offset);
  }
  return { ...codes, state };
}

/**
 * The output read-out gap from the codes (docs/compiler.md): with the settled state's output part equal to
 * λ o − xī_o, adding xī_o back leaves λ o, whose dot product with its own code minus the best other code
 * is λ (o·o − max o·o'), λ = min(1, a + h). Positive means the read-out is exact. O(outputs² · n_o).
 */
export function outputGap(outputs: NetworkOutputs, a: number, h: number): number {
  const { length, codes } = outputs;
  const count = outputs.names.length + 1;
  const dot = (u: number, v: number): number => {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += codes[u * length + i] * codes[v * length + i];
    return sum;
  };
  let gap = Infinity;
  for (let u = 0; u < count; u++) {
    let other = -Infinity;
    for (let v = 0; v < count; v++) if (v !== u) other = Math.max(other, dot(u, v));
    gap = Math.min(gap, dot(u, u) - other);
  }
  return Math.min(1, a + h) * gap;
}
