/** A one-line text field: its text and the caret position (0..length, in characters). */
export interface EditBuffer {
  readonly text: string;
  readonly caret: number;
}

/** A caret movement or deletion in an `EditBuffer`. */
export type EditCommand = 'left' | 'right' | 'home' | 'end' | 'backspace' | 'delete' | 'clear';

/** `text` inserted at the caret; the caret moves past it. Works on characters, not UTF-16 units. O(length). */
export function insertText(buffer: EditBuffer, text: string): EditBuffer {
  const chars = Array.from(buffer.text);
  const added = Array.from(text.replace(/[\r\n\t]/g, ' '));
  chars.splice(buffer.caret, 0, ...added);
  return { text: chars.join(''), caret: buffer.caret + added.length };
}

/** Applies a caret movement or deletion. O(length). */
export function editBuffer(buffer: EditBuffer, command: EditCommand): EditBuffer {
  const chars = Array.from(buffer.text);
  const { caret } = buffer;
  switch (command) {
    case 'left':
      return { ...buffer, caret: Math.max(0, caret - 1) };
    case 'right':
      return { ...buffer, caret: Math.min(chars.length, caret + 1) };
    case 'home':
      return { ...buffer, caret: 0 };
    case 'end':
      return { ...buffer, caret: chars.length };
    case 'backspace':
      if (caret === 0) return buffer;
      chars.splice(caret - 1, 1);
      return { text: chars.join(''), caret: caret - 1 };
    case 'delete':
      if (caret >= chars.length) return buffer;
      chars.splice(caret, 1);
      return { text: chars.join(''), caret };
    case 'clear':
      return { text: '', caret: 0 };
  }
}
