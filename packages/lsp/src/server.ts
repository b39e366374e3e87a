import {
  createLanguageService,
  SEMANTIC_TOKENS_LEGEND,
  type LanguageService,
  type RenameRefusal,
} from '@cdam/language-service';
import {
  CodeActionKind,
  createConnection,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  MarkupKind,
  PositionEncodingKind,
  type Connection,
  type InitializeResult,
  type MarkupContent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ClientCompat } from './client-compat.js';

/** How long the server waits after the last change before it checks the document again. */
export const RECHECK_DELAY_MS = 50;

/** At most this many diagnostics are published per document (the first ones by position), so a file of garbage stays usable. */
export const MAX_PUBLISHED_DIAGNOSTICS = 1000;

export interface ServerOptions {
  /** Milliseconds between the last change and the re-check; `RECHECK_DELAY_MS` when not given. */
  readonly recheckDelay?: number;
  /** Shown as `serverInfo.version`. */
  readonly version?: string;
}

/**
 * Serves the `.fsa` language service on `connection` (LSP 3.17): incremental text sync, diagnostics pushed
 * on open and, debounced, on change (of the unsaved text), and the requests of `initialize`'s capabilities.
 * A request that cannot be answered gets an LSP error; nothing the client sends stops the server.
 */
export function serve(connection: Connection, options: ServerOptions = {}): LanguageService {
  const service = createLanguageService();
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const delay = options.recheckDelay ?? RECHECK_DELAY_MS;

  const publish = (uri: string) => {
    timers.delete(uri);
    const document = documents.get(uri);
    if (document === undefined) return;
    try {
      const diagnostics = client.diagnostics(service.diagnostics(uri).slice(0, MAX_PUBLISHED_DIAGNOSTICS));
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics }).catch(() => undefined);
    } catch (error) {
      connection.console.error(`cdam: could not check ${uri}: ${describe(error)}`);
    }
  };
  const schedule = (uri: string, wait: number) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => publish(uri), wait),
    );
  };

  documents.onDidOpen(({ document }) => {
    service.update(document.uri, document.getText(), document.version);
    schedule(document.uri, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    service.update(document.uri, document.getText(), document.version);
    schedule(document.uri, delay);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    service.close(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch(() => undefined);
  });

  // what the client said it understands, so answers stay within it
  let markdownHover = true;
  let client = new ClientCompat();
  connection.onInitialize((params): InitializeResult => {
    const formats = params.capabilities.textDocument?.hover?.contentFormat;
    markdownHover = formats === undefined || formats.includes(MarkupKind.Markdown);
    client = new ClientCompat(params.capabilities);
    return {
      capabilities: {
        positionEncoding: PositionEncodingKind.UTF16,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        completionProvider: { triggerCharacters: ['>', '@', ','] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'cdam', ...(options.version === undefined ? {} : { version: options.version }) },
    };
  });

  connection.onHover(({ textDocument, position }) => {
    const hover = service.hover(textDocument.uri, position);
    if (hover === null || markdownHover) return hover;
    const { value } = hover.contents as MarkupContent;
    return { ...hover, contents: { kind: MarkupKind.PlainText, value } };
  });
  connection.onDefinition(({ textDocument, position }) => service.definition(textDocument.uri, position));
  connection.onReferences(({ textDocument, position, context }) =>
    service.references(textDocument.uri, position, context?.includeDeclaration ?? true),
  );
  connection.onDocumentHighlight(({ textDocument, position }) => service.documentHighlight(textDocument.uri, position));
  connection.onPrepareRename(({ textDocument, position }) =>
    refuseWithError(service.prepareRename(textDocument.uri, position)),
  );
  connection.onRenameRequest(({ textDocument, position, newName }) =>
    refuseWithError(service.rename(textDocument.uri, position, newName)),
  );
  connection.onCompletion(({ textDocument, position }) =>
    client.completion(service.completion(textDocument.uri, position)),
  );
  connection.onDocumentSymbol(({ textDocument }) =>
    client.documentSymbols(textDocument.uri, service.documentSymbols(textDocument.uri)),
  );
  connection.onWorkspaceSymbol(({ query }) => client.workspaceSymbols(service.workspaceSymbols(query)));
  connection.onFoldingRanges(({ textDocument }) => service.foldingRanges(textDocument.uri));
  connection.onDocumentFormatting(({ textDocument }) => service.format(textDocument.uri));
  connection.onDocumentRangeFormatting(({ textDocument, range }) => service.formatRange(textDocument.uri, range));
  connection.languages.semanticTokens.on(({ textDocument }) => service.semanticTokens(textDocument.uri));
  connection.onCodeAction(({ textDocument, range, context }) =>
    client.codeActions(service.codeActions(textDocument.uri, range, context?.diagnostics)),
  );

  documents.listen(connection);
  connection.listen();
  return service;
}

/** A refused rename is an LSP error whose message the editor shows. */
function refuseWithError<T extends object>(answer: T | RenameRefusal): T | ResponseError<void> {
  return 'refused' in answer ? new ResponseError(LSPErrorCodes.RequestFailed, answer.refused) : answer;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the server on this process's stdin and stdout until the client sends `exit` or closes stdin.
 * Nothing else may write to stdout meanwhile, so console output goes to the client's log.
 */
export function runStdioServer(options: ServerOptions = {}): void {
  const connection = createConnection(process.stdin, process.stdout);
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  serve(connection, options);
}
