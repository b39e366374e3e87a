import { NO_EDGE } from '@cdam/automata';
import { editBuffer, insertText, type EditBuffer, type EditCommand } from './edit-buffer.js';
import {
  currentSnapshot,
  isAtEnd,
  isSettled,
  noiseLevel,
  startSnapshot,
  toIndices,
  type EditState,
  type Session,
} from './session.js';
import type { Reading, Snapshot } from './snapshot.js';

/** Everything that can happen to a session. Keys map to these in `keyToAction`. */
export type Action =
  /** Finish the current input, or present the next symbol and run K iterations. */
  | { readonly type: 'next' }
  /** One sub-step: present the next symbol (no iteration yet), or run one iteration of the current input. */
  | { readonly type: 'iterate' }
  | { readonly type: 'back' }
  | { readonly type: 'reset' }
  | { readonly type: 'cycle-noise' }
  | { readonly type: 'toggle-play' }
  /** The play timer fired. */
  | { readonly type: 'tick' }
  | { readonly type: 'open-help' }
  | { readonly type: 'close-help' }
  | { readonly type: 'start-edit' }
  | { readonly type: 'edit-insert'; readonly text: string }
  | { readonly type: 'edit-command'; readonly command: EditCommand }
  | { readonly type: 'edit-accept' }
  | { readonly type: 'edit-cancel' }
  /** The network finished the pending request. */
  | { readonly type: 'advanced'; readonly reading: Reading };

/**
 * The session after `action`. Pure: the network never runs here. A step sets `pending` to what the
 * network must compute; the caller (`settle`) runs it and reduces `advanced` with the result. While a
 * request is pending every other action is ignored. O(1) except edits (O(word length)).
 */
export function reduce(session: Session, action: Action): Session {
  if (session.pending !== null) return action.type === 'advanced' ? completePending(session, action.reading) : session;
  switch (session.mode) {
    case 'help':
      return action.type === 'close-help' || action.type === 'open-help' ? { ...session, mode: 'step' } : session;
    case 'edit':
      return reduceEdit(session, action);
    case 'step':
      return reduceStep(session, action);
  }
}

function reduceStep(session: Session, action: Action): Session {
  const quiet = { ...session, notice: null };
  switch (action.type) {
    case 'next':
      return advance(quiet, 'input');
    case 'iterate':
      return advance({ ...quiet, playing: false }, 'iteration');
    case 'tick':
      return session.playing ? advance(quiet, 'input') : session;
    case 'back':
      return session.cursor > 0
        ? { ...quiet, cursor: session.cursor - 1, playing: false }
        : { ...session, playing: false, notice: 'at the start' };
    case 'reset':
      return { ...quiet, history: session.history.slice(0, 1), cursor: 0, playing: false };
    case 'cycle-noise': {
      const noiseIndex = (session.noiseIndex + 1) % session.setup.noiseLevels.length;
      const level = session.setup.noiseLevels[noiseIndex];
      return {
        ...quiet,
        noiseIndex,
        notice:
          level === 0 ? 'noise off' : `noise ${level}: that fraction of the state part is perturbed before each input`,
      };
    }
    case 'toggle-play':
      if (session.playing) return { ...quiet, playing: false };
      return isAtEnd(session) ? { ...session, notice: endNotice } : { ...quiet, playing: true };
    case 'open-help':
      return { ...quiet, mode: 'help', playing: false };
    case 'start-edit': {
      if (!session.setup.editable)
        return { ...session, notice: 'this word cannot be edited: a sequence runs on ticks' };
      const text = session.setup.formatWord(session.word.map((s) => session.setup.dfa.alphabet[s]));
      const caret = Array.from(text).length;
      return { ...quiet, mode: 'edit', playing: false, edit: { text, caret, error: null } };
    }
    default:
      return session;
  }
}

const endNotice = 'end of the word: r restarts, e edits the word';

/**
 * Starts the next step from the snapshot on screen (dropping any snapshots after it).
 * `input`: to the next settled point; `iteration`: one presentation or one iteration.
 */
function advance(session: Session, size: 'input' | 'iteration'): Session {
  const { dfa, iterations } = session.setup;
  const from = currentSnapshot(session);
  const truncated = { ...session, history: session.history.slice(0, session.cursor + 1) };
  if (!isSettled(session, from)) {
    const count = size === 'input' ? iterations - from.iteration : 1;
    return {
      ...truncated,
      pending: {
        request: { from: from.reading, present: null, iterations: count },
        next: { ...withoutReading(from), iteration: from.iteration + count },
      },
    };
  }
  if (from.position >= session.word.length) return { ...session, playing: false, notice: endNotice };
  const symbol = session.word[from.position];
  const noise = noiseLevel(session);
  const to = from.symbolic === NO_EDGE ? NO_EDGE : dfa.delta[from.symbolic][symbol];
  const count = size === 'input' || !session.setup.presentation ? iterations : 0;
  return {
    ...truncated,
    pending: {
      request: { from: from.reading, present: { symbol, noise, position: from.position }, iterations: count },
      next: {
        position: from.position + 1,
        iteration: count,
        symbolic: to,
        transition: from.symbolic === NO_EDGE ? null : { from: from.symbolic, symbol, to },
        noise,
      },
    },
  };
}

function withoutReading(snapshot: Snapshot): Omit<Snapshot, 'reading'> {
  const { reading: _reading, ...rest } = snapshot;
  return rest;
}

function completePending(session: Session, reading: Reading): Session {
  const pending = session.pending;
  if (pending === null) return session;
  const snapshot: Snapshot = { ...pending.next, reading };
  const next = { ...session, history: [...session.history, snapshot], cursor: session.history.length, pending: null };
  return next.playing && isAtEnd(next, snapshot) ? { ...next, playing: false } : next;
}

function reduceEdit(session: Session, action: Action): Session {
  const edit = session.edit;
  if (edit === null) return { ...session, mode: 'step' };
  switch (action.type) {
    case 'edit-insert':
      return withBuffer(session, insertText(edit, action.text));
    case 'edit-command':
      return withBuffer(session, editBuffer(edit, action.command));
    case 'edit-cancel':
      return { ...session, mode: 'step', edit: null, notice: 'edit cancelled' };
    case 'edit-accept': {
      const parsed = session.setup.parseWord(edit.text);
      if (!parsed.ok) return { ...session, edit: { ...edit, error: parsed } };
      const word = toIndices(parsed.symbols, session.setup.symbolIndex);
      const start = startSnapshot(session.history[0].reading, session.setup.dfa, session.setup.iterations);
      const count = word.length;
      return {
        ...session,
        mode: 'step',
        edit: null,
        word,
        history: [start],
        cursor: 0,
        notice: `new word: ${count} symbol${count === 1 ? '' : 's'}`,
      };
    }
    default:
      return session;
  }
}

/** The edited text, revalidated so the error under the field follows the typing. */
function withBuffer(session: Session, buffer: EditBuffer): Session {
  const parsed = session.setup.parseWord(buffer.text);
  const edit: EditState = { ...buffer, error: parsed.ok ? null : parsed };
  return { ...session, edit };
}
