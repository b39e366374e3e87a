import { createRng, type Rng } from '@cdam/compiler';
import type { Decoded } from '../decode.js';
import type { BatchStepper } from './batch-stepper.js';
import type { StepComparison } from './expected.js';

/** Noise for `checkWords`: as `Network.run` with `{ noise: fraction, noiseSeed: seedOf(word) }`. */
export interface WordNoise {
  readonly fraction: number;
  /** Seed of the `'noise'` stream of word i. */
  readonly seedOf: (word: number) => number;
}

/** Options of `checkWords`. */
export interface CheckWordsOptions {
  readonly noise?: WordNoise;
  /**
   * Called after every decoded input: word index, input index, decoded state, expected state, agreement,
   * and where the word's network state is (`x` from `offset`, valid during the call only).
   */
  readonly onStep?: (
    word: number,
    input: number,
    decoded: Decoded,
    expected: number,
    agrees: boolean,
    x: Float64Array,
    offset: number,
  ) => void;
  /** Called after each input of a batch with the words finished and the inputs simulated so far. */
  readonly onProgress?: (words: number, inputs: number) => void;
}

/**
 * Runs whole words (symbol indices of the expected DFA) from the start state, `stepper.capacity` at a
 * time, longest first within a batch so the words still running are a prefix of the columns, and
 * compares the decoded state after every input with the automaton's. Returns, per word, the index of
 * the first input after which they disagreed, or -1. O(Σ lengths · (K iterations + decoding)).
 */
export function checkWords(
  stepper: BatchStepper,
  comparison: StepComparison,
  words: readonly (readonly number[])[],
  options: CheckWordsOptions = {},
): Int32Array {
  const { expected } = comparison;
  const firstFailure = new Int32Array(words.length).fill(-1);
  const correlations = new Float64Array(comparison.network.dfa.states.length);
  const { noise, onStep, onProgress } = options;
  let done = 0;
  let inputs = 0;
  for (let start = 0; start < words.length; start += stepper.capacity) {
    const order: number[] = [];
    for (let w = start; w < Math.min(words.length, start + stepper.capacity); w++) order.push(w);
    order.sort((u, v) => words[v].length - words[u].length || u - v);
    const batch = order.length;
    const states = new Int32Array(batch);
    const rngs: (Rng | undefined)[] = order.map((w) =>
      noise && noise.fraction > 0 ? createRng(noise.seedOf(w), 'noise') : undefined,
    );
    for (let b = 0; b < batch; b++) {
      stepper.loadInitial(b);
      states[b] = expected.start;
    }
    const longest = batch > 0 ? words[order[0]].length : 0;
    for (let t = 0; t < longest; t++) {
      let active = 0;
      while (active < batch && words[order[active]].length > t) active++;
      for (let b = 0; b < active; b++) {
        const rng = rngs[b];
        if (rng && noise) stepper.perturb(b, noise.fraction, rng);
        stepper.present(b, comparison.symbolInNetwork[words[order[b]][t]]);
      }
      stepper.settle(active);
      for (let b = 0; b < active; b++) {
        const w = order[b];
        states[b] = expected.delta[states[b]][words[w][t]];
        const decoded = stepper.decode(b, correlations);
        const agrees = comparison.agrees(decoded, states[b], stepper.x, b * stepper.network.n);
        if (!agrees && firstFailure[w] < 0) firstFailure[w] = t;
        onStep?.(w, t, decoded, states[b], agrees, stepper.x, b * stepper.network.n);
      }
      inputs += active;
      onProgress?.(done, inputs);
    }
    done += batch;
    onProgress?.(done, inputs);
  }
  return firstFailure;
}
