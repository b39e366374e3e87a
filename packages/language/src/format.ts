import type {
  AutomatonAst,
  AutomatonMemberAst,
  CommentAst,
  DeclarationAst,
  FileAst,
  ItemAst,
  LabelAst,
  NameAst,
  NetworkAst,
  SequenceAst,
  SequenceMemberAst,
} from './ast.js';
import { hasErrors, type Diagnostic, type Position, type Span } from './diagnostics.js';
import { parse } from './parse.js';
import { formatName } from './source-name.js';
import { formatExpressionDeclaration, testRowLines } from './format-expression.js';
import type { TestAst } from './expression-ast.js';

const INDENT = '  ';
function formatLabel(label: LabelAst): string {
  switch (label.kind) {
    case 'symbol':
      return formatName(label.name.value);
    case 'otherwise':
      return '*';
    case 'epsilon':
      return 'epsilon';
  }
}

function formatItem(item: ItemAst): string {
  const name = formatName(item.name.value);
  if (item.dwell === undefined) return name;
  return `${name}(${item.dwell.text === '' ? String(item.dwell.value) : item.dwell.text})`;
}

function names(list: readonly NameAst[]): string[] {
  return list.map((n) => formatName(n.value));
}

/** Lines are wrapped to at most this many columns where a list allows (a single long name may exceed it). */
export const MAX_LINE_WIDTH = 100;

/**
 * `head` and the comma-separated `items` after it, wrapped after a comma so that no line is wider than
 * MAX_LINE_WIDTH columns counting the `depth` indent; the lines after the first are indented one level
 * more (their indent included here, as the caller indents only the first). O(total length).
 */
function wrapList(depth: number, head: string, items: readonly string[]): string {
  const continuation = INDENT.repeat(depth + 1);
  const lines: string[] = [];
  let line = INDENT.repeat(depth) + head;
  let empty = true; // whether `line` holds no item yet
  items.forEach((item, i) => {
    const piece = i < items.length - 1 ? `${item},` : item;
    if (!empty && [...line].length + 1 + [...piece].length > MAX_LINE_WIDTH) {
      lines.push(line);
      line = continuation + piece;
    } else {
      line += empty ? piece : ` ${piece}`;
    }
    empty = false;
  });
  lines.push(line);
  return lines.join('\n').slice(INDENT.repeat(depth).length);
}

/**
 * One output line tied to the source it came from. Comments before `end` are printed above it
 * (at `commentDepth`); comments after `end` on the same source line, and before `nextStart`, trail it.
 */
interface Line {
  readonly depth: number;
  readonly commentDepth: number;
  readonly text: string;
  readonly start: number;
  readonly end: Position;
  /** The source line the node starts on; blank lines are measured from it. */
  readonly startLine: number;
  /** False for a node built by a program (NO_SPAN): it has no source lines, so no blank lines either. */
  readonly fromSource: boolean;
  /** `opens` a block (`dfa X {`, `network {`), `closes` one (`}`), or is a whole `member`. */
  readonly role: 'opens' | 'closes' | 'member';
  /** A blank line before it (and its leading comments) whatever the source says: between declarations. */
  readonly blankBefore: boolean;
}

function shift(position: Position, columns: number): Position {
  return { offset: position.offset + columns, line: position.line, column: position.column + columns };
}

/** The closing brace of a block: the last character of its span. */
function closingBrace(span: Span): { start: Position; end: Position } {
  const start = span.end.offset > span.start.offset ? shift(span.end, -1) : span.end;
  return { start, end: span.end };
}

class LineCollector {
  readonly lines: Line[] = [];

  constructor(private readonly comments: readonly CommentAst[]) {}

  /** An empty block prints as `{}` unless a comment sits between its header (ending at `from`) and its end. */
  private isBare(from: Position, span: Span, memberCount: number): boolean {
    if (memberCount > 0) return false;
    return !this.comments.some((c) => c.span.start.offset >= from.offset && c.span.start.offset < span.end.offset);
  }

  add(
    depth: number,
    text: string,
    source: { start: Position; end: Position },
    options: { commentDepth?: number; blankBefore?: boolean; role?: Line['role'] } = {},
  ): void {
    this.lines.push({
      depth,
      commentDepth: options.commentDepth ?? depth,
      text,
      start: source.start.offset,
      end: source.end,
      startLine: source.start.line,
      fromSource: source.end.offset > 0,
      role: options.role ?? 'member',
      blankBefore: options.blankBefore ?? false,
    });
  }

