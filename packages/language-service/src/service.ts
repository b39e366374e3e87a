import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  Range,
  SemanticTokens,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { analyse, type Analysis } from './analysis.js';
import { completion } from './completion.js';
import { codeActions, diagnostics } from './diagnostics.js';
import { formatDocument, formatRange } from './formatting.js';
import { hover } from './hover.js';
import { definition, documentHighlight, prepareRename, references, rename, type RenameRefusal } from './navigation.js';
import { documentSymbols, foldingRanges, workspaceSymbols } from './outline.js';
import { semanticTokens } from './semantic-tokens.js';

/**
 * The `.fsa` language service over a set of open documents, by URI. Transport-free: it takes text and LSP
 * positions and answers with LSP types, imports no Node API and runs as is in a browser web worker. Each
 * document is parsed and checked once per version, when first asked; after an edit, only the lines it touched
 * are parsed again where that gives the same answer as parsing all. Requests about a URI that is not open
 * answer as for an empty document.
 */
export interface LanguageService {
  /** Opens a document or replaces its text. */
  update(uri: string, text: string, version?: number): void;
  close(uri: string): void;
  /** The URIs of the open documents. */
  uris(): string[];
  /** The parsed, checked and indexed document (computed on first use after an update). */
  analysis(uri: string): Analysis;
  diagnostics(uri: string): Diagnostic[];
  codeActions(uri: string, range: Range, diagnostics?: readonly Diagnostic[]): CodeAction[];
  hover(uri: string, position: Position): Hover | null;
  definition(uri: string, position: Position): Location[];
  references(uri: string, position: Position, includeDeclaration?: boolean): Location[];
  documentHighlight(uri: string, position: Position): DocumentHighlight[];
  prepareRename(uri: string, position: Position): { range: Range; placeholder: string } | RenameRefusal;
  rename(uri: string, position: Position, newName: string): WorkspaceEdit | RenameRefusal;
  completion(uri: string, position: Position): CompletionItem[];
  documentSymbols(uri: string): DocumentSymbol[];
  workspaceSymbols(query: string): SymbolInformation[];
  foldingRanges(uri: string): FoldingRange[];
  format(uri: string): TextEdit[];
  formatRange(uri: string, range: Range): TextEdit[];
  semanticTokens(uri: string): SemanticTokens;
}

interface Entry {
  readonly text: string;
  readonly version: number;
  analysis?: Analysis;
  /** The last analysis of an earlier version, which the next one may reuse parts of. */
  readonly previous?: Analysis;
}

export function createLanguageService(): LanguageService {
  const documents = new Map<string, Entry>();
  const analysisOf = (uri: string): Analysis => {
    let entry = documents.get(uri);
    if (entry === undefined) {
      entry = { text: '', version: 0 };
      return analyse(uri, entry.text);
    }
    entry.analysis ??= analyse(uri, entry.text, entry.version, entry.previous);
    return entry.analysis;
  };
  return {
    update: (uri, text, version = 0) => {
      const old = documents.get(uri);
      documents.set(uri, { text, version, previous: old?.analysis ?? old?.previous });
    },
    close: (uri) => void documents.delete(uri),
    uris: () => [...documents.keys()],
    analysis: analysisOf,
    diagnostics: (uri) => diagnostics(analysisOf(uri)),
    codeActions: (uri, range, given) => codeActions(analysisOf(uri), range, given),
    hover: (uri, position) => hover(analysisOf(uri), position),
    definition: (uri, position) => definition(analysisOf(uri), position),
    references: (uri, position, includeDeclaration) => references(analysisOf(uri), position, includeDeclaration),
    documentHighlight: (uri, position) => documentHighlight(analysisOf(uri), position),
    prepareRename: (uri, position) => prepareRename(analysisOf(uri), position),
    rename: (uri, position, newName) => rename(analysisOf(uri), position, newName),
    completion: (uri, position) => completion(analysisOf(uri), position),
    documentSymbols: (uri) => documentSymbols(analysisOf(uri)),
    workspaceSymbols: (query) => workspaceSymbols([...documents.keys()].map(analysisOf), query),
    foldingRanges: (uri) => foldingRanges(analysisOf(uri)),
    format: (uri) => formatDocument(analysisOf(uri)),
    formatRange: (uri, range) => formatRange(analysisOf(uri), range),
    semanticTokens: (uri) => semanticTokens(analysisOf(uri)),
  };
}
