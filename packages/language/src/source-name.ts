import type { NameAst } from './ast.js';
import { KEYWORDS } from './tokens.js';

/**
 * How a name is written in `.fsa` source: bare when the lexer reads it back as the same name, else quoted.
 * One place for this, so the formatter, the interchange writers and the diagnostics' hints agree.
 */

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const INTEGER = /^[0-9]+$/;
const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);

/** Whether a name can be written bare: an identifier that is not a keyword, or an integer. */
export function isBareName(value: string): boolean {
  return INTEGER.test(value) || (IDENTIFIER.test(value) && !KEYWORD_SET.has(value));
}

/** The form a name takes when formatted: the one `parse(formatFile(x))` reports back. */
export function canonicalNameForm(value: string): NameAst['form'] {
  if (INTEGER.test(value)) return 'integer';
  return isBareName(value) ? 'identifier' : 'string';
}

/** A name as source text: bare when it can be, else quoted with `\" \\ \n \t \u{HEX}` escapes. */
export function formatName(value: string): string {
  return isBareName(value) ? value : quoteString(value);
}

/** `value` as a string literal: `\" \\ \n \t` escaped, and control, separator and lone surrogate code points as `\u{HEX}`. */
function quoteString(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029)
      out += `\\u{${code.toString(16).toUpperCase()}}`;
    else if (code >= 0xd800 && code <= 0xdfff)
      out += `\\u{${code.toString(16).toUpperCase()}}`; // lone surrogate
    else out += char;
  }
  return `${out}"`;
}
