import type { CstElement, CstNode, IToken } from 'chevrotain';
import type { DerivedAst } from './expression-ast.js';
import type {
  AcceptAst,
  AlphabetAst,
  AutomatonAst,
  AutomatonMemberAst,
  CommentAst,
  DeclarationAst,
  FileAst,
  ItemAst,
  ItemsAst,
  LabelAst,
  LoopAst,
  NameAst,
  NetworkAst,
  OutputsAst,
  ParameterAst,
  ParameterValueAst,
  SequenceAst,
  SequenceMemberAst,
  StartAst,
  StatesAst,
  TransitionAst,
} from './ast.js';
import type {
  AutomatonCstNode,
  AutomatonMemberCstNode,
  DeclarationCstNode,
  FileCstNode,
  ItemCstNode,
  ItemsCstNode,
  LabelCstNode,
  LoopCstNode,
  NameCstNode,
  NameListCstNode,
  NetworkCstNode,
  ParameterCstNode,
  SequenceCstNode,
  SequenceMemberCstNode,
  TransitionCstNode,
} from './cst-types.js';
import type { Span } from './diagnostics.js';
import { isReal, type Locator } from './locator.js';
import { unescapeString } from './tokens.js';
import { ExpressionAstBuilder } from './to-ast-expression.js';

function isToken(element: CstElement): element is IToken {
  return 'image' in element;
}

/**
 * The first and last real tokens under a CST node. Each child list holds its elements in the order the
 * parser took them, so only the head (and tail) of each list is looked at, down to the first element with a
 * real token: about O(depth · labels), not O(node size). `tokenRangeByWalk` is the plain definition.
 */
export function tokenRange(node: CstNode): { first: IToken; last: IToken } | undefined {
  const first = firstToken(node);
  const last = first && lastToken(node);
  return first && last ? { first, last } : undefined;
}

function firstToken(node: CstNode): IToken | undefined {
  let first: IToken | undefined;
  const { children } = node;
  for (const label in children) {
    const list = children[label];
    for (let i = 0; i < list.length; i++) {
      const element = list[i];
      const token = isToken(element) ? (isReal(element) ? element : undefined) : firstToken(element);
      if (token === undefined) continue;
      if (first === undefined || token.startOffset < first.startOffset) first = token;
      break;
    }
  }
  return first;
}

function lastToken(node: CstNode): IToken | undefined {
  let last: IToken | undefined;
  const { children } = node;
  for (const label in children) {
    const list = children[label];
    for (let i = list.length - 1; i >= 0; i--) {
      const element = list[i];
      const token = isToken(element) ? (isReal(element) ? element : undefined) : lastToken(element);
      if (token === undefined) continue;
      if (last === undefined || token.startOffset > last.startOffset) last = token;
      break;
    }
  }
  return last;
}

/** The first and last real tokens under a CST node by visiting every token: O(node size). For tests. */
export function tokenRangeByWalk(node: CstNode): { first: IToken; last: IToken } | undefined {
  let first: IToken | undefined;
  let last: IToken | undefined;
  const stack: CstElement[] = [node];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (isToken(element)) {
      if (!isReal(element)) continue;
      if (first === undefined || element.startOffset < first.startOffset) first = element;
      if (last === undefined || element.startOffset > last.startOffset) last = element;
      continue;
    }
    for (const list of Object.values(element.children)) stack.push(...list);
  }
  return first && last ? { first, last } : undefined;
}

/**
 * CST -> AST. Nodes that recovery left without a required part (a name, a target state, a value)
 * are dropped: the parser has reported the problem already, and inventing names would mislead later checks.
 */
class AstBuilder {
  private readonly expressions = new ExpressionAstBuilder(this);

  constructor(readonly at: Locator) {}

  spanOf(node: CstNode): Span {
    const range = tokenRange(node);
    if (range === undefined) return this.at.span(this.at.text.length, this.at.text.length);
    return this.at.span(range.first.startOffset, range.last.startOffset + range.last.image.length);
  }

  file(node: FileCstNode | undefined, comments: readonly CommentAst[]): FileAst {
    const declarations = (node?.children.declaration ?? []).map((d) => this.declaration(d)).filter(isDefined);
    return { kind: 'file', declarations, comments, span: this.at.span(0, this.at.text.length) };
  }

