import type { Diagnostic, Severity } from './diagnostics.js';

/** Where the diagnostics came from, for the header and the quoted source line. */
export interface FormatOptions {
  /** Printed as given at the start of each header (`samples/turnstile.fsa:7:26: ...`). */
  readonly fileName: string;
  /** The text the spans point into. */
  readonly source: string;
}

/** One diagnostic in the `--format json` output; 1-based lines and columns, `endColumn` exclusive. */
export interface JsonDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
}

/** Tabs in quoted source lines expand to this many columns (to the next multiple of it). */
const TAB_WIDTH = 4;

/**
 * Renders diagnostics like a compiler: a `file:line:col: severity[CODE]: message` header, the source
 * line under a right-aligned line-number gutter, a caret line under the span (a span over several lines is
 * underlined to the end of its first line) and `  help: ...` when there is a hint. Blocks are separated by
 * a blank line; the result ends with a newline, or is empty when there is nothing to say. O(output size).
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  if (diagnostics.length === 0) return '';
  const lines = splitLines(options.source);
  const width = Math.max(4, ...diagnostics.map((d) => String(d.span.start.line).length));
  const blocks = diagnostics.map((d) => {
    const { start } = d.span;
    const out = [`${options.fileName}:${start.line}:${start.column}: ${d.severity}[${d.code}]: ${d.message}`];
    const line = lines[start.line - 1] ?? { text: '', offset: -1 };
    const { text, caret } = underline(line, d);
    out.push(`${' '.repeat(width - String(start.line).length + 1)}${start.line} | ${text}`.trimEnd());
    out.push(`${' '.repeat(width + 1)} | ${caret}`);
    if (d.hint !== undefined) out.push(`  help: ${d.hint.replace(/\n/g, '\n        ')}`);
    return out.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** The JSON objects of `--format json`, in the order given. `hint` is present only when the diagnostic has one. */
export function toJsonDiagnostics(diagnostics: readonly Diagnostic[], fileName: string): JsonDiagnostic[] {
  return diagnostics.map((d) => {
    const json: JsonDiagnostic = {
      file: fileName,
      line: d.span.start.line,
      column: d.span.start.column,
      endLine: d.span.end.line,
      endColumn: d.span.end.column,
      severity: d.severity,
      code: d.code,
      message: d.message,
    };
    return d.hint === undefined ? json : { ...json, hint: d.hint };
  });
}

interface SourceLine {
  readonly text: string;
  /** Offset of the line's first character in the source, or -1 for a line past the end. */
  readonly offset: number;
}

/** Splits on `\n`, `\r\n` and `\r`, remembering where each line starts. */
function splitLines(source: string): SourceLine[] {
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

/**
 * The line as displayed (tabs expanded) and the caret line under the span's part on it. Positions come from
 * offsets when they agree with the line, else from the 1-based columns, so hand-made spans still render.
 */
function underline(line: SourceLine, d: Diagnostic): { text: string; caret: string } {
  const { start, end } = d.span;
  const index = (offset: number, column: number): number => {
    const fromOffset = offset - line.offset;
    const raw = line.offset >= 0 && fromOffset >= 0 && fromOffset <= line.text.length ? fromOffset : column - 1;
    return Math.min(Math.max(raw, 0), line.text.length);
  };
  const from = index(start.offset, start.column);
  const to = end.line === start.line ? Math.max(from, index(end.offset, end.column)) : line.text.length;

  let text = '';
  let column = 0;
  let caretStart = -1;
  let caretEnd = -1;
  let i = 0;
  for (const char of line.text) {
    if (i === from) caretStart = column;
    if (i === to) caretEnd = column;
    if (char === '\uFEFF' && i === 0 && line.offset === 0) {
      i += char.length; // a byte order mark is no part of the line the user sees (its width is 0)
      continue;
    }
    if (char === '\t') {
      const spaces = TAB_WIDTH - (column % TAB_WIDTH);
      text += ' '.repeat(spaces);
      column += spaces;
    } else {
      text += char;
      column += displayWidth(char.codePointAt(0) ?? 0);
    }
    i += char.length;
  }
  if (caretStart < 0) caretStart = column;
  if (caretEnd < 0) caretEnd = column;
  return { text, caret: ' '.repeat(caretStart) + '^'.repeat(Math.max(1, caretEnd - caretStart)) };
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
