/**
 * What `verifyNetwork` found. Every field is plain data (JSON-ready); words are arrays of symbol names.
 * State names are those of the DFA the network implements (determinised and completed; the dead state
 * added by completion counts as a state).
 */

/** One state and the Pearson correlation of the network's state with its pattern. */
export interface StateCorrelation {
  readonly state: string;
  readonly correlation: number;
}

/** Which check found a word. */
export type VerifyPhase = 'exhaustive' | 'random';

/**
 * A word on which the network and the automaton disagree, cut just after the first input where they do
 * (so it is the shortest failing prefix of what was run).
 */
export interface Mismatch {
  readonly word: readonly string[];
  /**
   * 0-based index in `word` of the input after which the decoded state first differed (always the last
   * input of `word`); -1 when the start state itself decodes wrongly (then `word` is empty).
   */
  readonly atInput: number;
  /** The automaton's state after `word`. */
  readonly expected: string;
  /** The network's decoded state after `word`; null when no memory is active (quiescent). */
  readonly got: string | null;
  /** The automaton's verdict on `word`. */
  readonly expectedVerdict: 'accept' | 'reject';
  /** The network's verdict on `word` (quiescent, or a decoded state that is not accepting: reject). */
  readonly gotVerdict: 'accept' | 'reject';
  /** The states best correlated with the network's state at that step, best first (at most 4). */
  readonly correlations: readonly StateCorrelation[];
  readonly phase: VerifyPhase;
  /** Transducers: the output the automaton shows after `word` (null: none). */
  readonly expectedOutput?: string | null;
  /** Transducers: the output read from the network state after `word` (null: none). */
  readonly gotOutput?: string | null;
}

/** A bin of the margin histogram: margins in [from, to) (the last bin includes `to`). */
export interface MarginBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/**
 * Decision margins seen after every input checked (best minus second-best Pearson correlation, so a
 * margin <= 0 is a wrong or tied decision), and how far the best correlation stayed above the
 * quiescence threshold.
 */
export interface MarginSummary {
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  /** Quantiles of the margins (q = 0.001, 0.01, 0.05, 0.5), to within 1/1000 of the margin range. */
  readonly quantiles: readonly { readonly q: number; readonly margin: number }[];
  /** Ten equal bins from `min` to `max`. */
  readonly histogram: readonly MarginBin[];
  /** Smallest (best correlation - quiescence threshold): how close a state came to reading as "no memory". */
  readonly minHeadroom: number;
  /** A word and input where the smallest margin was seen (the first one found). */
  readonly minAt: { readonly word: readonly string[]; readonly atInput: number } | null;
}

/** Accuracy under noise: the fraction of the sample words whose every decoded state matched. */
export interface NoiseRow {
  readonly level: number;
  readonly accuracy: number;
  readonly words: number;
}

/** How much of the automaton the checked words exercised. */
export interface Coverage {
  /** States reachable from the start (the others cannot be reached by any word). */
  readonly reachableStates: number;
  readonly statesVisited: number;
  /** Transitions (state, symbol) out of reachable states. */
  readonly reachableTransitions: number;
  readonly transitionsExercised: number;
  /** Names of the states no word reaches. */
  readonly unreachable: readonly string[];
}

export interface VerifyReport {
  readonly automaton: string;
  readonly states: number;
  readonly symbols: number;
  readonly neurons: number;
  readonly patterns: number;
  /** Every word up to this length was checked. */
  readonly exhaustiveDepth: number;
  readonly exhaustiveWords: number;
  readonly randomWords: number;
  /** exhaustiveWords + randomWords. */
  readonly wordsChecked: number;
  /** Inputs simulated (shared prefixes count once). */
  readonly inputsSimulated: number;
  /** Words (exhaustive or random) on which the network and the automaton disagree somewhere. */
  readonly failingWords: number;
  /** The shortest failing words (shortest first, at most 10), each cut at its first divergence. */
  readonly mismatches: readonly Mismatch[];
  /** Smallest decision margin seen (the start state is always decoded, so there is at least one). */
  readonly minMargin: number;
  readonly margins: MarginSummary;
  /** Set when the smallest margin or headroom is close to its threshold (see `CLOSE_MARGIN`). */
  readonly marginWarning: string | null;
  readonly noise: readonly NoiseRow[];
  readonly coverage: Coverage;
  /**
   * The state-closure proof: the network's distinct (bit-for-bit) state vectors, explored breadth-first
   * with every symbol. `closed` means every word of every length was checked.
   */
  readonly closure: ClosureSummary;
  /** The state closure closed with no mismatch: the network is its automaton on every word of every length. */
  readonly proved: boolean;
  /** Which phases ran; the exhaustive and random ones are skipped by default once the closure proved the network. */
  readonly phases: {
    readonly closure: PhaseStatus;
    readonly exhaustive: PhaseStatus;
    readonly random: PhaseStatus;
    readonly robustness: PhaseStatus;
  };
  /** Inputs simulated by each phase (the robustness table counts each noise level's inputs). */
  readonly work: {
    readonly closure: number;
    readonly exhaustive: number;
    readonly random: number;
    readonly robustness: number;
  };
  /**
   * The robustness table's work budget (inputs over all levels) and the sample words it allowed: the
   * first `wordsUsed` of the `wordsDrawn` words, whose inputs at every level fit in the budget.
   */
  readonly robustnessBudget: { readonly inputs: number; readonly wordsDrawn: number; readonly wordsUsed: number };
  /** Whether the compiled DFA is identical (names, start, accepting, transitions) to the one derived from the source. */
  readonly dfaMatchesSource: boolean;
  readonly seed: number;
  /** Transducers: every check above also compared the output read from the network state (absent for acceptors). */
  readonly outputsChecked?: true;
}

/** The outcome of `exploreStateClosure` as plain data. */
export interface ClosureSummary {
  /** Every reachable (network state, automaton state) pair was stepped with every symbol. */
  readonly closed: boolean;
  /** Distinct (network state, automaton state) pairs reached. */
  readonly networkStates: number;
  /** Breadth-first depth reached (words of length depth + 1 were all checked). */
  readonly depth: number;
  readonly transitionsChecked: number;
  /** Why the exploration stopped before closing (its state or input budget), or null. */
  readonly stoppedBecause: string | null;
  /**
   * Every word up to this length was checked and agreed; null when closed (every length), -1 when the start
   * state differs. After a mismatch in the middle of a level, the length before that level.
   */
  readonly checkedLength: number | null;
}

/** How a phase went: it ran, was turned off, or was skipped because the state closure proved the network. */
export type PhaseStatus = 'run' | 'off' | 'proved';

/** Progress of a running verification, for a progress bar, in inputs simulated. */
export interface VerifyProgress {
  readonly phase: 'closure' | 'exhaustive' | 'random' | 'robustness';
  /** Inputs simulated so far, over all phases. */
  readonly done: number;
  /** The inputs planned; phases that turn out shorter (or skipped) lower it as they end. */
  readonly total: number;
}
