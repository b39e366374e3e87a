import type { CstNode, IToken } from 'chevrotain';
import type { NameAst } from './ast.js';
import type {
  AtomCstNode,
  AutomatonCstNode,
  BoolTermCstNode,
  ConcatenationCstNode,
  DerivedCstNode,
  ExpressionCstNode,
  NameCstNode,
  NameListCstNode,
  PostfixedCstNode,
  PrefixedCstNode,
  RegexCstNode,
  TestBlockCstNode,
  TestRowCstNode,
} from './cst-types.js';
import type { Span } from './diagnostics.js';
import type {
  DerivedAst,
  ExpressionAst,
  OperationName,
  RegexAst,
  TestAst,
  TestRowAst,
  WordAst,
} from './expression-ast.js';
import { isReal, type Locator } from './locator.js';
import { unescapeString } from './tokens.js';

/** What the expression builder needs from the file's AST builder (to-ast.ts). */
export interface AstParts {
  readonly at: Locator;
  spanOf(node: CstNode): Span;
  name(node: NameCstNode | undefined): NameAst | undefined;
  nameList(node: NameListCstNode | undefined): NameAst[];
}

/**
 * CST -> AST for regexes, derived automata and test blocks. As elsewhere, a node that recovery left
 * incomplete is dropped (the parser has reported it), and so is the declaration holding it.
 */
export class ExpressionAstBuilder {
  constructor(private readonly parts: AstParts) {}

  regex(node: RegexCstNode): RegexAst | undefined {
    const name = this.parts.name(node.children.name?.[0]);
    const expression = this.expression(node.children.expression?.[0]);
    if (!isReal(node.children.Regex?.[0]) || name === undefined || expression === undefined) return undefined;
    const span = this.parts.spanOf(node);
    if (node.children.Over === undefined) return { kind: 'regex', name, expression, span };
    const over = this.parts.nameList(node.children.nameList?.[0]);
    return over.length === 0 ? undefined : { kind: 'regex', name, over, expression, span };
  }

  derived(node: AutomatonCstNode, body: DerivedCstNode): DerivedAst | undefined {
    const { Dfa, Nfa, Mealy, Moore } = node.children;
    const name = this.parts.name(node.children.name?.[0]);
    const expression = this.expression(body.children.expression?.[0]);
    const keyword = Dfa?.[0] ?? Nfa?.[0] ?? Mealy?.[0] ?? Moore?.[0];
    if (!isReal(keyword) || name === undefined || expression === undefined) return undefined;
    const type = Dfa ? 'dfa' : Nfa ? 'nfa' : Mealy ? 'mealy' : 'moore';
    return { kind: 'derived', type, name, expression, span: this.parts.spanOf(node) };
  }

  testBlock(node: TestBlockCstNode): TestAst | undefined {
    const name = this.parts.name(node.children.name?.[0]);
    const target = this.parts.name(node.children.target?.[0]);
    if (!isReal(node.children.Test?.[0]) || name === undefined || target === undefined) return undefined;
    const rows = (node.children.testRow ?? []).flatMap((row) => this.testRow(row));
    return { kind: 'test', name, target, rows, span: this.parts.spanOf(node) };
  }

  private testRow(node: TestRowCstNode): TestRowAst[] {
    const { Accept, Reject, word, input, output } = node.children;
    if (Accept !== undefined || Reject !== undefined) {
      const expected = Accept !== undefined ? 'accept' : 'reject';
      return (word ?? []).filter(isReal).map((token) => {
        const w = this.word(token);
        return { kind: 'verdict', expected, word: w, span: w.span };
      });
    }
    if (!isReal(input?.[0]) || !isReal(output?.[0])) return [];
    const from = this.word(input[0]);
    const to = this.word(output[0]);
    return [{ kind: 'output', word: from, outputs: to, span: this.parts.spanOf(node) }];
  }

  private word(token: IToken): WordAst {
    return { value: unescapeString(token.image), span: this.parts.at.tokenSpan(token) };
  }

  expression(node: ExpressionCstNode | undefined): ExpressionAst | undefined {
    if (node === undefined) return undefined;
    const terms = (node.children.boolTerm ?? []).map((t) => this.boolTerm(t));
    if (terms.length === 0 || terms.some((t) => t === undefined)) return undefined;
    return this.leftFold(
      terms as ExpressionAst[],
      terms.slice(1).map(() => 'union' as const),
    );
  }

