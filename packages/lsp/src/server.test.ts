import { checkSource, formatSource } from '@cdam/language';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  Hover,
  InitializeResult,
  Location,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { MAX_PUBLISHED_DIAGNOSTICS } from './server.js';
import { LspClient, RpcError } from './testing/lsp-client.js';

/**
 * Drives the real `cdam lsp --stdio` process over its stdin and stdout with JSON-RPC, as an editor does.
 * One server serves every test here, so each later test also shows the earlier ones did not break it.
 */
const URI = 'file:///work/turnstile.fsa';
const BROKEN = `dfa Turnstile {
  alphabet coin, push
  states locked, unlocked
  start locked
  accept locked
  locked -> unlocked on coin
  locked -> locked on psh
  unlocked -> locked on push
  unlocked -> unlocked on coin
}
`;

/** What an editor like VS Code announces for the features under test. */
const EDITOR_CAPABILITIES = {
  textDocument: {
    publishDiagnostics: { relatedInformation: true, dataSupport: true, versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    completion: { completionItemKind: { valueSet: Array.from({ length: 25 }, (_, i) => i + 1) } },
    documentSymbol: {
      hierarchicalDocumentSymbolSupport: true,
      symbolKind: { valueSet: Array.from({ length: 26 }, (_, i) => i + 1) },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

let client: LspClient;
let init: InitializeResult;

beforeAll(async () => {
  client = LspClient.startCdam();
  init = await client.request<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: EDITOR_CAPABILITIES,
  });
  client.notify('initialized', {});
});

afterAll(() => client.kill());

const pos = (line: number, character: number) => ({ line, character });
const doc = { uri: URI };
const diagnosticsOf = (version: number) =>
  client.waitFor<PublishDiagnosticsParams>(
    'textDocument/publishDiagnostics',
    (p) => p.uri === URI && p.version === version,
  );

describe('cdam lsp over stdio', () => {
  it('initialize announces incremental sync and the features it answers', () => {
    const c = init.capabilities;
    expect(c.textDocumentSync).toEqual({ openClose: true, change: 2 });
    expect(c.renameProvider).toEqual({ prepareProvider: true });
    expect(c.semanticTokensProvider?.legend.tokenTypes).toContain('keyword');
    expect(init.serverInfo?.name).toBe('cdam');
    for (const key of [
      'hoverProvider',
      'definitionProvider',
      'referencesProvider',
      'documentFormattingProvider',
    ] as const) {
      expect(c[key]).toBe(true);
    }
  });

  it('publishes the diagnostics of cdam check for an opened document, then none once a change fixes it', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'fsa', version: 1, text: BROKEN } });
    const opened = await diagnosticsOf(1);
    const expected = checkSource(BROKEN).diagnostics.map((d) => [
      d.code,
      d.message,
      d.span.start.line - 1,
      d.span.start.column - 1,
    ]);
    expect(opened.diagnostics.map((d) => [d.code, d.message, d.range.start.line, d.range.start.character])).toEqual(
      expected,
    );
    expect(expected.map((e) => e[0])).toContain('FSA203');
    // an incremental change: `psh` (line 6, characters 22-25) becomes `push`, unsaved
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: pos(6, 22), end: pos(6, 25) }, text: 'push' }],
    });
    expect((await diagnosticsOf(2)).diagnostics).toEqual([]);
    // and back, so the later tests see the misspelling
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ range: { start: pos(6, 22), end: pos(6, 26) }, text: 'psh' }],
    });
    expect((await diagnosticsOf(3)).diagnostics.map((d) => d.code)).toContain('FSA203');
  });

  it('after typing in a large automaton, publishes what it publishes for the same text opened afresh', async () => {
    const ring = ['dfa Ring {', '  alphabet a, b', '  start s0', '  accept s0'];
    for (let i = 0; i < 300; i++) ring.push(`  s${i} -> s${(i + 1) % 300} on a`, `  s${i} -> s${i} on b`);
    const typed = { uri: 'file:///work/typed.fsa' };
    let text = `${ring.join('\n')}\n}\n`;
    client.notify('textDocument/didOpen', { textDocument: { ...typed, languageId: 'fsa', version: 1, text } });
    const line = 4 + 2 * 150; // `  s150 -> s151 on a`
    const edits = [
      { range: { start: pos(line, 19), end: pos(line, 19) }, text: 'x' }, // `on ax`: not in the alphabet
      { range: { start: pos(line, 19), end: pos(line, 20) }, text: '' }, // and back
      { range: { start: pos(line, 19), end: pos(line, 19) }, text: '\n  s150 -> s7 on b' }, // a second `b` from s150
      { range: { start: pos(line, 18), end: pos(line, 19) }, text: 'b' }, // and a third, no `a` left
    ];
    const published: PublishDiagnosticsParams[] = [];
    for (const [i, change] of edits.entries()) {
      const version = i + 2;
      text = TextDocument.applyEdits(TextDocument.create(typed.uri, 'fsa', version, text), [
        { range: change.range, newText: change.text },
      ]);
      client.notify('textDocument/didChange', { textDocument: { ...typed, version }, contentChanges: [change] });
      published.push(
        await client.waitFor<PublishDiagnosticsParams>(
          'textDocument/publishDiagnostics',
          (p) => p.uri === typed.uri && p.version === version,
        ),
      );
    }
    expect(published.map((p) => p.diagnostics.length)).toEqual([1, 0, 1, 2]);
    const fresh = { uri: 'file:///work/fresh.fsa' };
    client.notify('textDocument/didOpen', { textDocument: { ...fresh, languageId: 'fsa', version: 1, text } });
    const opened = await client.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === fresh.uri,
    );
    // the same, related information included (which names the document)
    const sameUri = (p: PublishDiagnosticsParams) => JSON.parse(JSON.stringify(p.diagnostics).replaceAll(p.uri, 'URI'));
    expect(sameUri(published.at(-1)!)).toEqual(sameUri(opened));
    expect(opened.diagnostics.some((d) => d.relatedInformation !== undefined)).toBe(true);
    expect(opened.diagnostics.map((d) => d.code)).toEqual(checkSource(text).diagnostics.map((d) => d.code));
    for (const document of [typed, fresh]) client.notify('textDocument/didClose', { textDocument: document });
  });

  it('answers hover, definition and references', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: doc, position: pos(5, 15) });
    expect((hover.contents as { value: string }).value).toContain(
      '**state** `unlocked` of dfa `Turnstile` · not accepting',
    );
    const definition = await client.request<Location[]>('textDocument/definition', {
      textDocument: doc,
      position: pos(7, 4),
    });
    expect(definition).toEqual([{ uri: URI, range: { start: pos(2, 17), end: pos(2, 25) } }]);
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: doc,
      position: pos(1, 12),
      context: { includeDeclaration: true },
    });
    expect(references.map((r) => r.range.start)).toEqual([pos(1, 11), pos(5, 24), pos(8, 26)]);
  });

  it('renames with prepareRename, and refuses a collision with an LSP error', async () => {
    const prepared = await client.request('textDocument/prepareRename', { textDocument: doc, position: pos(2, 20) });
    expect(prepared).toEqual({ range: { start: pos(2, 17), end: pos(2, 25) }, placeholder: 'unlocked' });
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: doc,
      position: pos(2, 20),
      newName: 'open',
    });
    expect(edit.changes![URI]!.map((e) => [e.range.start, e.newText])).toEqual([
      [pos(2, 17), 'open'],
      [pos(5, 12), 'open'],
      [pos(7, 2), 'open'],
      [pos(8, 2), 'open'],
      [pos(8, 14), 'open'],
    ]);
    const refused = client.request('textDocument/rename', {
      textDocument: doc,
      position: pos(2, 20),
      newName: 'locked',
    });
    await expect(refused).rejects.toMatchObject({
      code: -32803,
      message: expect.stringContaining("already has a state 'locked'"),
    });
  });

  it('answers the outline as a tree, folding ranges and semantic tokens', async () => {
    const outline = await client.request<{ name: string; kind: number; children?: { name: string; kind: number }[] }[]>(
      'textDocument/documentSymbol',
      { textDocument: doc },
    );
    expect(outline.map((s) => [s.name, s.kind, s.children?.map((c) => [c.name, c.kind])])).toEqual([
      [
        'Turnstile',
        5,
        [
          ['locked', 22],
          ['unlocked', 22],
        ],
      ],
    ]);
    expect(await client.request('textDocument/foldingRange', { textDocument: doc })).toEqual([
      { startLine: 0, endLine: 9 },
    ]);
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: doc });
    expect(tokens.data.slice(0, 5)).toEqual([0, 0, 3, 0, 0]); // `dfa`, a keyword, at 0:0
    expect(tokens.data.length % 5).toBe(0);
  });

  it('completes states after -> and symbols after on', async () => {
    const labels = async (line: number, character: number) =>
      (
        await client.request<CompletionItem[]>('textDocument/completion', {
          textDocument: doc,
          position: pos(line, character),
        })
      ).map((c) => c.label);
    expect(await labels(5, 12)).toEqual(['locked', 'unlocked']);
    expect(await labels(5, 24)).toEqual(['coin', 'push', '*']);
  });

  it('formats as cdam fmt, and offers the did-you-mean fix as a code action', async () => {
    const messy = BROKEN.replace('psh', 'push').replace('  start locked', 'start   locked');
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 4 },
      contentChanges: [{ text: messy }],
    });
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: doc,
      options: { tabSize: 2, insertSpaces: true },
    });
    const formatted = TextDocument.applyEdits(TextDocument.create(URI, 'fsa', 4, messy), edits);
    expect(formatted).toBe(formatSource(messy).text);
    expect(formatted).not.toBe(messy);

    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 5 },
      contentChanges: [{ text: BROKEN }],
    });
    const published = await diagnosticsOf(5);
    const misspelt = published.diagnostics.filter((d: Diagnostic) => d.code === 'FSA203');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: doc,
      range: misspelt[0]!.range,
      context: { diagnostics: misspelt },
    });
    expect(actions.map((a) => [a.title, a.kind, a.edit?.changes?.[URI]])).toEqual([
      ['Change to push', 'quickfix', [{ range: { start: pos(6, 22), end: pos(6, 25) }, newText: 'push' }]],
    ]);
  });
});

