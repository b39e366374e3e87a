import { formatName } from '@cdam/language';
import {
  DocumentHighlightKind,
  type DocumentHighlight,
  type Location,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import {
  describeKind,
  occurrenceAt,
  offsetOf,
  rangeOf,
  type Analysis,
  type Entity,
  type Occurrence,
} from './analysis.js';

function at(analysis: Analysis, position: Position): Occurrence | undefined {
  return occurrenceAt(analysis, offsetOf(analysis, position));
}

function location(analysis: Analysis, o: Occurrence): Location {
  return { uri: analysis.uri, range: rangeOf(analysis, o.start, o.end) };
}

/** Where the name under the cursor is declared (several places for a name declared twice). */
export function definition(analysis: Analysis, position: Position): Location[] {
  const o = at(analysis, position);
  if (o === undefined) return [];
  return o.entity.occurrences.filter((x) => x.declaration).map((x) => location(analysis, x));
}

/** Every place the name under the cursor is written, its declarations only when `includeDeclaration`. */
export function references(analysis: Analysis, position: Position, includeDeclaration = true): Location[] {
  const o = at(analysis, position);
  if (o === undefined) return [];
  return o.entity.occurrences.filter((x) => includeDeclaration || !x.declaration).map((x) => location(analysis, x));
}

/** The occurrences of the name under the cursor: declarations as writes, uses as reads. */
export function documentHighlight(analysis: Analysis, position: Position): DocumentHighlight[] {
  const o = at(analysis, position);
  if (o === undefined) return [];
  return o.entity.occurrences.map((x) => ({
    range: rangeOf(analysis, x.start, x.end),
    kind: x.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

/** A rename that cannot be made, and why (for the user). */
export interface RenameRefusal {
  readonly refused: string;
}

const RENAMEABLE = new Set<Entity['kind']>(['declaration', 'state', 'symbol', 'item']);

/** The name under the cursor and its range, when it can be renamed; else why not. */
export function prepareRename(
  analysis: Analysis,
  position: Position,
): { range: Range; placeholder: string } | RenameRefusal {
  const o = at(analysis, position);
  if (o === undefined) return { refused: 'there is no name here to rename' };
  if (!RENAMEABLE.has(o.entity.kind)) return { refused: `a ${describeKind(o.entity)} name is fixed by the language` };
  return { range: rangeOf(analysis, o.start, o.end), placeholder: o.entity.name };
}

/**
 * Renames the name under the cursor everywhere it is written, quoting the new name when it needs quotes.
 * Refuses an empty name and a name that another state, symbol, item or declaration in the same place already has.
 */
export function rename(analysis: Analysis, position: Position, newName: string): WorkspaceEdit | RenameRefusal {
  const prepared = prepareRename(analysis, position);
  if ('refused' in prepared) return prepared;
  const entity = at(analysis, position)!.entity;
  const wanted = unquote(newName);
  if (wanted === '') return { refused: 'a name cannot be empty' };
  if (wanted === entity.name) return { changes: { [analysis.uri]: [] } };
  const taken = analysis.entities.find(
    (e) =>
      e !== entity &&
      e.kind === entity.kind &&
      e.name === wanted &&
      (e.kind === 'declaration' || e.scope === entity.scope),
  );
  if (taken !== undefined) {
    const where =
      entity.kind === 'declaration'
        ? 'this file'
        : `${describeKind({ ...entity, kind: 'declaration' })} '${entity.scope.name.value}'`;
    return {
      refused: `cannot rename '${entity.name}' to '${wanted}': ${where} already has a ${describeKind(taken)} '${wanted}'`,
    };
  }
  const newText = formatName(wanted);
  const edits: TextEdit[] = entity.occurrences.map((o) => ({ range: rangeOf(analysis, o.start, o.end), newText }));
  return { changes: { [analysis.uri]: edits } };
}

/** A new name typed with quotes (`"SYN-ACK"`) means the name inside them. */
function unquote(name: string): string {
  const trimmed = name.trim();
  return /^"[^"\\]*"$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}
