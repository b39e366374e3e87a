import { formatName, type Diagnostic as FsaDiagnostic } from '@cdam/language';
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
} from 'vscode-languageserver-types';
import { occurrenceAt, rangeOf, spanRange, type Analysis } from './analysis.js';

/** What a published diagnostic carries besides the LSP fields: the hint `cdam check` prints as `help:`. */
export interface DiagnosticData {
  readonly hint?: string;
}

/**
 * The diagnostics of `cdam check` as LSP diagnostics: the same code, message and severity, the same span as a
 * 0-based range, `source` "cdam", the hint in `data`, and related information where the diagnostic is about a
 * name declared or used before (duplicates, a second transition on one symbol).
 */
export function diagnostics(analysis: Analysis): Diagnostic[] {
  return analysis.checked.diagnostics.map((d) => toLspDiagnostic(analysis, d));
}

function toLspDiagnostic(analysis: Analysis, d: FsaDiagnostic): Diagnostic {
  const out: Diagnostic = {
    range: spanRange(analysis, d.span),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: 'cdam',
    message: d.message,
  };
  if (d.hint !== undefined) out.data = { hint: d.hint } satisfies DiagnosticData;
  const related = relatedInformation(analysis, d);
  if (related.length > 0) out.relatedInformation = related;
  return out;
}

/** Earlier places the diagnostic refers to: the first occurrence of a repeated name, the other transition on a symbol. */
function relatedInformation(analysis: Analysis, d: FsaDiagnostic): DiagnosticRelatedInformation[] {
  if (d.code !== 'FSA206' && d.code !== 'FSA204') return [];
  const at = occurrenceAt(analysis, d.span.start.offset);
  if (at === undefined || at.start !== d.span.start.offset) return [];
  const location = (start: number, end: number) => ({ uri: analysis.uri, range: rangeOf(analysis, start, end) });
  if (d.code === 'FSA206') {
    const first = at.entity.occurrences.find((o) => o.start < at.start);
    return first === undefined
      ? []
      : [{ location: location(first.start, first.end), message: `'${at.entity.name}' first appears here` }];
  }
  // FSA204 sits on a symbol label: point at the earlier transition from the same state on that symbol
  const automaton = at.entity.scope;
  if (automaton.kind !== 'automaton') return [];
  const transition = automaton.members.find(
    (m) =>
      m.kind === 'transition' && m.labels.some((l) => l.kind === 'symbol' && l.name.span.start.offset === at.start),
  );
  if (transition?.kind !== 'transition') return [];
  const earlier = automaton.members.find(
    (m) =>
      m.kind === 'transition' &&
      m.span.start.offset < transition.span.start.offset &&
      m.from.value === transition.from.value &&
      m.labels.some((l) => l.kind === 'symbol' && l.name.value === at.entity.name),
  );
  return earlier === undefined
    ? []
    : [{ location: location(earlier.span.start.offset, earlier.span.end.offset), message: 'the other transition' }];
}

const DID_YOU_MEAN = /^did you mean '(.*?)'\?/;

/**
 * Quick fixes for the diagnostics in `context` (or, when none are given, those published for `range`): each
 * did-you-mean hint becomes a one-click edit that writes the suggested name in place of the misspelt one.
 */
export function codeActions(analysis: Analysis, range: Range, given: readonly Diagnostic[] | undefined): CodeAction[] {
  const candidates =
    given !== undefined && given.length > 0 ? given : diagnostics(analysis).filter((d) => overlaps(d.range, range));
  const actions: CodeAction[] = [];
  for (const d of candidates) {
    const hint = (d.data as DiagnosticData | undefined)?.hint ?? hintOf(analysis, d);
    const match = hint === undefined ? null : DID_YOU_MEAN.exec(hint);
    if (match === null) continue;
    const replacement = formatName(match[1]!);
    actions.push({
      title: `Change to ${replacement}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [analysis.uri]: [{ range: d.range, newText: replacement }] } },
    });
  }
  return actions;
}

/** The hint of the checked diagnostic with the same code and range, for a client that dropped `data`. */
function hintOf(analysis: Analysis, d: Diagnostic): string | undefined {
  const start = analysis.document.offsetAt(d.range.start);
  const end = analysis.document.offsetAt(d.range.end);
  return analysis.checked.diagnostics.find(
    (c) => c.code === d.code && c.span.start.offset === start && c.span.end.offset === end,
  )?.hint;
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether two ranges touch or overlap (an empty range at a diagnostic's edge counts). */
export function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}
