import {
  recheckSource,
  type AutomatonAst,
  type CheckedSource,
  type DeclarationAst,
  type FileAst,
  type NameAst,
  type SequenceAst,
  type Span,
} from '@cdam/language';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

/**
 * What a name in a `.fsa` file stands for. Declarations of every kind share one file-wide namespace;
 * states, symbols and items belong to the declaration they appear in (`scope`).
 */
export type EntityKind = 'declaration' | 'state' | 'symbol' | 'item' | 'parameter';

export interface Entity {
  readonly kind: EntityKind;
  readonly name: string;
  /** The declaration a state, symbol, item or parameter belongs to; for a declaration, its first declaration. */
  readonly scope: DeclarationAst;
  readonly occurrences: Occurrence[];
}

/** One place a name is written. */
export interface Occurrence {
  readonly entity: Entity;
  /** Offsets of the name as written (quotes included). */
  readonly start: number;
  readonly end: number;
  /** Where the name is declared (a declaration's name, a `states` or `alphabet` entry, a first use). */
  readonly declaration: boolean;
}

/** A parsed and checked document with a name index (built on first use), once per version, asked many questions. */
export interface Analysis {
  readonly uri: string;
  readonly document: TextDocument;
  readonly text: string;
  readonly checked: CheckedSource;
  /** Every name occurrence, sorted by start offset. */
  readonly occurrences: readonly Occurrence[];
  readonly entities: readonly Entity[];
}

/**
 * Parses, checks and indexes `text`. Never throws. O(text length · alphabet). Given the analysis of an
 * earlier version of the document, only the lines an edit touched are parsed again where that is sure to
 * give the same result (`recheckSource`).
 */
export function analyse(uri: string, text: string, version = 0, previous?: Analysis): Analysis {
  const document = TextDocument.create(uri, 'fsa', version, text);
  const checked = recheckSource(previous, text);
  // the name index only when a request needs it: publishing diagnostics mostly does not
  let index: { occurrences: Occurrence[]; entities: Entity[] } | undefined;
  const names = () => (index ??= indexNames(checked.file));
  return {
    uri,
    document,
    text,
    checked,
    get occurrences() {
      return names().occurrences;
    },
    get entities() {
      return names().entities;
    },
  };
}

/**
 * Every name occurrence of a file, sorted by start offset, and the entities they stand for. Walks each
 * declaration's members by kind; O(names).
 */
export function indexNames(file: FileAst): { occurrences: Occurrence[]; entities: Entity[] } {
  const index = new NameIndex();
  for (const declaration of file.declarations) index.declaration(declaration);
  for (const declaration of file.declarations) index.members(declaration);
  const occurrences = index.occurrences;
  if (!isSortedByStart(occurrences)) occurrences.sort((a, b) => a.start - b.start);
  return { occurrences, entities: [...index.entities.values()] };
}

function isSortedByStart(occurrences: readonly Occurrence[]): boolean {
  for (let i = 1; i < occurrences.length; i++) if (occurrences[i - 1].start > occurrences[i].start) return false;
  return true;
}

class NameIndex {
  readonly entities = new Map<string, Entity>();
  readonly occurrences: Occurrence[] = [];
  private readonly scopes = new Map<DeclarationAst, number>();

  declaration(declaration: DeclarationAst): void {
    this.scopes.set(declaration, this.scopes.size);
    this.add('declaration', declaration.name, declaration, true);
  }

  /** Walks a declaration's members by kind; in a kind this index has no walk for, it finds references only. */
  members(declaration: DeclarationAst): void {
    if (declaration.kind === 'automaton') this.automaton(declaration);
    else if (declaration.kind === 'sequence') this.sequence(declaration);
    else {
      const other = declaration as DeclarationAst; // a kind the language adds later
      this.references(other, other.name);
    }
  }

  private automaton(automaton: AutomatonAst): void {
    for (const member of automaton.members) {
      switch (member.kind) {
        case 'alphabet':
          for (const symbol of member.symbols) this.add('symbol', symbol, automaton, true);
          break;
        case 'states':
          for (const state of member.states) this.add('state', state, automaton, true);
          break;
        case 'start':
        case 'accept':
          for (const state of member.states) this.add('state', state, automaton, false);
          break;
        case 'transition':
          this.add('state', member.from, automaton, false);
          this.add('state', member.to, automaton, false);
          for (const label of member.labels)
            if (label.kind === 'symbol') this.add('symbol', label.name, automaton, false);
          break;
        case 'network':
          this.parameters(member, automaton);
          break;
        default:
          this.references(member); // a member kind without its own walk
      }
    }
  }

