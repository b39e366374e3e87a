import { createTokenInstance, type IToken } from 'chevrotain';
import type { AutomatonAst, AutomatonMemberAst, CommentAst, FileAst } from './ast.js';
import { checkSource, type CheckedSource, wasParsedCleanly, markParsedCleanly } from './check-source.js';
import { checkFile, sortDiagnostics } from './check/index.js';
import type { FileCstNode } from './cst-types.js';
import type { Position } from './diagnostics.js';
import { Locator } from './locator.js';
import { fsaParser } from './parser.js';
import { toLexingDiagnostics } from './token-diagnostics.js';
import { Dfa, fsaLexer, Identifier, LCurly, RCurly } from './tokens.js';
import { toAutomatonMembersAst, toCommentAst } from './to-ast.js';

/** A checked text, to check an edited version of it against. */
export interface CheckedText {
  readonly text: string;
  readonly checked: CheckedSource;
}

/**
 * `checkSource(text)`, the same value to the last span, for a `text` that is an edit of `previous.text`.
 * When `previous` parsed without a diagnostic and the edit lies within the members of one written-out
 * automaton, only the lines of the edit are lexed and parsed again (`recheckEditedLines`); the semantic checks
 * run on the whole file as always. Otherwise the whole text is checked. Never throws.
 */
export function recheckSource(previous: CheckedText | undefined, text: string): CheckedSource {
  if (previous === undefined) return checkSource(text);
  if (previous.text === text) return previous.checked;
  let edited: CheckedSource | undefined;
  try {
    edited = recheckEditedLines(previous, text);
  } catch {
    edited = undefined; // a bug here must not cost the answer: the whole check gives it
  }
  return edited ?? checkSource(text);
}

/**
 * The incremental path of `recheckSource`, or `undefined` where it does not apply. The edited region of the
 * old text is widened to whole lines holding whole members of one automaton (comments included, braces not).
 * The new text of those lines is lexed on its own and parsed as the body of an automaton; it is taken only
 * when that gives no diagnostic at all. Members before the lines are reused as they are; members, comments
 * and declarations after them get their positions moved. O(edited lines + declarations and members after
 * them), then the semantic checks.
 *
 * Why the result is the whole parse's: lines start and end outside any token of a clean parse (a comment
 * across the boundary is refused), so the new lines lex as they would in the file (the one token that looks
 * back, a signed number, only does after `=` or `(`, which neither ends a member nor ends a clean body); a
 * member ends at a token that cannot continue it (only `,` and `/` do, and neither begins a member), so the
 * members parse as they would in the file.
 */
export function recheckEditedLines(previous: CheckedText, text: string): CheckedSource | undefined {
  const old = previous.text;
  const file = previous.checked.file;
  if (!wasParsedCleanly(file)) return undefined;
  const window = editedLines(old, text, file);
  if (window === undefined) return undefined;
  const { automaton, start, oldEnd, before, after } = window;
  const delta = text.length - old.length;
  const end = oldEnd + delta;
  const lines = text.slice(start, end);
  if (lines.includes('\0')) return undefined; // binary input is reported for the whole file

  const lexed = fsaLexer.tokenize(lines);
  if (toLexingDiagnostics(lexed, new Locator(lines)).length > 0) return undefined;
  // parsed as the body of `dfa X { ... }` in the offsets of the slice, then moved to those of the text
  const body = [
    createTokenInstance(Dfa, 'dfa', -3, -3, NaN, NaN, NaN, NaN),
    createTokenInstance(Identifier, 'X', -2, -2, NaN, NaN, NaN, NaN),
    createTokenInstance(LCurly, '{', -1, -1, NaN, NaN, NaN, NaN),
    ...lexed.tokens,
    createTokenInstance(RCurly, '}', lines.length + 1, lines.length + 1, NaN, NaN, NaN, NaN),
  ];
  fsaParser.load(body, lines);
  const cst = fsaParser.file() as FileCstNode;
  const declarations = cst.children.declaration ?? [];
  const parsed = declarations[0]?.children.automaton?.[0];
  if (fsaParser.errors.length > 0 || declarations.length !== 1 || parsed?.children.LCurly === undefined) {
    return undefined;
  }
  for (const token of lexed.tokens) move(token, start);
  const comments = (lexed.groups.comments ?? []).map((token) => move(token, start));

  const at = new Locator(text);
  const shift = new PositionShift(at, delta, delta === 0 && sameLineBreaks(old, text, start, oldEnd));
  const members: AutomatonMemberAst[] = [
    ...automaton.members.slice(0, before),
    ...toAutomatonMembersAst(parsed.children.automatonMember ?? [], at),
    ...automaton.members.slice(after).map((m) => shift.clone(m)),
  ];
  const edited: AutomatonAst = {
    ...automaton,
    members,
    span: { start: automaton.span.start, end: shift.position(automaton.span.end) },
  };
  const index = file.declarations.indexOf(automaton);
  const newFile: FileAst = {
    kind: 'file',
    declarations: [
      ...file.declarations.slice(0, index),
      edited,
      ...file.declarations.slice(index + 1).map((d) => shift.clone(d)),
    ],
    comments: [
      ...file.comments.filter((c) => c.span.end.offset <= start),
      ...comments.map((token) => toCommentAst(token, at)),
      ...file.comments.filter((c) => c.span.start.offset >= oldEnd).map((c) => shift.clone(c)),
    ],
    span: at.span(0, text.length),
  };
  markParsedCleanly(newFile);
  return { file: newFile, diagnostics: sortDiagnostics(checkFile(newFile)) };
}