  declaration(declaration: DeclarationAst, blankBefore: boolean): void {
    if (declaration.kind === 'regex' || declaration.kind === 'derived') {
      return this.add(0, formatExpressionDeclaration(declaration), declaration.span, { blankBefore });
    }
    if (declaration.kind === 'test') return this.testBlock(declaration, blankBefore);
    const keyword = declaration.kind === 'automaton' ? declaration.type : 'sequence';
    if (this.isBare(declaration.name.span.end, declaration.span, declaration.members.length)) {
      const text = `${keyword} ${formatName(declaration.name.value)} {}`;
      return this.add(0, text, declaration.span, { blankBefore });
    }
    this.add(
      0,
      `${keyword} ${formatName(declaration.name.value)} {`,
      { start: declaration.span.start, end: declaration.name.span.end },
      { blankBefore, role: 'opens' },
    );
    if (declaration.kind === 'automaton') this.automatonMembers(declaration);
    else this.sequenceMembers(declaration);
    this.add(0, '}', closingBrace(declaration.span), { commentDepth: 1, role: 'closes' });
  }

  private testBlock(test: TestAst, blankBefore: boolean): void {
    const header = `test ${formatName(test.name.value)} on ${formatName(test.target.value)}`;
    if (this.isBare(test.target.span.end, test.span, test.rows.length)) {
      return this.add(0, `${header} {}`, test.span, { blankBefore });
    }
    this.add(0, `${header} {`, { start: test.span.start, end: test.target.span.end }, { blankBefore, role: 'opens' });
    for (const line of testRowLines(test)) {
      const first = line.rows[0].span;
      const last = line.rows[line.rows.length - 1].span;
      this.add(1, line.text, { start: first.start, end: last.end });
    }
    this.add(0, '}', closingBrace(test.span), { commentDepth: 1, role: 'closes' });
  }

  private automatonMembers(automaton: AutomatonAst): void {
    for (const member of automaton.members) this.automatonMember(member);
  }

  private automatonMember(member: AutomatonMemberAst): void {
    switch (member.kind) {
      case 'alphabet':
        return this.add(1, wrapList(1, 'alphabet ', names(member.symbols)), member.span);
      case 'states':
      case 'start':
      case 'accept':
        return this.add(1, wrapList(1, `${member.kind} `, names(member.states)), member.span);
      case 'transition': {
        const head = `${formatName(member.from.value)} -> ${formatName(member.to.value)} on `;
        const text = wrapList(1, head, member.labels.map(formatLabel));
        return this.add(1, member.output ? `${text} / ${formatName(member.output.value)}` : text, member.span);
      }
      case 'network':
        return this.network(member);
      case 'outputs':
        return this.add(1, wrapList(1, 'outputs ', names(member.outputs)), member.span);
      case 'stateOutput':
        return this.add(1, `output ${formatName(member.state.value)} ${formatName(member.output.value)}`, member.span);
    }
  }

  private sequenceMembers(sequence: SequenceAst): void {
    for (const member of sequence.members) this.sequenceMember(member);
  }

  private sequenceMember(member: SequenceMemberAst): void {
    switch (member.kind) {
      case 'items':
        return this.add(1, wrapList(1, 'items ', member.items.map(formatItem)), member.span);
      case 'loop':
        return this.add(1, 'loop', member.span);
      case 'network':
        return this.network(member);
    }
  }

  private network(network: NetworkAst): void {
    const keywordEnd = shift(network.span.start, 'network'.length);
    if (this.isBare(keywordEnd, network.span, network.parameters.length))
      return this.add(1, 'network {}', network.span);
    this.add(1, 'network {', { start: network.span.start, end: keywordEnd }, { role: 'opens' });
    for (const parameter of network.parameters) {
      const value =
        parameter.value.kind === 'number'
          ? parameter.value.text === ''
            ? String(parameter.value.value)
            : parameter.value.text
          : parameter.value.value;
      this.add(2, `${parameter.name} = ${value}`, parameter.span);
    }
    this.add(1, '}', closingBrace(network.span), { commentDepth: 2, role: 'closes' });
  }
}

