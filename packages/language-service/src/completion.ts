import { formatName, PARAMETER_NAMES, type DeclarationAst, type LexedToken } from '@cdam/language';
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { declarationAt, offsetOf, type Analysis } from './analysis.js';
import { tokensOf } from './hover.js';
import { KEYWORD_DOCS, PARAMETER_DOCS } from './keywords.js';

/** Keywords that start a declaration, and those that start a member of each kind of declaration. */
const DECLARATION_KEYWORDS = ['dfa', 'nfa', 'sequence'];
const AUTOMATON_MEMBER_KEYWORDS = ['alphabet', 'states', 'start', 'accept', 'network'];
const SEQUENCE_MEMBER_KEYWORDS = ['items', 'loop', 'network'];

/** Tokens a list continues over: names, commas, labels. */
const LIST_TOKENS = new Set(['Identifier', 'Integer', 'StringLiteral', 'Comma', 'Star', 'Epsilon', 'LParen', 'RParen']);

type Context =
  | { readonly kind: 'declaration-start' }
  | { readonly kind: 'member-start'; readonly declaration: DeclarationAst }
  | { readonly kind: 'parameter'; readonly declaration: DeclarationAst }
  | { readonly kind: 'states' | 'symbols' | 'items' | 'after-target'; readonly declaration: DeclarationAst }
  | { readonly kind: 'declarations' }
  | { readonly kind: 'none' };

/**
 * What may be written at the cursor: keywords where a declaration or member can start, state names after `->`
 * and in `states`/`start`/`accept`, symbols after `on`, items in `items`, declaration names after `@`,
 * parameter names inside `network { }`.
 */
export function completion(analysis: Analysis, position: Position): CompletionItem[] {
  const offset = offsetOf(analysis, position);
  const context = contextAt(analysis, offset);
  switch (context.kind) {
    case 'declaration-start':
      return keywords(DECLARATION_KEYWORDS);
    case 'member-start': {
      const d = context.declaration;
      if (d.kind === 'sequence') return keywords(SEQUENCE_MEMBER_KEYWORDS);
      if (d.kind !== 'automaton') return [];
      return [...keywords(AUTOMATON_MEMBER_KEYWORDS), ...names(analysis, d, 'state', CompletionItemKind.EnumMember)];
    }
    case 'parameter':
      return PARAMETER_NAMES.map((name) => ({
        label: name,
        kind: CompletionItemKind.Property,
        detail: PARAMETER_DOCS[name],
        insertText: `${name} = `,
      }));
    case 'states':
      return names(analysis, context.declaration, 'state', CompletionItemKind.EnumMember);
    case 'symbols': {
      const symbols = names(analysis, context.declaration, 'symbol', CompletionItemKind.Constant);
      const labels = [
        { label: '*', kind: CompletionItemKind.Operator, detail: 'every symbol without an explicit transition' },
      ];
      const epsilon =
        context.declaration.kind === 'automaton' && context.declaration.type === 'nfa' ? keywords(['epsilon']) : [];
      return [...symbols, ...labels, ...epsilon];
    }
    case 'items':
      return names(analysis, context.declaration, 'item', CompletionItemKind.Value);
    case 'after-target':
      return keywords(['on']);
    case 'declarations':
      return analysis.checked.file.declarations.map((d) => ({
        label: d.name.value,
        insertText: formatName(d.name.value),
        kind: CompletionItemKind.Class,
        detail: d.kind === 'automaton' ? d.type : d.kind,
      }));
    case 'none':
      return [];
  }
}

function keywords(words: readonly string[]): CompletionItem[] {
  return words.map((word) => ({ label: word, kind: CompletionItemKind.Keyword, detail: KEYWORD_DOCS[word] }));
}

