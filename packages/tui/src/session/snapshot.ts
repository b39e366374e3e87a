/** How the network reads at one moment: its state vector and the decoded automaton state. */
export interface Reading {
  /** The network state x. Owned by the snapshot and never changed after it is made. */
  readonly x: Float64Array;
  /** Index of the state pattern with the largest Pearson correlation. */
  readonly state: number;
  /** That largest correlation. */
  readonly best: number;
  /** Best minus second-best correlation. */
  readonly margin: number;
  /** No memory active (best below the quiescence threshold). */
  readonly quiescent: boolean;
  /** Pearson correlation with every state pattern, by state index. */
  readonly correlations: Float64Array;
  /** A transducer network's output read from x (null: no output); absent for an acceptor. */
  readonly output?: string | null;
}

/** The transition the automaton took on the last presented symbol (indices into the DFA). */
export interface Transition {
  readonly from: number;
  readonly symbol: number;
  readonly to: number;
}

/** One entry of the session history: the network and the automaton side by side. */
export interface Snapshot {
  readonly reading: Reading;
  /** Symbols presented so far: the tape cursor sits on symbol `position`. */
  readonly position: number;
  /** Iterations run since the last symbol was presented; K (the schedule's count) when the input is settled. */
  readonly iteration: number;
  /** The automaton's state after `position` symbols, or -1 when a partial DFA has no edge (stuck, rejecting). */
  readonly symbolic: number;
  /** The transition taken by the last presented symbol; null at the start. */
  readonly transition: Transition | null;
  /** Fraction of the state part perturbed before the last presentation (0 when none). */
  readonly noise: number;
}

/** What the network must do to produce the next snapshot. */
export interface AdvanceRequest {
  /** The reading to continue from (its `x` must not be changed). */
  readonly from: Reading;
  /** Present this symbol first (after perturbing the state part by `noise`, seeded by `position`); null: iterate only. */
  readonly present: { readonly symbol: number; readonly noise: number; readonly position: number } | null;
  /** Iterations of the update rule to run after the (optional) presentation. */
  readonly iterations: number;
}

/**
 * Runs the network on behalf of the session. Both methods return new readings and leave their
 * arguments untouched, so a snapshot can be revisited and replayed. Implemented over the runtime by
 * `networkPerformer`; tests use small fakes.
 */
export interface Performer {
  /** The reading at the start state (before any input). */
  initial(): Reading;
  advance(request: AdvanceRequest): Reading;
}