  private sequence(sequence: SequenceAst): void {
    for (const member of sequence.members) {
      if (member.kind === 'items') for (const item of member.items) this.add('item', item.name, sequence, false);
      else if (member.kind === 'network') this.parameters(member, sequence);
      else this.references(member); // a member kind without its own walk
    }
  }

  private parameters(
    network: { readonly parameters: readonly { name: string; nameSpan: Span }[] },
    scope: DeclarationAst,
  ) {
    for (const p of network.parameters) {
      const name: NameAst = { kind: 'name', value: p.name, form: 'identifier', span: p.nameSpan };
      this.add('parameter', name, scope, false);
    }
  }

  /**
   * For a declaration or member kind without its own walk: any name inside it that is the name of a
   * declaration in the file is taken as a reference to that declaration (a declaration's own name aside), so
   * go-to-definition, references and rename reach it.
   */
  private references(node: object, ownName?: NameAst): void {
    const seen = new Set<unknown>([ownName]);
    const visit = (value: unknown): void => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      const record = value as Record<string, unknown>;
      if (record.kind === 'name' && typeof record.value === 'string') {
        const target = this.entities.get(key('declaration', record.value));
        if (target !== undefined) this.add('declaration', record as unknown as NameAst, target.scope, false);
        return;
      }
      for (const child of Object.values(record)) visit(child);
    };
    visit(node);
  }

  private add(kind: EntityKind, name: NameAst, scope: DeclarationAst, declaration: boolean): void {
    if (name.span.end.offset <= name.span.start.offset) return; // made by recovery, not written
    const id = kind === 'declaration' ? key(kind, name.value) : key(kind, name.value, this.scopes.get(scope));
    let entity = this.entities.get(id);
    if (entity === undefined) {
      entity = { kind, name: name.value, scope, occurrences: [] };
      this.entities.set(id, entity);
    }
    const first = entity.occurrences.length === 0;
    // a state is declared by its `states` entry, else by its first use; an item by its first place
    const declares = declaration || (first && kind !== 'parameter' && kind !== 'symbol');
    const occurrence: Occurrence = {
      entity,
      start: name.span.start.offset,
      end: name.span.end.offset,
      declaration: declares,
    };
    entity.occurrences.push(occurrence);
    this.occurrences.push(occurrence);
  }
}

function key(kind: EntityKind, name: string, scope?: number): string {
  // neither the kind nor the scope holds a space, so the name is all that follows the second one
  return `${kind} ${scope ?? -1} ${name}`;
}

/** The occurrence under `offset`: the name that contains it, or the one that ends right at it (cursor after a word). */
export function occurrenceAt(analysis: Analysis, offset: number): Occurrence | undefined {
  const list = analysis.occurrences;
  let low = 0;
  let high = list.length - 1;
  let found: Occurrence | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.start <= offset) {
      found = list[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found !== undefined && offset <= found.end ? found : undefined;
}

/** The LSP range of `[start, end)`. */
export function rangeOf(analysis: Analysis, start: number, end: number): Range {
  return { start: analysis.document.positionAt(start), end: analysis.document.positionAt(end) };
}

/** The LSP range of a language span (its offsets; the 1-based lines and columns are not used). */
export function spanRange(analysis: Analysis, span: Span): Range {
  return rangeOf(analysis, span.start.offset, span.end.offset);
}

/** The offset of an LSP position, clamped into the text (a position past the end is the end). */
export function offsetOf(analysis: Analysis, position: Position): number {
  return analysis.document.offsetAt(position);
}

/** The declaration whose span holds `offset` (after its first character), if any. */
export function declarationAt(analysis: Analysis, offset: number): DeclarationAst | undefined {
  return analysis.checked.file.declarations.find((d) => d.span.start.offset < offset && offset <= d.span.end.offset);
}

/** A name's kind as users say it: `state`, `symbol`, `item`, `parameter`, or the declaration's keyword. */
export function describeKind(entity: Entity): string {
  if (entity.kind !== 'declaration') return entity.kind;
  const d = entity.scope;
  return d.kind === 'automaton' ? d.type : d.kind;
}