  private boolTerm(node: BoolTermCstNode): ExpressionAst | undefined {
    const operands = (node.children.concatenation ?? []).map((c) => this.concatenation(c));
    if (operands.length === 0 || operands.some((o) => o === undefined)) return undefined;
    const operators = [...(node.children.Amp ?? []), ...(node.children.Minus ?? [])]
      .filter(isReal)
      .sort((a, b) => a.startOffset - b.startOffset)
      .map((token) => (token.image === '&' ? ('intersection' as const) : ('difference' as const)));
    if (operators.length !== operands.length - 1) return undefined;
    return this.leftFold(operands as ExpressionAst[], operators);
  }

  private leftFold(
    operands: readonly ExpressionAst[],
    operators: readonly ('union' | 'intersection' | 'difference')[],
  ): ExpressionAst {
    let result = operands[0];
    for (let i = 1; i < operands.length; i++) {
      const right = operands[i];
      result = {
        kind: 'binary',
        operator: operators[i - 1],
        left: result,
        right,
        span: { start: result.span.start, end: right.span.end },
      };
    }
    return result;
  }

  private concatenation(node: ConcatenationCstNode): ExpressionAst | undefined {
    const parts = (node.children.prefixed ?? []).map((p) => this.prefixed(p));
    if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
    if (parts.length === 1) return parts[0];
    return { kind: 'concatenation', parts: parts as ExpressionAst[], span: this.parts.spanOf(node) };
  }

  private prefixed(node: PrefixedCstNode): ExpressionAst | undefined {
    let result = this.postfixed(node.children.postfixed?.[0]);
    if (result === undefined) return undefined;
    const bangs = (node.children.Bang ?? []).filter(isReal).sort((a, b) => b.startOffset - a.startOffset);
    for (const bang of bangs) {
      result = {
        kind: 'complement',
        operand: result,
        span: { start: this.parts.at.tokenSpan(bang).start, end: result.span.end },
      };
    }
    return result;
  }

  private postfixed(node: PostfixedCstNode | undefined): ExpressionAst | undefined {
    let result = this.atom(node?.children.atom?.[0]);
    if (node === undefined || result === undefined) return undefined;
    for (const postfix of node.children.postfix ?? []) {
      const { Star, Plus, Question, bounds } = postfix.children;
      const end = this.parts.spanOf(postfix).end;
      const span: Span = { start: result.span.start, end };
      if (Star !== undefined) result = { kind: 'repeat', operand: result, form: '*', min: 0, max: undefined, span };
      else if (Plus !== undefined)
        result = { kind: 'repeat', operand: result, form: '+', min: 1, max: undefined, span };
      else if (Question !== undefined) result = { kind: 'repeat', operand: result, form: '?', min: 0, max: 1, span };
      else if (bounds !== undefined) {
        const { min, Comma, max, RCurly } = bounds[0].children;
        if (!isReal(min?.[0]) || !isReal(RCurly?.[0])) return undefined;
        const low = Number(min[0].image);
        const high = Comma === undefined ? low : isReal(max?.[0]) ? Number(max[0].image) : undefined;
        result = { kind: 'repeat', operand: result, form: '{}', min: low, max: high, span };
      } else return undefined;
    }
    return result;
  }

  private atom(node: AtomCstNode | undefined): ExpressionAst | undefined {
    if (node === undefined) return undefined;
    const { operation, name, Dot, At, reference, LParen, expression, RParen } = node.children;
    const span = this.parts.spanOf(node);
    if (operation !== undefined) {
      const operator = operation[0].children.operator?.[0];
      const operand = this.expression(operation[0].children.expression?.[0]);
      if (!isReal(operator) || operand === undefined || !isReal(operation[0].children.RParen?.[0])) return undefined;
      return { kind: 'operation', operation: canonicalOperation(operator.image), operand, span };
    }
    if (name !== undefined) {
      const n = this.parts.name(name[0]);
      if (n === undefined) return undefined;
      return n.form === 'string' && n.value === '' ? { kind: 'empty', span } : { kind: 'name', name: n, span };
    }
    if (isReal(Dot?.[0])) return { kind: 'any', span };
    if (At !== undefined) {
      const n = this.parts.name(reference?.[0]);
      return isReal(At[0]) && n !== undefined ? { kind: 'reference', name: n, span } : undefined;
    }
    if (LParen !== undefined) {
      // parentheses only group: the AST keeps the structure, the formatter puts back the ones needed
      return isReal(RParen?.[0]) ? this.expression(expression?.[0]) : undefined;
    }
    return undefined;
  }
}

function canonicalOperation(image: string): OperationName {
  if (image.startsWith('minimi')) return 'minimise';
  if (image.startsWith('determini')) return 'determinise';
  return 'reverse';
}
