import {
  CompletionItemKind,
  SymbolKind,
  type ClientCapabilities,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type SymbolInformation,
} from 'vscode-languageserver/node';

/** The kinds a client knows when it names none: the first eighteen, of the protocol's first version. */
const FIRST_COMPLETION_KINDS = range(CompletionItemKind.Text, CompletionItemKind.Reference);
const FIRST_SYMBOL_KINDS = range(SymbolKind.File, SymbolKind.Array);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Keeps answers within what the client said it understands in `initialize` (LSP 3.17): fields and kinds it did
 * not announce are left out or replaced by ones it knows.
 */
export class ClientCompat {
  private readonly diagnosticData: boolean;
  private readonly relatedInformation: boolean;
  private readonly codeActionLiterals: boolean;
  private readonly hierarchicalSymbols: boolean;
  private readonly completionKinds: ReadonlySet<number>;
  private readonly symbolKinds: ReadonlySet<number>;

  constructor(capabilities: ClientCapabilities = {}) {
    const text = capabilities.textDocument;
    this.diagnosticData = text?.publishDiagnostics?.dataSupport === true;
    this.relatedInformation = text?.publishDiagnostics?.relatedInformation === true;
    this.codeActionLiterals = text?.codeAction?.codeActionLiteralSupport !== undefined;
    this.hierarchicalSymbols = text?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    this.completionKinds = new Set(text?.completion?.completionItemKind?.valueSet ?? FIRST_COMPLETION_KINDS);
    this.symbolKinds = new Set(text?.documentSymbol?.symbolKind?.valueSet ?? FIRST_SYMBOL_KINDS);
  }

  /** Diagnostics without `data` or `relatedInformation` for a client that did not announce them. */
  diagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    return diagnostics.map((d) => {
      const { data, relatedInformation, ...rest } = d;
      return {
        ...rest,
        ...(this.diagnosticData && data !== undefined ? { data } : {}),
        ...(this.relatedInformation && relatedInformation !== undefined ? { relatedInformation } : {}),
      };
    });
  }

  /** Quick fixes are code action literals with edits; a client without literal support gets none. */
  codeActions(actions: readonly CodeAction[]): CodeAction[] {
    return this.codeActionLiterals ? [...actions] : [];
  }

  completion(items: readonly CompletionItem[]): CompletionItem[] {
    return items.map((item) =>
      item.kind === undefined || this.completionKinds.has(item.kind)
        ? item
        : { ...item, kind: this.completionKinds.has(CompletionItemKind.Value) ? CompletionItemKind.Value : undefined },
    );
  }

  /** The outline as a tree, or flat (`SymbolInformation[]`) for a client without hierarchical symbols. */
  documentSymbols(uri: string, symbols: readonly DocumentSymbol[]): DocumentSymbol[] | SymbolInformation[] {
    const known = (s: DocumentSymbol): DocumentSymbol => ({
      ...s,
      kind: this.symbolKind(s.kind),
      ...(s.children === undefined ? {} : { children: s.children.map(known) }),
    });
    const tree = symbols.map(known);
    return this.hierarchicalSymbols ? tree : flatten(uri, tree);
  }

  workspaceSymbols(symbols: readonly SymbolInformation[]): SymbolInformation[] {
    return symbols.map((s) => ({ ...s, kind: this.symbolKind(s.kind) }));
  }

  private symbolKind(kind: SymbolKind): SymbolKind {
    return this.symbolKinds.has(kind) ? kind : SymbolKind.Variable;
  }
}

function flatten(uri: string, symbols: readonly DocumentSymbol[], containerName?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    {
      name: s.name,
      kind: s.kind,
      location: { uri, range: s.range },
      ...(containerName === undefined ? {} : { containerName }),
    },
    ...flatten(uri, s.children ?? [], s.name),
  ]);
}