function commentText(comment: CommentAst): string {
  return comment.style === 'line' ? comment.text.trimEnd() : comment.text;
}

/**
 * Output lines with the blank-line rule: one blank line where the source had one or more between
 * two printed elements (members, comments), never right after a block opens or right before it
 * closes; `forced` blanks (between declarations) come on top, at most one in a row.
 */
class BlankLinePrinter {
  readonly out: string[] = [];
  /** The last source line printed so far; undefined after a program-built node. */
  private lastLine: number | undefined;
  private atBlockStart = true;

  /** `source` is the element's first and last source line, undefined for a program-built node. */
  print(
    text: string,
    source: { first: number; last: number } | undefined,
    options: { forced?: boolean; role?: Line['role'] } = {},
  ): void {
    const gap =
      source !== undefined && this.lastLine !== undefined && !this.atBlockStart && source.first > this.lastLine + 1;
    if ((options.forced || (gap && options.role !== 'closes')) && this.out.length > 0) this.out.push('');
    this.out.push(text);
    this.lastLine = source === undefined ? undefined : Math.max(this.lastLine ?? 0, source.last);
    this.atBlockStart = options.role === 'opens';
  }

  /** A comment that trails the last printed line extends it. */
  extend(lastLine: number): void {
    if (this.lastLine !== undefined) this.lastLine = Math.max(this.lastLine, lastLine);
  }
}

/**
 * The canonical text of a file: declarations separated by a blank line, two-space indent, members in
 * source order, one parameter per line, names quoted only when needed, numbers as written, `ε` as `epsilon`.
 * A list (`alphabet`, `states`, `start`, `accept`, `items`, a transition's symbols) wider than
 * MAX_LINE_WIDTH columns wraps after a comma, its further lines indented one level more.
 * Each comment is kept, in order: above the line it precedes, or at the end of the line it follows.
 * Blank lines: one wherever the source has one or more between two members or comments, none at the
 * start or end of a block (program-built nodes have none).
 * Idempotent through `parse`; accepts program-built ASTs (NO_SPAN, no comments). O(size · log comments).
 */
export function formatFile(file: FileAst): string {
  const collector = new LineCollector(file.comments);
  file.declarations.forEach((declaration, index) => collector.declaration(declaration, index > 0));
  const lines = collector.lines;
  const comments = [...file.comments].sort((a, b) => a.span.start.offset - b.span.start.offset);
  const printer = new BlankLinePrinter();
  let next = 0;

  lines.forEach((line, index) => {
    let forced = line.blankBefore;
    const commentIndent = INDENT.repeat(line.commentDepth);
    while (next < comments.length && comments[next].span.start.offset < line.end.offset) {
      const comment = comments[next++];
      // A comment inside the node it precedes is printed above it: measure from the node's start.
      const first = line.fromSource ? Math.min(comment.span.start.line, line.startLine) : comment.span.start.line;
      printer.print(commentIndent + commentText(comment), { first, last: comment.span.end.line }, { forced });
      forced = false;
    }
    let text = INDENT.repeat(line.depth) + line.text;
    let lastLine = line.end.line;
    const nextStart = index + 1 < lines.length ? lines[index + 1].start : Number.POSITIVE_INFINITY;
    while (next < comments.length) {
      const { start, end } = comments[next].span;
      if (start.offset < line.end.offset || start.line !== line.end.line || start.offset >= nextStart) break;
      text += ` ${commentText(comments[next++])}`;
      lastLine = end.line;
    }
    const source = line.fromSource ? { first: line.startLine, last: line.end.line } : undefined;
    printer.print(text, source, { forced, role: line.role });
    if (line.fromSource) printer.extend(lastLine);
  });

  let forced = true;
  while (next < comments.length) {
    const comment = comments[next++];
    printer.print(commentText(comment), { first: comment.span.start.line, last: comment.span.end.line }, { forced });
    forced = false;
  }
  const out = printer.out;
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** The result of formatting source text: no `text` when the source has syntax errors. */
export interface FormatSourceResult {
  readonly text?: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** Parses and formats; refuses (returns only diagnostics) when parsing reports an error, so nothing is lost. */
export function formatSource(source: string): FormatSourceResult {
  const { file, diagnostics } = parse(source);
  if (hasErrors(diagnostics)) return { diagnostics };
  return { text: formatFile(file), diagnostics };
}