describe('a client that announces no capabilities', () => {
  it('gets a flat outline, diagnostics without data or related information, first-version kinds, no code action literals', async () => {
    const minimal = LspClient.startCdam();
    try {
      await minimal.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      minimal.notify('initialized', {});
      const text = BROKEN.replace('psh', 'push').replace(
        '  states locked, unlocked\n',
        '  states locked, unlocked, locked\n',
      );
      minimal.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'fsa', version: 1, text } });
      const published = await minimal.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics');
      expect(published.diagnostics.map((d) => d.code)).toEqual(['FSA206']);
      expect(Object.keys(published.diagnostics[0]!).sort()).toEqual(['code', 'message', 'range', 'severity', 'source']);
      const outline = await minimal.request<{ name: string; kind: number; containerName?: string }[]>(
        'textDocument/documentSymbol',
        { textDocument: doc },
      );
      expect(outline.map((s) => [s.name, s.kind, s.containerName])).toEqual([
        ['Turnstile', 5, undefined],
        ['locked', 13, 'Turnstile'],
        ['unlocked', 13, 'Turnstile'],
      ]);
      const items = await minimal.request<CompletionItem[]>('textDocument/completion', {
        textDocument: doc,
        position: pos(5, 12),
      });
      expect(items.map((i) => [i.label, i.kind])).toEqual([
        ['locked', 12],
        ['unlocked', 12],
      ]);
      const range = published.diagnostics[0]!.range;
      expect(
        await minimal.request('textDocument/codeAction', { textDocument: doc, range, context: { diagnostics: [] } }),
      ).toEqual([]);
      expect(await minimal.stop()).toBe(0);
    } finally {
      minimal.kill();
    }
  });
});

