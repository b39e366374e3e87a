import { formatFile, formatSource } from '@cdam/language';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { offsetOf, rangeOf, type Analysis } from './analysis.js';

/**
 * The text of `cdam fmt` as edits: one edit over the part that changes (none when the text is already
 * formatted, or when it has syntax errors, which `cdam fmt` refuses too).
 */
export function formatDocument(analysis: Analysis): TextEdit[] {
  if (hasSyntaxErrors(analysis)) return [];
  return minimalEdit(analysis, 0, analysis.text.length, formatFile(analysis.checked.file));
}

/** Whether parsing failed (FSA1xx errors), as `formatSource` decides, without parsing again. */
function hasSyntaxErrors(analysis: Analysis): boolean {
  return analysis.checked.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('FSA1'));
}

/**
 * Formats each declaration the range touches, as `cdam fmt` would format it on its own; text outside those
 * declarations is left as it is. No edits when the file has syntax errors.
 */
export function formatRange(analysis: Analysis, range: Range): TextEdit[] {
  if (hasSyntaxErrors(analysis)) return [];
  const start = offsetOf(analysis, range.start);
  const end = offsetOf(analysis, range.end);
  const edits: TextEdit[] = [];
  for (const d of analysis.checked.file.declarations) {
    if (d.span.end.offset < start || d.span.start.offset > end) continue;
    const source = analysis.text.slice(d.span.start.offset, d.span.end.offset);
    const formatted = formatSource(source).text;
    if (formatted === undefined) continue;
    edits.push(...minimalEdit(analysis, d.span.start.offset, d.span.end.offset, formatted.replace(/\n$/, '')));
  }
  return edits;
}

/** One edit replacing `[from, to)` by `text`, trimmed to the part that differs; none when nothing does. */
function minimalEdit(analysis: Analysis, from: number, to: number, text: string): TextEdit[] {
  const old = analysis.text.slice(from, to);
  if (old === text) return [];
  let prefix = 0;
  const max = Math.min(old.length, text.length);
  while (prefix < max && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix))
    suffix++;
  // never split a surrogate pair or a \r\n
  while (prefix > 0 && /[\uD800-\uDBFF\r]/.test(old[prefix - 1]!)) prefix--;
  while (suffix > 0 && /[\uDC00-\uDFFF\n]/.test(old[old.length - suffix]!)) suffix--;
  return [
    {
      range: rangeOf(analysis, from + prefix, to - suffix),
      newText: text.slice(prefix, text.length - suffix),
    },
  ];
}
