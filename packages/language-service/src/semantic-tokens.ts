import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Analysis, EntityKind } from './analysis.js';
import { tokensOf } from './hover.js';

/** The token types and modifiers, in the order their indices are sent (the legend a server announces). */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['keyword', 'number', 'variable', 'enumMember', 'class', 'property', 'string', 'operator'],
  tokenModifiers: ['declaration'],
};

const TYPE: Record<EntityKind, number> = { state: 2, symbol: 3, declaration: 4, item: 5, parameter: 5 };
const KEYWORD = 0;
const NUMBER = 1;
const OPERATOR = 7;

const KEYWORD_TOKENS = new Set([
  'Dfa',
  'Nfa',
  'Sequence',
  'Alphabet',
  'States',
  'Start',
  'Accept',
  'On',
  'Network',
  'Items',
  'Loop',
  'Epsilon',
]);

/**
 * Semantic tokens: keywords, numbers (parameter values, dwell counts), the catch-all `*` and `->`, and every
 * name by what it stands for (states as variables, symbols as enum members, declarations as classes, items
 * and parameters as properties), with `declaration` where a name is declared. Encoded relative, per LSP.
 */
export function semanticTokens(analysis: Analysis): SemanticTokens {
  const spans: [start: number, end: number, type: number, modifiers: number][] = [];
  const names = new Set<number>();
  for (const o of analysis.occurrences) {
    spans.push([o.start, o.end, TYPE[o.entity.kind], o.declaration ? 1 : 0]);
    names.add(o.start);
  }
  for (const t of tokensOf(analysis)) {
    if (names.has(t.offset)) continue;
    if (KEYWORD_TOKENS.has(t.type)) spans.push([t.offset, t.end, KEYWORD, 0]);
    else if (t.type === 'Integer' || t.type === 'Decimal') spans.push([t.offset, t.end, NUMBER, 0]);
    else if (t.type === 'Star' || t.type === 'Arrow') spans.push([t.offset, t.end, OPERATOR, 0]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const data: number[] = [];
  let line = 0;
  let character = 0;
  let lastEnd = -1;
  for (const [start, end, type, modifiers] of spans) {
    if (start < lastEnd) continue; // never overlap
    const from = analysis.document.positionAt(start);
    const to = analysis.document.positionAt(end);
    if (to.line !== from.line || end <= start) continue; // tokens are single-line
    data.push(
      from.line - line,
      from.line === line ? from.character - character : from.character,
      end - start,
      type,
      modifiers,
    );
    line = from.line;
    character = from.character;
    lastEnd = end;
  }
  return { data };
}
