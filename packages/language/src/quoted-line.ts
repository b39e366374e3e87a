import type { Span } from './diagnostics.js';
import { leadingByteOrderMarks } from './locator.js';

/** A line of source text as quoted under a diagnostic header. */
export interface SourceLine {
  readonly text: string;
  /** Offset of the line's first character in the source, or -1 for a line past the end. */
  readonly offset: number;
}

/** The quoted line as displayed and the caret line under the span; both free of control characters. */
export interface QuotedLine {
  readonly text: string;
  readonly caret: string;
}

/** Tabs in quoted source lines expand to this many columns (to the next multiple of it). */
const TAB_WIDTH = 4;

/** A quoted line wider than this many terminal columns is cut to a window around the span. */
export const MAX_QUOTED_WIDTH = 120;

/** Columns kept before a span too wide to centre in the window, so the reader sees where it starts. */
const LEAD = 10;

/** Marks the end where a quoted line was cut. */
const CUT = '…';

/** Splits on `\n`, `\r\n` and `\r`, remembering where each line starts. O(source length). */
export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const breaks = /\r\n|\r|\n/g;
  let offset = 0;
  for (let match = breaks.exec(source); match !== null; match = breaks.exec(source)) {
    lines.push({ text: source.slice(offset, match.index), offset });
    offset = match.index + match[0].length;
  }
  lines.push({ text: source.slice(offset), offset });
  return lines;
}

/** One character of the line as displayed: `width` columns starting at `column`. */
interface Cell {
  readonly text: string;
  readonly column: number;
  readonly width: number;
}

/**
 * The line as displayed (tabs expanded, control characters as visible placeholders, cut to about
 * `maxWidth` columns around the span with `…` at each cut end) and the caret line under the span's part
 * on it. Positions come from offsets when they agree with the line, else from the 1-based columns, so
 * hand-made spans still render. O(maxWidth), not O(line length).
 */
export function quoteLine(line: SourceLine, span: Span, maxWidth = MAX_QUOTED_WIDTH): QuotedLine {
  const { start, end } = span;
  const index = (offset: number, column: number): number => {
    const fromOffset = offset - line.offset;
    const raw = line.offset >= 0 && fromOffset >= 0 && fromOffset <= line.text.length ? fromOffset : column - 1;
    return Math.min(Math.max(raw, 0), line.text.length);
  };
  const from = index(start.offset, start.column);
  const to = end.line === start.line ? Math.max(from, index(end.offset, end.column)) : line.text.length;

  // Only characters near the span can show: a window of maxWidth columns needs at most about maxWidth
  // characters either side (zero-width marks aside), so a huge line costs O(maxWidth), not O(length).
  const slack = 4 * maxWidth;
  const lo = from > slack ? codePointStart(line.text, from - slack) : 0;
  const last = Math.min(to, from + slack) + slack;
  const hi = last < line.text.length ? codePointStart(line.text, last) : line.text.length;

  const marks = line.offset === 0 ? leadingByteOrderMarks(line.text) : 0;
  const cells: Cell[] = [];
  let column = 0;
  let caretStart = -1;
  let caretEnd = -1;
  let i = lo;
  for (const char of line.text.slice(lo, hi)) {
    if (i === from) caretStart = column;
    if (i === to) caretEnd = column;
    if (i < marks) {
      i += char.length; // byte order marks are no part of the line the user sees (their width is 0)
      continue;
    }
    const shown = visibleCharacter(char);
    // the width of what is shown: a zero-width mark such as U+200F becomes a one-column placeholder
    const width = char === '\t' ? TAB_WIDTH - (column % TAB_WIDTH) : displayWidth(shown.codePointAt(0) ?? 0);
    cells.push({ text: char === '\t' ? ' '.repeat(width) : shown, column, width });
    column += width;
    i += char.length;
  }
  if (caretStart < 0) caretStart = column;
  if (caretEnd < 0) caretEnd = column;

  const slicedLeft = lo > 0;
  const slicedRight = hi < line.text.length;
  if (column <= maxWidth && !slicedLeft && !slicedRight) {
    return { text: cells.map((c) => c.text).join(''), caret: carets(caretStart, caretEnd) };
  }
  const cut =
    column <= maxWidth
      ? { from: 0, to: column, left: false, right: false }
      : windowAround(column, caretStart, caretEnd, maxWidth);
  const left = cut.left || slicedLeft;
  const right = cut.right || slicedRight;
  const shown = cells.map((c) => cellInWindow(c, cut.from, cut.to)).join('');
  const shift = cut.from - (left ? CUT.length : 0);
  return {
    text: `${left ? CUT : ''}${shown}${right ? CUT : ''}`,
    caret: carets(Math.max(caretStart, cut.from) - shift, Math.min(caretEnd, cut.to) - shift),
  };
}

