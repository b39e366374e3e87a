import type { IToken } from 'chevrotain';
import type { Position, Span } from './diagnostics.js';

/**
 * Turns offsets into 1-based line/column positions. Line breaks are `\n`, `\r\n` and `\r`; byte order
 * marks at the start of the text take no column.
 * Building costs O(text length); each lookup is O(log lines), O(1) on the line of the previous lookup or the next.
 */
export class Locator {
  private readonly lineStarts: number[];
  /** The 0-based line of the last position asked for. */
  private lastLine = 0;

  constructor(readonly text: string) {
    // A byte order mark is no character to the user: the first line's columns start after it, and after
    // a second or third one too (a file saved twice by a tool that adds one each time).
    this.lineStarts = [leadingByteOrderMarks(text)];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  /** The position of `offset`, clamped to the text. */
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    // positions are mostly asked for in text order: try the line of the last answer, and the next one
    const hint = this.lastLine;
    if (starts[hint] <= clamped) {
      const line = hint + 1 < starts.length && starts[hint + 1] <= clamped ? hint + 1 : hint;
      if (line + 1 >= starts.length || clamped < starts[line + 1]) return this.at(clamped, line);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return this.at(clamped, low);
  }

  private at(offset: number, line: number): Position {
    this.lastLine = line;
    return { offset, line: line + 1, column: Math.max(1, offset - this.lineStarts[line] + 1) };
  }

  /** The span of `[start, end)`. */
  span(start: number, end: number): Span {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The span of a token; an inserted or end-of-file token (no offset) maps to the end of the text. */
  tokenSpan(token: IToken): Span {
    if (!isReal(token)) return this.span(this.text.length, this.text.length);
    return this.span(token.startOffset, token.startOffset + token.image.length);
  }
}

/** Whether a token came from the text: not inserted by recovery and not the end-of-file token. */
export function isReal(token: IToken | undefined): token is IToken {
  return token !== undefined && !token.isInsertedInRecovery && Number.isFinite(token.startOffset);
}

/** How many byte order marks (U+FEFF) the text starts with. O(that count). */
export function leadingByteOrderMarks(text: string): number {
  let count = 0;
  while (text.charCodeAt(count) === 0xfeff) count++;
  return count;
}