  private declaration(node: DeclarationCstNode): DeclarationAst | undefined {
    const automaton = node.children.automaton?.[0];
    if (automaton) return this.automaton(automaton);
    const sequence = node.children.sequence?.[0];
    if (sequence) return this.sequence(sequence);
    const { regex, testBlock } = node.children;
    if (regex) return this.expressions.regex(regex[0]);
    return testBlock ? this.expressions.testBlock(testBlock[0]) : undefined;
  }

  private automaton(node: AutomatonCstNode): AutomatonAst | DerivedAst | undefined {
    const { Dfa, Nfa, Mealy, Moore } = node.children;
    const derived = node.children.derived?.[0];
    if (derived !== undefined) return this.expressions.derived(node, derived);
    const keyword = Dfa?.[0] ?? Nfa?.[0] ?? Mealy?.[0] ?? Moore?.[0];
    const name = this.name(node.children.name?.[0]);
    if (!isReal(keyword) || name === undefined) return undefined;
    const members = (node.children.automatonMember ?? []).map((m) => this.automatonMember(m)).filter(isDefined);
    const type = Dfa?.[0] ? 'dfa' : Nfa?.[0] ? 'nfa' : Mealy?.[0] ? 'mealy' : 'moore';
    return { kind: 'automaton', type, name, members, span: this.spanOf(node) };
  }

  automatonMember(node: AutomatonMemberCstNode): AutomatonMemberAst | undefined {
    const c = node.children;
    if (c.alphabet) {
      const symbols = this.nameList(c.alphabet[0].children.nameList?.[0]);
      return this.nonEmpty<AlphabetAst>(symbols, { kind: 'alphabet', symbols, span: this.spanOf(node) });
    }
    if (c.states) {
      const states = this.nameList(c.states[0].children.nameList?.[0]);
      return this.nonEmpty<StatesAst>(states, { kind: 'states', states, span: this.spanOf(node) });
    }
    if (c.start) {
      const states = this.nameList(c.start[0].children.nameList?.[0]);
      return this.nonEmpty<StartAst>(states, { kind: 'start', states, span: this.spanOf(node) });
    }
    if (c.accept) {
      const states = this.nameList(c.accept[0].children.nameList?.[0]);
      return this.nonEmpty<AcceptAst>(states, { kind: 'accept', states, span: this.spanOf(node) });
    }
    if (c.network) return this.network(c.network[0]);
    if (c.transition) return this.transition(c.transition[0]);
    if (c.outputs) {
      const outputs = this.nameList(c.outputs[0].children.nameList?.[0]);
      return this.nonEmpty<OutputsAst>(outputs, { kind: 'outputs', outputs, span: this.spanOf(node) });
    }
    if (c.stateOutput) {
      const state = this.name(c.stateOutput[0].children.state?.[0]);
      const output = this.name(c.stateOutput[0].children.output?.[0]);
      if (state === undefined || output === undefined) return undefined;
      return { kind: 'stateOutput', state, output, span: this.spanOf(node) };
    }
    return undefined;
  }

  private nonEmpty<T>(list: readonly unknown[], node: T): T | undefined {
    return list.length > 0 ? node : undefined;
  }

  private transition(node: TransitionCstNode): TransitionAst | undefined {
    const from = this.name(node.children.from?.[0]);
    const to = this.name(node.children.to?.[0]);
    const labels = (node.children.label ?? []).map((l) => this.label(l)).filter(isDefined);
    if (from === undefined || to === undefined || labels.length === 0) return undefined;
    const written = node.children.transitionOutput?.[0];
    const output = written && this.name(written.children.name?.[0]);
    if (written !== undefined && output === undefined) return undefined;
    return { kind: 'transition', from, to, labels, ...(output ? { output } : {}), span: this.spanOf(node) };
  }

  private label(node: LabelCstNode): LabelAst | undefined {
    const { name, Star, Epsilon } = node.children;
    if (name) {
      const symbol = this.name(name[0]);
      return symbol && { kind: 'symbol', name: symbol, span: symbol.span };
    }
    if (isReal(Star?.[0])) return { kind: 'otherwise', span: this.at.tokenSpan(Star[0]) };
    if (isReal(Epsilon?.[0])) return { kind: 'epsilon', span: this.at.tokenSpan(Epsilon[0]) };
    return undefined;
  }

  private network(node: NetworkCstNode): NetworkAst {
    const parameters = (node.children.parameter ?? []).map((p) => this.parameter(p)).filter(isDefined);
    return { kind: 'network', parameters, span: this.spanOf(node) };
  }

