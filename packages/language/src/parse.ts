import type { IRecognitionException, IToken } from 'chevrotain';
import type { FileAst, ParseResult } from './ast.js';
import { diagnostic, type Diagnostic } from './diagnostics.js';
import { fsaParser } from './parser.js';
import { HINT_SEPARATOR } from './syntax-messages.js';
import { findBadEscapes, fsaLexer, isTerminatedBlockComment, isTerminatedString, StringLiteral } from './tokens.js';
import { Locator, toCommentAst, toFileAst } from './to-ast.js';

/**
 * Parses `.fsa` source text. Never throws: lexing and parsing errors (FSA100-FSA104) come back as
 * diagnostics, sorted by position, next to a partial AST. Runs in about O(text length).
 */
export function parse(text: string): ParseResult {
  const at = new Locator(text);
  try {
    return parseWith(text, at);
  } catch (error) {
    // A bug, not a user error: still answer with a value so callers never crash on input.
    const file: FileAst = { kind: 'file', declarations: [], comments: [], span: at.span(0, text.length) };
    const reason = error instanceof Error ? error.message : String(error);
    return {
      file,
      diagnostics: [
        diagnostic('FSA101', at.span(0, 0), `internal error while parsing: ${reason}`, 'please report this as a bug'),
      ],
    };
  }
}

function parseWith(text: string, at: Locator): ParseResult {
  const lexed = fsaLexer.tokenize(text);
  const diagnostics: Diagnostic[] = [];

  for (const error of lexed.errors) {
    const chars = text.slice(error.offset, error.offset + Math.max(1, error.length));
    const plural = [...chars].length > 1 ? 'characters' : 'character';
    diagnostics.push(
      diagnostic(
        'FSA100',
        at.span(error.offset, error.offset + chars.length),
        `unexpected ${plural} '${chars}'`,
        hintForCharacters(chars),
      ),
    );
  }

  for (const token of lexed.tokens) {
    if (token.tokenType !== StringLiteral) continue;
    diagnostics.push(...stringDiagnostics(token, at));
  }

  const commentTokens = lexed.groups.comments ?? [];
  for (const token of commentTokens) {
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

  fsaParser.load(lexed.tokens, text);
  const cst = fsaParser.file();
  diagnostics.push(...parserDiagnostics(fsaParser.reportableErrors(), at));

  const comments = commentTokens.map((token) => toCommentAst(token, at));
  const file = toFileAst(cst, comments, at);
  diagnostics.sort((a, b) => a.span.start.offset - b.span.start.offset);
  return { file, diagnostics };
}

function stringDiagnostics(token: IToken, at: Locator): Diagnostic[] {
  const found: Diagnostic[] = [];
  const image = token.image;
  if (!isTerminatedString(image)) {
    found.push(
      diagnostic(
        'FSA102',
        at.tokenSpan(token),
        `unterminated string ${image}`,
        "close the string with '\"' on the same line; write a line break as \\n",
      ),
    );
  }
  for (const bad of findBadEscapes(image)) {
    found.push(
      diagnostic(
        'FSA104',
        at.span(token.startOffset + bad.start, token.startOffset + bad.end),
        `invalid escape '${bad.text}' in string ${image}`,
        'the escapes are \\" \\\\ \\n \\t and \\u{HEX} (a code point up to 10FFFF)',
      ),
    );
  }
  return found;
}

function parserDiagnostics(errors: readonly IRecognitionException[], at: Locator): Diagnostic[] {
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

function hintForCharacters(chars: string): string | undefined {
  if (chars.startsWith("'")) return 'quote names with double quotes, e.g. "SYN-ACK"';
  if (chars.startsWith(';')) return 'members need no separator; put each on its own line';
  if (chars.startsWith('-')) return "a transition arrow is written '->'";
  if (chars.startsWith('#')) return "comments are written '// ...' or '/* ... */'";
  return 'names with other characters must be quoted, e.g. "SYN-ACK"';
}
