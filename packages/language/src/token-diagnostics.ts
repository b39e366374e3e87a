import type { ILexingResult, IRecognitionException, IToken } from 'chevrotain';
import { diagnostic, type Diagnostic } from './diagnostics.js';
import type { Locator } from './locator.js';
import { pushAll } from './push-all.js';
import { HINT_SEPARATOR, shownText } from './syntax-messages.js';
import { findBadEscapes, isTerminatedBlockComment, isTerminatedString, StringLiteral } from './tokens.js';

/** FSA100 (stray characters), FSA102 (unterminated string), FSA103 (unterminated comment), FSA104 (bad escape). */
export function toLexingDiagnostics(lexed: ILexingResult, at: Locator): Diagnostic[] {
  const text = at.text;
  const diagnostics: Diagnostic[] = [];

  for (const error of lexed.errors) {
    const chars = text.slice(error.offset, error.offset + Math.max(1, error.length));
    const plural = [...chars].length > 1 ? 'characters' : 'character';
    diagnostics.push(
      diagnostic(
        'FSA100',
        at.span(error.offset, error.offset + chars.length),
        `unexpected ${plural} '${shownText(chars)}'`,
        hintForCharacters(chars),
      ),
    );
  }

  for (const token of lexed.tokens) {
    if (token.tokenType !== StringLiteral) continue;
    pushAll(diagnostics, stringDiagnostics(token, at));
  }

  for (const token of lexed.groups.comments ?? []) {
    if (token.image.startsWith('/*') && !isTerminatedBlockComment(token.image)) {
      diagnostics.push(
        diagnostic(
          'FSA103',
          at.span(token.startOffset, token.startOffset + 2),
          'unterminated block comment',
          "close it with '*/'; block comments do not nest",
        ),
      );
    }
  }
  return diagnostics;
}

/** FSA102 for a string without its closing quote, FSA104 for each escape the language does not define. */
function stringDiagnostics(token: IToken, at: Locator): Diagnostic[] {
  const found: Diagnostic[] = [];
  const image = token.image;
  if (!isTerminatedString(image)) {
    found.push(
      diagnostic(
        'FSA102',
        at.tokenSpan(token),
        `unterminated string ${shownText(image)}`,
        "close the string with '\"' on the same line; write a line break as \\n",
      ),
    );
  }
  const shownImage = shownText(image);
  for (const bad of findBadEscapes(image)) {
    found.push(
      diagnostic(
        'FSA104',
        at.span(token.startOffset + bad.start, token.startOffset + bad.end),
        `invalid escape '${shownText(bad.text)}' in string ${shownImage}`,
        'the escapes are \\" \\\\ \\n \\t and \\u{HEX} (a code point up to 10FFFF)',
      ),
    );
  }
  return found;
}

/** FSA101 for each syntax error, with the hint the message provider attached. */
export function toSyntaxDiagnostics(errors: readonly IRecognitionException[], at: Locator): Diagnostic[] {
  const seen = new Set<string>();
  const found: Diagnostic[] = [];
  for (const error of errors) {
    const [message, hint] = error.message.split(HINT_SEPARATOR);
    const span = at.tokenSpan(error.token);
    const key = `${span.start.offset}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(diagnostic('FSA101', span, message, hint));
  }
  return found;
}

/** A hint for characters the lexer could not read, guessing at what was meant. */
function hintForCharacters(chars: string): string | undefined {
  if (chars.startsWith("'")) return 'quote names with double quotes, e.g. "SYN-ACK"';
  if (chars.startsWith(';')) return 'members need no separator; put each on its own line';
  if (chars.startsWith('-')) return "a transition arrow is written '->'";
  if (chars.startsWith('#')) return "comments are written '// ...' or '/* ... */'";
  return 'names with other characters must be quoted, e.g. "SYN-ACK"';
}