/** `index`, or the next index when `index` falls between the two halves of a surrogate pair. */
function codePointStart(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff && index > 0 ? index + 1 : index;
}

function carets(from: number, to: number): string {
  return ' '.repeat(from) + '^'.repeat(Math.max(1, to - from));
}

/** The columns `[from, to)` of a line `total` columns wide to show, and which ends were cut. */
interface Window {
  readonly from: number;
  readonly to: number;
  readonly left: boolean;
  readonly right: boolean;
}

/**
 * A window of `maxWidth` columns (counting the `…` marks) over a line wider than that: centred on the
 * span when it fits, else starting a little before it; pushed back inside the line at either end.
 */
function windowAround(total: number, caretStart: number, caretEnd: number, maxWidth: number): Window {
  const inner = maxWidth - 2 * CUT.length;
  const spanWidth = Math.max(1, caretEnd - caretStart);
  const from = spanWidth <= inner - 2 * LEAD ? caretStart - Math.floor((inner - spanWidth) / 2) : caretStart - LEAD;
  if (from <= 0) return { from: 0, to: maxWidth - CUT.length, left: false, right: true };
  if (from + inner >= total) return { from: total - (maxWidth - CUT.length), to: total, left: true, right: false };
  return { from, to: from + inner, left: true, right: true };
}

/** What a cell shows inside the window `[from, to)`: itself, the spaces of the part of it inside, or nothing. */
function cellInWindow(cell: Cell, from: number, to: number): string {
  if (cell.width === 0) return (cell.column > from || from === 0) && cell.column <= to ? cell.text : ''; // joins the cell before it
  if (cell.column >= from && cell.column + cell.width <= to) return cell.text;
  const inside = Math.min(cell.column + cell.width, to) - Math.max(cell.column, from);
  return inside > 0 ? ' '.repeat(inside) : ''; // half a wide character or part of a tab keeps the caret aligned
}

/**
 * `char`, or a one-column placeholder when it is a control character a terminal would act on instead of
 * showing: C0 (tab aside) as its Unicode control picture (NUL as `␀`, ESC as `␛`), DEL as `␡`, C1 as `�`.
 * Bidirectional-text controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which reorder the rest
 * of the line around them, and the line and paragraph separators U+2028 and U+2029 show as `�` too.
 * Tabs are left to the caller, which expands them.
 */
export function visibleCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 && char !== '\t') return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  if (code >= 0x80 && code <= 0x9f) return '\uFFFD';
  if (LAYOUT_CONTROL.test(char)) return '\uFFFD';
  return char;
}

/** Characters that change how a terminal lays out the text after them rather than showing as themselves. */
const LAYOUT_CONTROL = /^[\p{Bidi_Control}\u2028\u2029]$/u;

/** Every character `visibleCharacter` replaces, tabs included. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\p{Bidi_Control}\u2028\u2029]/gu;

/**
 * `text` for one line of a message: each character `visibleCharacter` replaces as its placeholder, and a tab
 * as a space. O(text length).
 */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (c) => (c === '\t' ? ' ' : visibleCharacter(c)));
}

/** Code-point ranges shown two columns wide in a terminal (East Asian Wide and Fullwidth). */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

/** Terminal columns a code point takes: 0 for combining marks and joiners, 2 for wide characters, else 1. */
export function displayWidth(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (ZERO_WIDTH.test(char) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef)) return 0;
  if (EMOJI.test(char)) return 2;
  for (const [low, high] of WIDE_RANGES) if (codePoint >= low && codePoint <= high) return 2;
  return 1;
}
