import type { Dfa } from '@cdam/automata';
import type { EditBuffer } from './edit-buffer.js';
import type { AdvanceRequest, Reading, Snapshot } from './snapshot.js';
import type { WordFormatter, WordParse, WordParser } from './word.js';

/** Noise levels cycled by `n`: the fraction of the state part perturbed before each input. */
export const NOISE_LEVELS: readonly number[] = [0, 0.1, 0.2, 0.3];

/** What does not change while stepping: the automaton, the schedule and how words are read. */
export interface SessionSetup {
  /** The DFA the network implements (for a compiled network: complete, with its dead state). */
  readonly dfa: Dfa;
  /** K, the iterations after each presented symbol. */
  readonly iterations: number;
  readonly parseWord: WordParser;
  readonly formatWord: WordFormatter;
  readonly noiseLevels: readonly number[];
  /** Symbol name -> index in `dfa.alphabet`. */
  readonly symbolIndex: ReadonlyMap<string, number>;
  /** The word can be edited (`e`); false for a sequence, whose ticks are not an input. */
  readonly editable: boolean;
  /**
   * Presenting a symbol is a sub-step of its own (`.` shows the state right after it); false for a
   * sequence, where a tick is just one update.
   */
  readonly presentation: boolean;
}

/** `step`: watching; `edit`: typing a new word; `help`: the key overlay is open. */
export type Mode = 'step' | 'edit' | 'help';

/** The word being typed in `edit` mode, and why it cannot be accepted yet. */
export interface EditState extends EditBuffer {
  readonly error: Extract<WordParse, { ok: false }> | null;
}

/** A request in flight: what the network must compute, and the snapshot its reading completes. */
export interface Pending {
  readonly request: AdvanceRequest;
  readonly next: Omit<Snapshot, 'reading'>;
}

/**
 * The whole state of a stepping session. `history[0]` is the start; `cursor` is the snapshot shown
 * (going back moves the cursor; stepping from an earlier snapshot drops the ones after it and
 * recomputes, which gives the same result because noise is seeded by input position).
 */
export interface Session {
  readonly setup: SessionSetup;
  /** The input word, as symbol indices. */
  readonly word: readonly number[];
  readonly history: readonly Snapshot[];
  readonly cursor: number;
  readonly mode: Mode;
  readonly playing: boolean;
  /** Index into `setup.noiseLevels` of the level applied to the next presentations. */
  readonly noiseIndex: number;
  readonly edit: EditState | null;
  /** A one-line notice for the user (end of the word, a new noise level); cleared by the next action. */
  readonly notice: string | null;
  /** Set by `reduce` when the network must run; `settle` fulfils it before the session is shown. */
  readonly pending: Pending | null;
}

export interface SessionOptions {
  readonly dfa: Dfa;
  readonly iterations: number;
  /** The start reading (from `Performer.initial`). */
  readonly initial: Reading;
  /** The input word by symbol name; names outside the alphabet are a programmer error (the caller parses first). */
  readonly word: readonly string[];
  readonly parseWord: WordParser;
  readonly formatWord: WordFormatter;
  readonly noiseLevels?: readonly number[];
  /** Default true. */
  readonly editable?: boolean;
  /** Default true. */
  readonly presentation?: boolean;
}

/** A session at the start of `word`, paused, noise off. Throws RangeError for a symbol outside the alphabet. */
export function createSession(options: SessionOptions): Session {
  const { dfa } = options;
  const symbolIndex = new Map(dfa.alphabet.map((symbol, index) => [symbol, index]));
  return {
    setup: {
      dfa,
      iterations: options.iterations,
      parseWord: options.parseWord,
      formatWord: options.formatWord,
      noiseLevels: options.noiseLevels ?? NOISE_LEVELS,
      symbolIndex,
      editable: options.editable ?? true,
      presentation: options.presentation ?? true,
    },
    word: toIndices(options.word, symbolIndex),
    history: [startSnapshot(options.initial, dfa, options.iterations)],
    cursor: 0,
    mode: 'step',
    playing: false,
    noiseIndex: 0,
    edit: null,
    notice: null,
    pending: null,
  };
}

/** The snapshot before any input: the start state, settled. */
export function startSnapshot(initial: Reading, dfa: Dfa, iterations: number): Snapshot {
  return { reading: initial, position: 0, iteration: iterations, symbolic: dfa.start, transition: null, noise: 0 };
}

/** Symbol names to indices; throws RangeError on an unknown name (callers validate words first). */
export function toIndices(word: readonly string[], symbolIndex: ReadonlyMap<string, number>): number[] {
  return word.map((symbol) => {
    const index = symbolIndex.get(symbol);
    if (index === undefined) throw new RangeError(`symbol '${symbol}' is not in the alphabet`);
    return index;
  });
}

/** The snapshot on screen. */
export function currentSnapshot(session: Session): Snapshot {
  return session.history[session.cursor];
}

/** The noise fraction applied to the next presentations. */
export function noiseLevel(session: Session): number {
  return session.setup.noiseLevels[session.noiseIndex] ?? 0;
}

/** The last presented symbol has had all its K iterations (true at the start). */
export function isSettled(session: Session, snapshot: Snapshot = currentSnapshot(session)): boolean {
  return snapshot.iteration >= session.setup.iterations;
}

/** Every symbol has been read and settled. */
export function isAtEnd(session: Session, snapshot: Snapshot = currentSnapshot(session)): boolean {
  return snapshot.position >= session.word.length && isSettled(session, snapshot);
}

/**
 * How the network's reading compares with the automaton: `settling` while an input is still iterating,
 * `agree` when the decoded state is the automaton's state, `quiescent` when no memory is active,
 * `disagree` otherwise.
 */
export type Agreement = 'agree' | 'disagree' | 'quiescent' | 'settling';

/** How `snapshot` (by default the current one) compares with the automaton's state; see `Agreement`. */
export function agreementOf(session: Session, snapshot: Snapshot = currentSnapshot(session)): Agreement {
  if (!isSettled(session, snapshot)) return 'settling';
  if (snapshot.reading.quiescent) return 'quiescent';
  return snapshot.reading.state === snapshot.symbolic ? 'agree' : 'disagree';
}

/** Accept or reject, by the network (decoded, not quiescent, accepting) and by the automaton. */
export interface Verdict {
  readonly network: boolean;
  readonly automaton: boolean;
}

/** The verdict at the end of the word; null before. */
export function verdictOf(session: Session, snapshot: Snapshot = currentSnapshot(session)): Verdict | null {
  if (!isAtEnd(session, snapshot)) return null;
  const { accepting } = session.setup.dfa;
  return {
    network: !snapshot.reading.quiescent && accepting.has(snapshot.reading.state),
    automaton: snapshot.symbolic >= 0 && accepting.has(snapshot.symbolic),
  };
}
