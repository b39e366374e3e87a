import { median } from '../../runtime/bench/measure.js';
import { RECHECK_DELAY_MS } from '../src/server.js';
import { LspClient } from '../src/testing/lsp-client.js';

/** How big a document the language server is timed on, and how many times each thing is timed. */
export interface LanguageServerPlan {
  readonly lines: number;
  /** Edits timed from the change notification to the diagnostics published for it. */
  readonly changes: number;
  /** Hover and completion requests timed each. */
  readonly requests: number;
}

export const DEFAULT_LANGUAGE_SERVER_PLAN: LanguageServerPlan = { lines: 10_000, changes: 10, requests: 30 };

/** Latencies of the real `cdam lsp` process on one large document, measured from this side of stdio. */
export interface LanguageServerFigure {
  readonly lines: number;
  readonly states: number;
  /** The server's debounce, included in `changeToDiagnosticsMs`. */
  readonly recheckDelayMs: number;
  readonly changes: number;
  readonly changeToDiagnosticsMs: number;
  readonly changeToDiagnosticsMaxMs: number;
  readonly requests: number;
  readonly hoverMs: number;
  readonly hoverMaxMs: number;
  readonly completionMs: number;
  readonly completionMaxMs: number;
}

/**
 * A dfa of `lines` lines (at least 9): a ring of states over {a, b}, two transitions per state. Valid, so every timed
 * change (one symbol made unknown, then put back) turns one error on or off.
 */
export function benchDocument(lines: number): { text: string; states: number } {
  const states = Math.max(2, Math.floor((lines - 5) / 2));
  const out = ['dfa Ring {', '  alphabet a, b', '  start s0', '  accept s0'];
  if ((lines - 5) % 2 === 1) out.push('  // a ring: s(i) -> s(i + 1) on a, a loop on b');
  for (let i = 0; i < states; i++) {
    out.push(`  s${i} -> s${(i + 1) % states} on a`, `  s${i} -> s${i} on b`);
  }
  out.push('}');
  return { text: `${out.join('\n')}\n`, states };
}

/** Starts `cdam lsp`, opens the document, and times changes, hovers and completions in the middle of it. */
export async function benchLanguageServer(
  plan: LanguageServerPlan,
  log: (line: string) => void,
): Promise<LanguageServerFigure> {
  const { text, states } = benchDocument(plan.lines);
  const uri = 'file:///bench/ring.fsa';
  const client = LspClient.startCdam();
  try {
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'fsa', version: 1, text } });
    await client.waitFor('textDocument/publishDiagnostics', (p: { uri: string }) => p.uri === uri);
    log(`language server: ${plan.lines}-line document open`);

    // the `a` at the end of the transition line in the middle of the file
    const line = text.split('\n').findIndex((l) => l.startsWith(`  s${Math.floor(states / 2)} ->`));
    const lineText = text.split('\n')[line]!;
    const symbolAt = lineText.length - 1;
    const changes: number[] = [];
    for (let i = 0; i < plan.changes; i++) {
      const version = i + 2;
      const range = { start: { line, character: symbolAt }, end: { line, character: symbolAt + 1 } };
      const started = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text: i % 2 === 0 ? 'c' : 'a' }],
      });
      await client.waitFor(
        'textDocument/publishDiagnostics',
        (p: { uri: string; version?: number }) => p.uri === uri && p.version === version,
      );
      changes.push(performance.now() - started);
    }
    log(`language server: ${plan.changes} changes timed`);

    const time = async (method: string, params: object) => {
      const times: number[] = [];
      for (let i = 0; i < plan.requests; i++) {
        const started = performance.now();
        await client.request(method, params);
        times.push(performance.now() - started);
      }
      return times;
    };
    const document = { uri };
    const hover = await time('textDocument/hover', { textDocument: document, position: { line, character: 3 } });
    const completion = await time('textDocument/completion', {
      textDocument: document,
      position: { line, character: lineText.indexOf('->') + 3 },
    });
    log(`language server: ${plan.requests} hovers and completions timed`);
    await client.stop();
    return {
      lines: text.split('\n').length - 1,
      states,
      recheckDelayMs: RECHECK_DELAY_MS,
      changes: changes.length,
      changeToDiagnosticsMs: median(changes),
      changeToDiagnosticsMaxMs: Math.max(...changes),
      requests: plan.requests,
      hoverMs: median(hover),
      hoverMaxMs: Math.max(...hover),
      completionMs: median(completion),
      completionMaxMs: Math.max(...completion),
    };
  } finally {
    client.kill();
  }
}
