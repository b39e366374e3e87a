import type { NameAst } from './ast.js';
import type { DerivedAst, ExpressionAst, RegexAst, TestAst, TestRowAst } from './expression-ast.js';
import { formatName } from './source-name.js';

/** Binding strength, loosest first: `|`, then `&` `-`, juxtaposition, prefix `!`, postfix, atoms. */
function level(e: ExpressionAst): number {
  switch (e.kind) {
    case 'binary':
      return e.operator === 'union' ? 0 : 1;
    case 'concatenation':
      return 2;
    case 'complement':
      return 3;
    case 'repeat':
      return 4;
    default:
      return 5;
  }
}

const OPERATOR = { union: '|', intersection: '&', difference: '-' } as const;

/**
 * An expression in canonical form: operators spaced (`a | b`, `a & b`), juxtaposed parts separated by one
 * space, postfix and prefix operators attached, and only the parentheses the precedence needs.
 * Formatting then parsing gives the same tree. O(size).
 */
export function formatExpression(e: ExpressionAst): string {
  const wrap = (inner: ExpressionAst, min: number) =>
    level(inner) < min ? `(${formatExpression(inner)})` : formatExpression(inner);
  switch (e.kind) {
    case 'binary': {
      const own = level(e);
      // left-associative: the right operand needs parentheses at the same level
      return `${wrap(e.left, own)} ${OPERATOR[e.operator]} ${wrap(e.right, own + 1)}`;
    }
    case 'concatenation':
      return e.parts.map((p) => wrap(p, 3)).join(' ');
    case 'complement':
      return `!${wrap(e.operand, 3)}`;
    case 'repeat': {
      const suffix = e.form === '{}' ? (e.max === e.min ? `{${e.min}}` : `{${e.min},${e.max ?? ''}}`) : e.form;
      return `${wrap(e.operand, 5)}${suffix}`;
    }
    case 'name':
      return formatName(e.name.value);
    case 'reference':
      return `@${formatName(e.name.value)}`;
    case 'any':
      return '.';
    case 'empty':
      return '""';
    case 'operation':
      return `${e.operation}(${formatExpression(e.operand)})`;
  }
}

/** `regex NAME [over a, b] = EXPR` or `dfa NAME = EXPR` on one line. */
export function formatExpressionDeclaration(declaration: RegexAst | DerivedAst): string {
  const keyword = declaration.kind === 'regex' ? 'regex' : declaration.type;
  const over = declaration.kind === 'regex' && declaration.over !== undefined ? ` over ${names(declaration.over)}` : '';
  return `${keyword} ${formatName(declaration.name.value)}${over} = ${formatExpression(declaration.expression)}`;
}

function names(list: readonly NameAst[]): string {
  return list.map((n) => formatName(n.value)).join(', ');
}

/** A quoted word: `"a b"`, with `"` and `\` escaped. */
export function quoteWord(word: string): string {
  return `"${word
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')}"`;
}

/** The rows of a test block as lines: consecutive rows of one verdict share a line; output rows stand alone. */
export function testRowLines(test: TestAst): { text: string; rows: TestRowAst[] }[] {
  const lines: { text: string; rows: TestRowAst[] }[] = [];
  for (const row of test.rows) {
    const last = lines[lines.length - 1];
    if (row.kind === 'verdict') {
      const previous = last?.rows[last.rows.length - 1];
      if (
        last !== undefined &&
        previous?.kind === 'verdict' &&
        previous.expected === row.expected &&
        sameLine(previous, row)
      ) {
        last.rows.push(row);
        last.text += `, ${quoteWord(row.word.value)}`;
        continue;
      }
      lines.push({ text: `${row.expected} ${quoteWord(row.word.value)}`, rows: [row] });
    } else {
      lines.push({ text: `${quoteWord(row.word.value)} -> ${quoteWord(row.outputs.value)}`, rows: [row] });
    }
  }
  return lines;
}

/** Rows written in one `accept`/`reject` list stay together (they are adjacent in source, or made by a program). */
function sameLine(a: TestRowAst, b: TestRowAst): boolean {
  return a.span.end.offset === 0 || b.span.start.line === a.span.end.line;
}
