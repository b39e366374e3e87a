import type { Diagnostic, Severity } from './diagnostics.js';
import { quoteLine, splitLines, visibleText } from './quoted-line.js';

/** Where the diagnostics came from, for the header and the quoted source line. */
export interface FormatOptions {
  /** Printed at the start of each header (`samples/turnstile.fsa:7:26: ...`), control characters made visible. */
  readonly fileName: string;
  /** The text the spans point into. */
  readonly source: string;
  /** Render at most this many diagnostics, then one line saying how many more there are of each severity. */
  readonly limit?: number;
  /** Ends that line; 'fix the first ones and run again' when not given. */
  readonly limitAdvice?: string;
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

/**
 * Renders diagnostics like a compiler: a `file:line:col: severity[CODE]: message` header, the source
 * line under a right-aligned line-number gutter, a caret line under the span (a span over several lines is
 * underlined to the end of its first line) and `  help: ...` when there is a hint. Blocks are separated by
 * a blank line; the result ends with a newline, or is empty when there is nothing to say. Control characters
 * (bidirectional-text controls included) never reach the output raw, not even in the file name, and a quoted
 * line wider than 120 columns is cut around its span (see `quoteLine`). With `limit`, only that many blocks are
 * rendered, then one line counting the rest.
 * O(output size).
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  if (diagnostics.length === 0) return '';
  const limit = options.limit === undefined ? diagnostics.length : Math.max(0, Math.floor(options.limit));
  const shown = diagnostics.slice(0, limit);
  const lines = splitLines(options.source);
  const fileName = visibleText(options.fileName);
  const width = Math.max(4, ...shown.map((d) => String(d.span.start.line).length));
  const blocks = shown.map((d) => {
    const { start } = d.span;
    const header = `${fileName}:${start.line}:${start.column}: ${d.severity}[${d.code}]: ${visibleText(d.message)}`;
    const out = [header];
    const line = lines[start.line - 1] ?? { text: '', offset: -1 };
    const { text, caret } = quoteLine(line, d.span);
    out.push(`${' '.repeat(width - String(start.line).length + 1)}${start.line} | ${text}`.trimEnd());
    out.push(`${' '.repeat(width + 1)} | ${caret}`);
    if (d.hint !== undefined) out.push(`  help: ${d.hint.split('\n').map(visibleText).join('\n        ')}`);
    return out.join('\n');
  });
  if (diagnostics.length > shown.length) blocks.push(moreLine(diagnostics.slice(shown.length), options.limitAdvice));
  return `${blocks.join('\n\n')}\n`;
}

/** `… and 556 more (480 errors, 76 warnings); <advice>` for the diagnostics left out by a limit. */
function moreLine(rest: readonly Diagnostic[], advice = 'fix the first ones and run again'): string {
  const errors = rest.filter((d) => d.severity === 'error').length;
  const counts = [count(errors, 'error'), count(rest.length - errors, 'warning')].filter((c) => c !== undefined);
  return `… and ${rest.length} more (${counts.join(', ')}); ${visibleText(advice)}`; // the advice may name the file
}

function count(n: number, word: string): string | undefined {
  return n === 0 ? undefined : `${n} ${word}${n === 1 ? '' : 's'}`;
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