describe('bad input gets an answer or an LSP error, never a crash', () => {
  it('an unknown method is MethodNotFound', async () => {
    await expect(client.request('cdam/noSuchThing', {})).rejects.toMatchObject({ code: -32601 });
  });

  it('a position past the end, or no position at all, is answered', async () => {
    // a position past the end means the end of the document, as for a position past the end of a line
    const end = await client.request('textDocument/hover', { textDocument: doc, position: pos(10, 0) });
    expect(await client.request('textDocument/hover', { textDocument: doc, position: pos(10_000, 10_000) })).toEqual(
      end,
    );
    expect(await client.request('textDocument/hover', { textDocument: doc, position: pos(0, 10_000) })).toEqual(
      await client.request('textDocument/hover', { textDocument: doc, position: pos(0, 15) }),
    );
    const completions = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: doc,
      position: pos(10_000, 3),
    });
    expect(completions.map((c) => c.label)).toEqual(['dfa', 'nfa', 'sequence']);
    const missing = client.request('textDocument/definition', { textDocument: doc }).catch((e: unknown) => e);
    expect(await missing).toBeInstanceOf(RpcError);
    // a document never opened is answered as an empty one
    const unopened = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: 'file:///never-opened.fsa' },
      position: pos(0, 0),
      context: { includeDeclaration: true },
    });
    expect(unopened).toEqual([]);
  });

  it('binary bytes and a 1 MB file of garbage get diagnostics', async () => {
    const binary = 'file:///work/binary.fsa';
    client.notify('textDocument/didOpen', {
      textDocument: { uri: binary, languageId: 'fsa', version: 1, text: 'dfa\u0000\u0001\uFFFD\u0007' },
    });
    const got = await client.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === binary,
    );
    expect(got.diagnostics.map((d) => d.code)).toEqual(['FSA105']);

    // a deterministic 1 MB of characters the language has no use for, in lines of random length
    const junk = '#$%^&!?~`|\\;:<>[]\n\u00a7\u00b6';
    let seed = 7;
    const parts: string[] = [];
    for (let size = 0; size < 1_000_000; size++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      parts.push(junk[(seed >>> 16) % junk.length]!);
    }
    const garbage = 'file:///work/garbage.fsa';
    client.notify('textDocument/didOpen', {
      textDocument: { uri: garbage, languageId: 'fsa', version: 1, text: parts.join('') },
    });
    const many = await client.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === garbage,
    );
    expect(many.diagnostics.length).toBeGreaterThan(0);
    expect(many.diagnostics.length).toBeLessThanOrEqual(MAX_PUBLISHED_DIAGNOSTICS);
    expect(
      await client.request('textDocument/formatting', {
        textDocument: { uri: garbage },
        options: { tabSize: 2, insertSpaces: true },
      }),
    ).toEqual([]);
  });

  it('a frame that is not JSON is skipped and the server still answers', async () => {
    client.writeRaw('Content-Length: 9\r\n\r\n{not json');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: doc, position: pos(0, 1) });
    expect((hover.contents as { value: string }).value).toMatch(/^\*\*dfa\*\* \(keyword\)/);
  });

  it('shutdown then exit ends the process with code 0', async () => {
    expect(await client.request('shutdown')).toBeNull();
    client.notify('exit');
    expect(await client.exited).toBe(0);
  });
});
