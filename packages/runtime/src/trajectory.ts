import type { Decoded } from './decode.js';
import type { ReadOutput } from './outputs.js';

/** Options of `Network.run`. */
export interface RunOptions {
  /** Also decode after every iteration, not only after each input. */
  readonly recordIterations?: boolean;
  /** Fraction (0..1) of the state part perturbed before each input (see `perturbStatePart`); default 0. */
  readonly noise?: number;
  /** Seed of the noise stream `createRng(noiseSeed, 'noise')`; default the network's seed. */
  readonly noiseSeed?: number;
}

/** The state after one input symbol (or the initial state, `symbol` null). */
export interface TrajectoryPoint {
  readonly symbol: string | null;
  /** Decoded after the input's K iterations. */
  readonly decoded: Decoded;
  /** Decoded after each iteration (only with `recordIterations`). */
  readonly iterations?: readonly Decoded[];
  /** Index of the most attended pattern in the last iteration (absent for the initial state). */
  readonly attended?: number;
  /** A transducer network's output read from the state (absent for an acceptor; see `readOutput`). */
  readonly output?: ReadOutput;
}

/** A run of the network on a word. */
export interface Trajectory {
  readonly word: readonly string[];
  /** points[0] is the initial state; points[i] the state after i symbols. */
  readonly points: readonly TrajectoryPoint[];
  /** Decoded final state, or null when it is quiescent. */
  readonly finalState: string | null;
  /** The final state is decoded (not quiescent) and accepting. */
  readonly accepted: boolean;
  /** Set when a symbol is not in the alphabet: the run stops there and rejects. */
  readonly stopped?: { readonly position: number; readonly reason: 'unknown-symbol' };
}

/** The result of one word in `Network.runBatch`. */
export interface BatchRun {
  readonly word: readonly string[];
  /** Decoded state names after each symbol (length = symbols read). */
  readonly states: readonly string[];
  /** Decoding margin after each symbol. */
  readonly margins: Float64Array;
  /** A transducer network's output read after each symbol (absent for an acceptor). */
  readonly outputs?: readonly (string | null)[];
  readonly finalState: string | null;
  readonly accepted: boolean;
  readonly stopped?: { readonly position: number; readonly reason: 'unknown-symbol' };
}
