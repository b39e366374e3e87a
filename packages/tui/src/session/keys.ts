import type { Action } from './reduce.js';
import type { Mode } from './session.js';

/** The parts of a key press the session reacts to (a structural subset of ink's `Key`). */
export interface KeyFlags {
  readonly leftArrow: boolean;
  readonly rightArrow: boolean;
  readonly home: boolean;
  readonly end: boolean;
  readonly return: boolean;
  readonly escape: boolean;
  readonly backspace: boolean;
  readonly delete: boolean;
  readonly ctrl: boolean;
  readonly meta: boolean;
}

/** What a key press means: an action, quitting, or nothing. */
export type KeyResult = Action | { readonly type: 'quit' } | null;

/**
 * Maps a key press to an action for the given mode. Ctrl-C quits in every mode, `q` in step mode.
 * In edit mode printable text is inserted; terminals send Backspace as DEL, which ink reports as
 * `delete` (and a burst of them as plain DEL characters), so all of these erase the character before the
 * caret; other control characters are ignored.
 */
export function keyToAction(input: string, key: KeyFlags, mode: Mode): KeyResult {
  if ((key.ctrl && input === 'c') || input === '\u0003') return { type: 'quit' };
  switch (mode) {
    case 'help':
      return { type: 'close-help' };
    case 'edit':
      return editKey(input, key);
    case 'step':
      return stepKey(input, key);
  }
}

function stepKey(input: string, key: KeyFlags): KeyResult {
  if (key.rightArrow || input === ' ') return { type: 'next' };
  if (key.leftArrow) return { type: 'back' };
  if (key.ctrl || key.meta) return null;
  switch (input) {
    case '.':
      return { type: 'iterate' };
    case 'r':
      return { type: 'reset' };
    case 'e':
      return { type: 'start-edit' };
    case 'n':
      return { type: 'cycle-noise' };
    case 'p':
      return { type: 'toggle-play' };
    case '?':
      return { type: 'open-help' };
    case 'q':
      return { type: 'quit' };
    default:
      return null;
  }
}

/** A C0 or C1 control character or DEL: never text to insert (tab and line breaks aside, which become spaces). */
const CONTROL = /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]$/u;

function editKey(input: string, key: KeyFlags): KeyResult {
  if (key.return) return { type: 'edit-accept' };
  if (key.escape) return { type: 'edit-cancel' };
  if (key.leftArrow) return { type: 'edit-command', command: 'left' };
  if (key.rightArrow) return { type: 'edit-command', command: 'right' };
  if (key.home || (key.ctrl && input === 'a')) return { type: 'edit-command', command: 'home' };
  if (key.end || (key.ctrl && input === 'e')) return { type: 'edit-command', command: 'end' };
  if (key.ctrl && input === 'u') return { type: 'edit-command', command: 'clear' };
  // A burst of Backspaces (key repeat, a fast typist) arrives as one chunk of DEL or BS characters that
  // ink does not recognise as keys: `splitPresses` hands them over one at a time, flagless.
  if (key.backspace || key.delete || input === '\u007f' || input === '\b') {
    return { type: 'edit-command', command: 'backspace' };
  }
  if (key.ctrl || key.meta || input === '' || CONTROL.test(input)) return null;
  return { type: 'edit-insert', text: input };
}

/**
 * The presses in one chunk of input: terminals deliver fast typing or a paste (`"  "`, `"wife"`) as one
 * string, which is taken as one press per character; keys with modifiers and empty input stay one press.
 */
export function splitPresses(input: string, key: KeyFlags): string[] {
  if (key.ctrl || key.meta || input.length <= 1) return [input];
  return Array.from(input);
}