/** The states, alphabet symbols or items of a declaration (a symbol outside the alphabet is no candidate). */
function names(
  analysis: Analysis,
  scope: DeclarationAst,
  kind: 'state' | 'symbol' | 'item',
  itemKind: CompletionItemKind,
) {
  return analysis.entities
    .filter(
      (e) => e.kind === kind && e.scope === scope && (kind !== 'symbol' || e.occurrences.some((o) => o.declaration)),
    )
    .map((e): CompletionItem => ({
      label: e.name,
      insertText: formatName(e.name),
      kind: itemKind,
      detail: `${kind} of ${scope.name.value}`,
    }));
}

/** Reads the tokens before the cursor back to the one that decides what comes next. */
function contextAt(analysis: Analysis, offset: number): Context {
  const { text } = analysis;
  const tokens = tokensOf(analysis);
  // the last token that ends at or before the cursor, skipping a comment the cursor is in
  let i = lastBefore(tokens, offset);
  const inside = i >= 0 && tokens[i]!.end > offset ? tokens[i] : undefined;
  if (inside !== undefined && /Comment|StringLiteral/.test(inside.type) && inside.offset < offset)
    return { kind: 'none' };
  // the word being typed is not context
  const typing = i >= 0 && tokens[i]!.end >= offset && /Identifier|Integer/.test(tokens[i]!.type);
  if (typing) i--;
  const wordStart = typing ? tokens[i + 1]!.offset : offset;
  if (wordStart > 0 && text[wordStart - 1] === '@') return { kind: 'declarations' };
  const declaration = declarationAt(analysis, offset);
  if (declaration === undefined) return { kind: 'declaration-start' };
  const network = declarationNetwork(declaration, offset);
  if (network) {
    const prev = significant(tokens, i);
    return prev !== undefined && tokens[prev]!.type === 'Equals'
      ? { kind: 'none' }
      : { kind: 'parameter', declaration };
  }
  let j = significant(tokens, i);
  let afterName = 0;
  while (j !== undefined && j >= 0) {
    const t = tokens[j]!;
    if (t.offset < declaration.span.start.offset) return { kind: 'declaration-start' };
    const next = Math.min(tokens[nextSignificant(tokens, j)]?.offset ?? wordStart, wordStart);
    // a line break ends a member, unless a comma before it continues a list
    if (t.type !== 'Comma' && /[\n\r]/.test(text.slice(t.end, next))) return { kind: 'member-start', declaration };
    if (!LIST_TOKENS.has(t.type)) {
      switch (t.type) {
        case 'LCurly':
        case 'RCurly':
          return { kind: 'member-start', declaration };
        case 'Arrow':
          return afterName > 0 ? { kind: 'after-target', declaration } : { kind: 'states', declaration };
        case 'On':
          return { kind: 'symbols', declaration };
        case 'States':
        case 'Start':
        case 'Accept':
          return { kind: 'states', declaration };
        case 'Items':
          return { kind: 'items', declaration };
        default:
          return { kind: 'none' };
      }
    }
    if (t.type !== 'Comma') afterName++;
    j = significant(tokens, j - 1);
  }
  return { kind: 'member-start', declaration };
}

function declarationNetwork(declaration: DeclarationAst, offset: number): boolean {
  const members = (
    declaration as {
      members?: readonly { kind: string; span: { start: { offset: number }; end: { offset: number } } }[];
    }
  ).members;
  return (members ?? []).some(
    (m) => m.kind === 'network' && m.span.start.offset + 'network'.length < offset && offset < m.span.end.offset,
  );
}

/** Index of the last token starting before `offset`, or -1. */
function lastBefore(tokens: readonly LexedToken[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.offset < offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The nearest non-comment token at or before `i`. */
function significant(tokens: readonly LexedToken[], i: number): number | undefined {
  for (let j = i; j >= 0; j--) if (!/Comment/.test(tokens[j]!.type)) return j;
  return undefined;
}

function nextSignificant(tokens: readonly LexedToken[], i: number): number {
  for (let j = i + 1; j < tokens.length; j++) if (!/Comment/.test(tokens[j]!.type)) return j;
  return tokens.length;
}
