import { minimise, toDfa } from '@cdam/automata';
import {
  lexTokens,
  toAutomatonSpec,
  type AutomatonAst,
  type LexedToken,
  type SequenceAst,
  type TransitionAst,
} from '@cdam/language';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import {
  describeKind,
  occurrenceAt,
  offsetOf,
  rangeOf,
  type Analysis,
  type Entity,
  type Occurrence,
} from './analysis.js';
import { KEYWORD_DOCS, PARAMETER_DOCS } from './keywords.js';

const LIST_LIMIT = 20;
/** Above this many transitions, hover leaves out the minimal automaton so it stays quick. */
const MINIMISE_LIMIT = 200_000;

/**
 * What the thing under the cursor is: a state (its automaton, start or accepting, transitions in and out),
 * a symbol (the transitions that read it), a declaration (kind and size, the minimal size of a dfa), an item,
 * a parameter or a keyword; plus the `help:` of any diagnostic there.
 */
export function hover(analysis: Analysis, position: Position): Hover | null {
  const offset = offsetOf(analysis, position);
  const o = occurrenceAt(analysis, offset);
  const parts: string[] = [];
  let range = o === undefined ? undefined : rangeOf(analysis, o.start, o.end);
  if (o !== undefined) parts.push(describe(analysis, o));
  else {
    const token = tokensOf(analysis).find((t) => t.offset <= offset && offset < t.end);
    const word = token === undefined ? undefined : analysis.text.slice(token.offset, token.end);
    if (word !== undefined && KEYWORD_DOCS[word] !== undefined) {
      parts.push(`**${word}** (keyword): ${KEYWORD_DOCS[word]}`);
      range = rangeOf(analysis, token!.offset, token!.end);
    }
  }
  for (const d of analysis.checked.diagnostics) {
    if (d.hint !== undefined && d.span.start.offset <= offset && offset <= d.span.end.offset)
      parts.push(`help: ${d.hint}`);
  }
  if (parts.length === 0) return null;
  const contents = { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') };
  return range === undefined ? { contents } : { contents, range };
}

const tokenCache = new WeakMap<Analysis, LexedToken[]>();

/** The tokens of the document, lexed once per analysis. */
export function tokensOf(analysis: Analysis): LexedToken[] {
  let tokens = tokenCache.get(analysis);
  if (tokens === undefined) {
    tokens = lexTokens(analysis.text);
    tokenCache.set(analysis, tokens);
  }
  return tokens;
}

function code(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest > 0 ? ' ' : ''}${text}${longest > 0 ? ' ' : ''}${fence}`;
}

function owner(entity: Entity): string {
  const d = entity.scope;
  return `${d.kind === 'automaton' ? d.type : d.kind} ${code(d.name.value)}`;
}

function describe(analysis: Analysis, o: Occurrence): string {
  const { entity } = o;
  switch (entity.kind) {
    case 'state':
      return describeState(analysis, entity);
    case 'symbol':
      return describeSymbol(analysis, entity);
    case 'item':
      return describeItem(entity);
    case 'parameter':
      return `**parameter** ${code(entity.name)}: ${PARAMETER_DOCS[entity.name] ?? 'not a known parameter'}`;
    case 'declaration':
      return describeDeclaration(analysis, entity);
  }
}

function transitions(automaton: AutomatonAst): TransitionAst[] {
  return automaton.members.filter((m): m is TransitionAst => m.kind === 'transition');
}

function list(analysis: Analysis, title: string, ts: readonly TransitionAst[]): string {
  if (ts.length === 0) return `${title}: none`;
  const shown = ts
    .slice(0, LIST_LIMIT)
    .map((t) => `- ${code(analysis.text.slice(t.span.start.offset, t.span.end.offset).replace(/\s+/g, ' '))}`);
  if (ts.length > LIST_LIMIT) shown.push(`- … and ${ts.length - LIST_LIMIT} more`);
  return `${title}:\n${shown.join('\n')}`;
}

function describeState(analysis: Analysis, entity: Entity): string {
  const automaton = entity.scope as AutomatonAst;
  const listed = (kind: 'start' | 'accept') =>
    automaton.members.some((m) => m.kind === kind && m.states.some((s) => s.value === entity.name));
  const roles = [listed('start') ? 'start' : '', listed('accept') ? 'accepting' : 'not accepting'].filter(Boolean);
  const all = transitions(automaton);
  return [
    `**state** ${code(entity.name)} of ${owner(entity)} · ${roles.join(', ')}`,
    list(
      analysis,
      'Incoming',
      all.filter((t) => t.to.value === entity.name),
    ),
    list(
      analysis,
      'Outgoing',
      all.filter((t) => t.from.value === entity.name),
    ),
  ].join('\n\n');
}

function describeSymbol(analysis: Analysis, entity: Entity): string {
  const automaton = entity.scope as AutomatonAst;
  const inAlphabet = entity.occurrences.some((o) => o.declaration);
  const reading = transitions(automaton).filter((t) =>
    t.labels.some((l) => l.kind === 'symbol' && l.name.value === entity.name),
  );
  return [
    `**symbol** ${code(entity.name)} of ${owner(entity)}${inAlphabet ? '' : ' (not in the alphabet)'}`,
    list(analysis, 'Read by', reading),
  ].join('\n\n');
}

function describeItem(entity: Entity): string {
  const sequence = entity.scope as SequenceAst;
  const items = sequence.members.flatMap((m) => (m.kind === 'items' ? m.items : []));
  const places = items.flatMap((item, i) => (item.name.value === entity.name ? [i + 1] : []));
  return `**item** ${code(entity.name)} of ${owner(entity)}, at position${places.length === 1 ? '' : 's'} ${places.join(', ')} of ${items.length}`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function describeDeclaration(analysis: Analysis, entity: Entity): string {
  const d = entity.scope;
  const title = `**${describeKind(entity)}** ${code(entity.name)}`;
  if (d.kind === 'sequence') {
    const items = d.members.flatMap((m) => (m.kind === 'items' ? m.items : []));
    const distinct = new Set(items.map((i) => i.name.value)).size;
    const loops = d.members.some((m) => m.kind === 'loop');
    return `${title}: ${count(items.length, 'item')} (${distinct} distinct)${loops ? ', loops' : ''}`;
  }
  if (d.kind !== 'automaton') return title;
  const spec = toAutomatonSpec(d);
  const size = `${count(spec.states.length, 'state')}, ${count(spec.alphabet.length, 'symbol')}, ${count(spec.transitions.length, 'transition')}`;
  return `${title}: ${size}${d.type === 'dfa' ? minimalSize(analysis, d, spec) : ''}`;
}

/** `; minimal dfa: N states`, when the dfa is free of errors and small enough to minimise at once. */
function minimalSize(analysis: Analysis, d: AutomatonAst, spec: ReturnType<typeof toAutomatonSpec>): string {
  const hasError = analysis.checked.diagnostics.some(
    (x) =>
      x.severity === 'error' && x.span.start.offset >= d.span.start.offset && x.span.end.offset <= d.span.end.offset,
  );
  if (hasError || spec.transitions.length > MINIMISE_LIMIT || spec.start.length !== 1) return '';
  const dfa = toDfa(spec);
  if (dfa.kind !== 'ok') return '';
  return `; minimal dfa: ${count(minimise(dfa.dfa).states.length, 'state')}`;
}