  private parameter(node: ParameterCstNode): ParameterAst | undefined {
    const key = node.children.key?.[0];
    const numberToken = node.children.number?.[0];
    const wordToken = node.children.word?.[0];
    if (!isReal(key)) return undefined;
    let value: ParameterValueAst;
    if (isReal(numberToken)) {
      value = {
        kind: 'number',
        value: Number(numberToken.image),
        text: numberToken.image,
        span: this.at.tokenSpan(numberToken),
      };
    } else if (isReal(wordToken)) {
      value = { kind: 'word', value: wordToken.image, span: this.at.tokenSpan(wordToken) };
    } else {
      return undefined;
    }
    return { kind: 'parameter', name: key.image, nameSpan: this.at.tokenSpan(key), value, span: this.spanOf(node) };
  }

  private sequence(node: SequenceCstNode): SequenceAst | undefined {
    const name = this.name(node.children.name?.[0]);
    if (!isReal(node.children.Sequence?.[0]) || name === undefined) return undefined;
    const members = (node.children.sequenceMember ?? []).map((m) => this.sequenceMember(m)).filter(isDefined);
    return { kind: 'sequence', name, members, span: this.spanOf(node) };
  }

  private sequenceMember(node: SequenceMemberCstNode): SequenceMemberAst | undefined {
    const c = node.children;
    if (c.items) return this.items(c.items[0]);
    if (c.loop) return this.loop(c.loop[0]);
    if (c.network) return this.network(c.network[0]);
    return undefined;
  }

  private items(node: ItemsCstNode): ItemsAst | undefined {
    const items = (node.children.item ?? []).map((i) => this.item(i)).filter(isDefined);
    return this.nonEmpty<ItemsAst>(items, { kind: 'items', items, span: this.spanOf(node) });
  }

  private item(node: ItemCstNode): ItemAst | undefined {
    const name = this.name(node.children.name?.[0]);
    if (name === undefined) return undefined;
    const { LParen, dwell, RParen } = node.children;
    if (LParen === undefined) return { kind: 'item', name, span: name.span };
    const count = dwell?.[0];
    if (!isReal(LParen[0]) || !isReal(count) || !isReal(RParen?.[0])) return undefined;
    return {
      kind: 'item',
      name,
      dwell: { value: Number(count.image), text: count.image, span: this.at.tokenSpan(count) },
      span: this.spanOf(node),
    };
  }

  private loop(node: LoopCstNode): LoopAst | undefined {
    const keyword = node.children.Loop?.[0];
    return isReal(keyword) ? { kind: 'loop', span: this.at.tokenSpan(keyword) } : undefined;
  }

  nameList(node: NameListCstNode | undefined): NameAst[] {
    return (node?.children.name ?? []).map((n) => this.name(n)).filter(isDefined);
  }

  name(node: NameCstNode | undefined): NameAst | undefined {
    if (node === undefined) return undefined;
    const { Identifier, Integer, StringLiteral } = node.children;
    if (isReal(Identifier?.[0])) {
      const token = Identifier[0];
      return { kind: 'name', value: token.image, form: 'identifier', span: this.at.tokenSpan(token) };
    }
    if (isReal(Integer?.[0])) {
      const token = Integer[0];
      return { kind: 'name', value: token.image, form: 'integer', span: this.at.tokenSpan(token) };
    }
    if (isReal(StringLiteral?.[0])) {
      const token = StringLiteral[0];
      return { kind: 'name', value: unescapeString(token.image), form: 'string', span: this.at.tokenSpan(token) };
    }
    return undefined;
  }
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** Builds the AST of a parsed file; `cst` may be partial or missing after recovery. */
export function toFileAst(cst: CstNode | undefined, comments: readonly CommentAst[], locator: Locator): FileAst {
  return new AstBuilder(locator).file(cst as FileCstNode | undefined, comments);
}

/** The AST of an automaton's members, as `toFileAst` builds them. */
export function toAutomatonMembersAst(
  nodes: readonly AutomatonMemberCstNode[],
  locator: Locator,
): AutomatonMemberAst[] {
  const builder = new AstBuilder(locator);
  return nodes.map((m) => builder.automatonMember(m)).filter(isDefined);
}

/** A comment token as an AST comment. */
export function toCommentAst(token: IToken, locator: Locator): CommentAst {
  const style = token.image.startsWith('//') ? 'line' : 'block';
  return { kind: 'comment', style, text: token.image, span: locator.tokenSpan(token) };
}
