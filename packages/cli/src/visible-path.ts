/** Characters a terminal acts on rather than shows: C0, DEL, C1, bidirectional controls, line and paragraph separators. */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;

/**
 * A file name for a message: `\n`, `\t`, and `\u{HEX}` for every other control or bidirectional-format
 * character, as `--input` strings are escaped, so that a name holding an ESC sequence or a newline cannot
 * recolour, move or split the terminal's output. Other characters, backslashes included, are kept. O(|path|).
 */
export function visiblePath(path: string): string {
  return visibleText(path);
}

/**
 * Any text for a terminal with the same escapes as `visiblePath`: for messages that quote what a file holds
 * (names and values from an artifact), so an edited file cannot send ESC, BEL, NUL or a right-to-left
 * override to the terminal. Idempotent. O(|text|).
 */
export function visibleText(path: string): string {
  return path.replace(UNSAFE, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`,
  );
}
