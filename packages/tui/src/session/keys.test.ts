import { describe, expect, it } from 'vitest';
import { keyToAction, splitPresses, type KeyFlags } from './keys.js';

const none: KeyFlags = {
  leftArrow: false,
  rightArrow: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  backspace: false,
  delete: false,
  ctrl: false,
  meta: false,
};
const key = (flags: Partial<KeyFlags>): KeyFlags => ({ ...none, ...flags });

describe('keyToAction', () => {
  it('maps the stepping keys', () => {
    expect(keyToAction('', key({ rightArrow: true }), 'step')).toEqual({ type: 'next' });
    expect(keyToAction(' ', none, 'step')).toEqual({ type: 'next' });
    expect(keyToAction('.', none, 'step')).toEqual({ type: 'iterate' });
    expect(keyToAction('', key({ leftArrow: true }), 'step')).toEqual({ type: 'back' });
    expect(keyToAction('r', none, 'step')).toEqual({ type: 'reset' });
    expect(keyToAction('e', none, 'step')).toEqual({ type: 'start-edit' });
    expect(keyToAction('n', none, 'step')).toEqual({ type: 'cycle-noise' });
    expect(keyToAction('p', none, 'step')).toEqual({ type: 'toggle-play' });
    expect(keyToAction('?', none, 'step')).toEqual({ type: 'open-help' });
    expect(keyToAction('q', none, 'step')).toEqual({ type: 'quit' });
    expect(keyToAction('x', none, 'step')).toBeNull();
    expect(keyToAction('', key({ escape: true, meta: true }), 'step')).toBeNull();
  });

  it('quits on Ctrl-C in every mode, but types q while editing', () => {
    for (const mode of ['step', 'edit', 'help'] as const) {
      expect(keyToAction('c', key({ ctrl: true }), mode)).toEqual({ type: 'quit' });
    }
    expect(keyToAction('q', none, 'edit')).toEqual({ type: 'edit-insert', text: 'q' });
    // within a chunk of typed input, Ctrl-C arrives as its raw character
    expect(keyToAction('\u0003', none, 'edit')).toEqual({ type: 'quit' });
  });

  it('closes the help on any key', () => {
    expect(keyToAction('x', none, 'help')).toEqual({ type: 'close-help' });
    expect(keyToAction('', key({ rightArrow: true }), 'help')).toEqual({ type: 'close-help' });
  });

  it('edits text: Enter accepts, Esc cancels, arrows move, Backspace (DEL) erases', () => {
    expect(keyToAction('', key({ return: true }), 'edit')).toEqual({ type: 'edit-accept' });
    expect(keyToAction('', key({ escape: true, meta: true }), 'edit')).toEqual({ type: 'edit-cancel' });
    expect(keyToAction('', key({ leftArrow: true }), 'edit')).toEqual({ type: 'edit-command', command: 'left' });
    expect(keyToAction('', key({ delete: true }), 'edit')).toEqual({ type: 'edit-command', command: 'backspace' });
    expect(keyToAction('u', key({ ctrl: true }), 'edit')).toEqual({ type: 'edit-command', command: 'clear' });
    expect(keyToAction('wife', none, 'edit')).toEqual({ type: 'edit-insert', text: 'wife' });
  });
});

describe('splitPresses', () => {
  it('takes fast typing and pastes as one press per character', () => {
    expect(splitPresses('  ', none)).toEqual([' ', ' ']);
    expect(splitPresses('wεb', none)).toEqual(['w', 'ε', 'b']);
    expect(splitPresses('x\u0003', none)).toEqual(['x', '\u0003']);
  });

  it('turns a burst of Backspaces (DEL or BS characters in one chunk) into one erase each, inserting nothing', () => {
    for (const burst of ['\u007f\u007f\u007f', '\b\b\b']) {
      const actions = splitPresses(burst, none).map((press) => keyToAction(press, none, 'edit'));
      expect(actions).toEqual(Array(3).fill({ type: 'edit-command', command: 'backspace' }));
    }
    expect(keyToAction('\u0001', none, 'edit')).toBeNull();
    expect(keyToAction('\u009b', none, 'edit')).toBeNull();
  });

  it('keeps single keys and keys with modifiers whole', () => {
    expect(splitPresses('.', none)).toEqual(['.']);
    expect(splitPresses('', key({ rightArrow: true }))).toEqual(['']);
    expect(splitPresses('c', key({ ctrl: true }))).toEqual(['c']);
  });
});