/** A token just lexed from a slice that starts at `offset`, moved to its offset in the whole text. */
function move(token: IToken, offset: number): IToken {
  token.startOffset += offset;
  if (token.endOffset !== undefined) token.endOffset += offset;
  return token;
}

interface EditedLines {
  readonly automaton: AutomatonAst;
  /** The lines in the old text: `[start, oldEnd)`, from a line start to a line end. */
  readonly start: number;
  readonly oldEnd: number;
  /** The automaton's members before the lines, and the index of the first after them. */
  readonly before: number;
  readonly after: number;
}

/**
 * The lines of `old` that `text` changed, widened until they hold whole members of one written-out automaton
 * of `file` (the old text's AST) and neither of its braces, and cut no comment; `undefined` when there are none.
 */
function editedLines(old: string, text: string, file: FileAst): EditedLines | undefined {
  const shorter = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < shorter && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)
  ) {
    suffix++;
  }
  const changedEnd = old.length - suffix;
  const automaton = file.declarations.find(
    (d): d is AutomatonAst => d.kind === 'automaton' && d.span.start.offset < prefix && changedEnd < d.span.end.offset,
  );
  if (automaton === undefined) return undefined;

  const { members } = automaton;
  let start = lineStart(old, prefix);
  let end = lineEnd(old, changedEnd);
  let before = 0;
  let after = members.length;
  for (;;) {
    // the members that overlap the lines, then the lines widened to hold them whole
    before = firstEndingAfter(members, start);
    after = before;
    while (after < members.length && members[after].span.start.offset < end) after++;
    const wideStart = before < after ? Math.min(start, lineStart(old, members[before].span.start.offset)) : start;
    const wideEnd = before < after ? Math.max(end, lineEnd(old, members[after - 1].span.end.offset)) : end;
    if (wideStart === start && wideEnd === end) break;
    start = wideStart;
    end = wideEnd;
  }
  const closing = automaton.span.end.offset - 1;
  if (old.charCodeAt(closing) !== 0x7d /* } */ || end > closing) return undefined;
  if (before === 0 && !(openingBrace(old, automaton.name.span.end.offset) < start)) return undefined;
  const cut = (c: CommentAst) =>
    (c.span.start.offset < start && start < c.span.end.offset) ||
    (c.span.start.offset < end && end < c.span.end.offset);
  if (file.comments.some(cut)) return undefined;
  return { automaton, start, oldEnd: end, before, after };
}

/** The index of the first member that ends after `offset` (members are in source order). O(log members). */
function firstEndingAfter(members: readonly AutomatonMemberAst[], offset: number): number {
  let low = 0;
  let high = members.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (members[mid].span.end.offset <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Whether `[start, end)` of two texts of the same length has its line breaks at the same places and of the
 * same kinds, so every offset outside it has the same line and column in both. O(end - start).
 */
function sameLineBreaks(old: string, text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const a = old.charCodeAt(i);
    const b = text.charCodeAt(i);
    if ((isLineBreak(a) || isLineBreak(b)) && a !== b) return false;
  }
  return true;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** The offset where the line holding `offset` starts. */
function lineStart(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The offset of the line break that ends the line holding `offset`, or the text's length. */
function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}

/** The offset of the `{` after an automaton's name (past white space and comments), or the text's length. */
function openingBrace(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (/\s/.test(text[i])) i++;
    else if (text.startsWith('//', i)) i = lineEnd(text, i);
    else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else return text[i] === '{' ? i : text.length;
  }
  return text.length;
}

/**
 * Copies AST nodes from the old text with every position moved by `delta` characters and looked up anew;
 * when the edit moved no position (`unmoved`: same length, same line breaks), the nodes themselves.
 */
class PositionShift {
  constructor(
    private readonly at: Locator,
    private readonly delta: number,
    private readonly unmoved: boolean,
  ) {}

  position(position: Position): Position {
    return this.unmoved ? position : this.at.position(position.offset + this.delta);
  }

  clone<T>(node: T): T {
    return this.unmoved ? node : (this.copy(node) as T);
  }

  private copy(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((item) => this.copy(item));
    const record = value as Record<string, unknown>;
    if (isPosition(record)) return this.position(record);
    const out: Record<string, unknown> = {};
    for (const key in record) out[key] = this.copy(record[key]);
    return out;
  }
}

function isPosition(value: Record<string, unknown>): value is Position & Record<string, unknown> {
  return typeof value.offset === 'number' && typeof value.line === 'number' && typeof value.column === 'number';
}
