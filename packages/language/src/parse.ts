import type { FileAst, ParseResult } from './ast.js';
import { findBinaryInput } from './binary-input.js';
import { findForeignFormat } from './foreign-format.js';
import { diagnostic, type Diagnostic } from './diagnostics.js';
import { fsaParser } from './parser.js';
import { fsaLexer } from './tokens.js';
import { Locator } from './locator.js';
import { pushAll } from './push-all.js';
import { toCommentAst, toFileAst } from './to-ast.js';
import { toLexingDiagnostics, toSyntaxDiagnostics } from './token-diagnostics.js';
import { explainTypos } from './typos.js';

/**
 * Parses `.fsa` source text. Never throws: lexing and parsing errors (FSA100-FSA104) come back as
 * diagnostics, sorted by position, next to a partial AST. Binary input (a NUL anywhere) is not lexed at all:
 * it gets the one error FSA105 and an empty AST. Runs in about O(text length).
 */
export function parse(text: string): ParseResult {
  const at = new Locator(text);
  try {
    return parseWith(text, at);
  } catch (error) {
    // A bug, not a user error: still answer with a value so callers never crash on input.
    const file = emptyFile(text, at);
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
  const notFsa = findBinaryInput(at) ?? findForeignFormat(at);
  if (notFsa !== undefined) return { file: emptyFile(text, at), diagnostics: [notFsa] };
  const lexed = fsaLexer.tokenize(text);
  const diagnostics = toLexingDiagnostics(lexed, at);
  fsaParser.load(lexed.tokens, text);
  const cst = withoutStackTraces(() => fsaParser.file());
  pushAll(diagnostics, withoutConsequences(toSyntaxDiagnostics(fsaParser.reportableErrors(), at), diagnostics));
  const comments = (lexed.groups.comments ?? []).map((token) => toCommentAst(token, at));
  const file = toFileAst(cst, comments, at);
  const told = explainTypos(lexed.tokens, diagnostics, at);
  told.sort((a, b) => a.span.start.offset - b.span.start.offset);
  return { file, diagnostics: told };
}

/**
 * Runs `run` with no stack traces taken for errors made meanwhile (`Error.stackTraceLimit`, where the engine
 * has it): chevrotain's recovery makes an exception object for every syntax error and drops it, and taking
 * its stack was most of the time spent on a file of garbage.
 */
function withoutStackTraces<T>(run: () => T): T {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = saved;
  }
}

function emptyFile(text: string, at: Locator): FileAst {
  return { kind: 'file', declarations: [], comments: [], span: at.span(0, text.length) };
}

/**
 * Syntax errors that follow from a lexing error are left out: an unterminated string swallows the rest
 * of its line, and an unterminated block comment the rest of the file, so what the parser then misses
 * is no news.
 */
function withoutConsequences(syntax: readonly Diagnostic[], lexing: readonly Diagnostic[]): Diagnostic[] {
  const swallowedFrom = (d: Diagnostic) => d.span.start.offset;
  const comment = lexing.find((d) => d.code === 'FSA103');
  const strings = lexing.filter((d) => d.code === 'FSA102');
  return syntax.filter((d) => {
    const offset = d.span.start.offset;
    if (comment !== undefined && offset >= swallowedFrom(comment)) return false;
    return !strings.some((s) => offset >= swallowedFrom(s) && d.span.start.line === s.span.end.line);
  });
}
