import { describe, expect, it } from 'vitest';
import { editBuffer, insertText } from './edit-buffer.js';

describe('edit buffer', () => {
  it('inserts at the caret and moves past the text', () => {
    expect(insertText({ text: 'ac', caret: 1 }, 'b')).toEqual({ text: 'abc', caret: 2 });
    expect(insertText({ text: '', caret: 0 }, 'a\nb')).toEqual({ text: 'a b', caret: 3 });
  });

  it('moves the caret within the text', () => {
    const b = { text: 'ab', caret: 1 };
    expect(editBuffer(b, 'left').caret).toBe(0);
    expect(editBuffer(editBuffer(b, 'left'), 'left').caret).toBe(0);
    expect(editBuffer(editBuffer(b, 'right'), 'right').caret).toBe(2);
    expect(editBuffer(b, 'home').caret).toBe(0);
    expect(editBuffer(b, 'end').caret).toBe(2);
  });

  it('erases before (backspace) and at (delete) the caret, by character', () => {
    expect(editBuffer({ text: 'aεb', caret: 2 }, 'backspace')).toEqual({ text: 'ab', caret: 1 });
    expect(editBuffer({ text: 'aεb', caret: 1 }, 'delete')).toEqual({ text: 'ab', caret: 1 });
    expect(editBuffer({ text: 'ab', caret: 0 }, 'backspace')).toEqual({ text: 'ab', caret: 0 });
    expect(editBuffer({ text: 'ab', caret: 2 }, 'delete')).toEqual({ text: 'ab', caret: 2 });
    expect(editBuffer({ text: 'ab', caret: 2 }, 'clear')).toEqual({ text: '', caret: 0 });
  });
});
