import type { DeclarationAst } from '@cdam/language';
import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type SymbolInformation,
} from 'vscode-languageserver-types';
import { rangeOf, spanRange, type Analysis, type Entity } from './analysis.js';

const CHILD_KIND: Partial<Record<Entity['kind'], SymbolKind>> = {
  state: SymbolKind.EnumMember,
  item: SymbolKind.Field,
};

function declarationKind(d: DeclarationAst): SymbolKind {
  return d.kind === 'sequence' ? SymbolKind.Array : SymbolKind.Class;
}

function detail(d: DeclarationAst): string {
  return d.kind === 'automaton' ? d.type : d.kind;
}

/** The outline: each declaration, with the states of an automaton and the items of a sequence under it. */
export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  return analysis.checked.file.declarations.map((d) => {
    const children = analysis.entities
      .filter((e) => e.scope === d && CHILD_KIND[e.kind] !== undefined)
      .map((e): DocumentSymbol => {
        const first = e.occurrences.find((o) => o.declaration) ?? e.occurrences[0]!;
        const range = rangeOf(analysis, first.start, first.end);
        return { name: e.name, kind: CHILD_KIND[e.kind]!, detail: e.kind, range, selectionRange: range };
      });
    const range = spanRange(analysis, d.span);
    const selection = spanRange(analysis, d.name.span);
    // an empty name (FSA215) still needs a non-empty symbol name
    return {
      name: d.name.value === '' ? '""' : d.name.value,
      kind: declarationKind(d),
      detail: detail(d),
      range,
      selectionRange: selection,
      children,
    };
  });
}

/** The declarations and states of the given documents whose name contains `query` (ignoring case). */
export function workspaceSymbols(analyses: Iterable<Analysis>, query: string): SymbolInformation[] {
  const wanted = query.toLowerCase();
  const out: SymbolInformation[] = [];
  for (const analysis of analyses) {
    for (const e of analysis.entities) {
      if (e.kind === 'parameter' || e.kind === 'symbol' || !e.name.toLowerCase().includes(wanted)) continue;
      const first = e.occurrences.find((o) => o.declaration) ?? e.occurrences[0]!;
      const kind = e.kind === 'declaration' ? declarationKind(e.scope) : CHILD_KIND[e.kind]!;
      out.push({
        name: e.name,
        kind,
        location: { uri: analysis.uri, range: rangeOf(analysis, first.start, first.end) },
        ...(e.kind === 'declaration' ? {} : { containerName: e.scope.name.value }),
      });
    }
  }
  return out;
}

/** Folds every block that spans lines (declarations, `network { }`) and every comment of several lines. */
export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: FoldingRangeKind) => {
    const range = rangeOf(analysis, start, end);
    if (range.end.line > range.start.line)
      out.push({ startLine: range.start.line, endLine: range.end.line, ...(kind ? { kind } : {}) });
  };
  for (const d of analysis.checked.file.declarations) {
    add(d.span.start.offset, d.span.end.offset);
    const members = (d as { members?: readonly { kind: string; span: DeclarationAst['span'] }[] }).members ?? [];
    for (const m of members) if (m.kind === 'network') add(m.span.start.offset, m.span.end.offset);
  }
  for (const c of analysis.checked.file.comments) add(c.span.start.offset, c.span.end.offset, FoldingRangeKind.Comment);
  return out;
}
