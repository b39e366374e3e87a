/// <reference lib="webworker" />
import { compileAutomaton, findAutomatonSpec } from '@cdam/compiler';
import { checkSource, type NetworkParameters } from '@cdam/language';
import { Network, verifyNetwork, type VerifyProgress, type VerifyReport } from '@cdam/runtime';

export interface VerifyRequest {
  readonly source: string;
  readonly automaton: string;
  readonly options: NetworkParameters;
}

export type VerifyMessage =
  | { readonly kind: 'progress'; readonly progress: VerifyProgress }
  | { readonly kind: 'done'; readonly report: VerifyReport }
  | { readonly kind: 'error'; readonly message: string };

// Verification runs here, off the page's thread: compile again (same source, options, seed: the same
// network) and check it against its automaton, posting progress as it goes.
self.addEventListener('message', (event: MessageEvent<VerifyRequest>) => {
  const post = (message: VerifyMessage) => self.postMessage(message);
  const { source, automaton, options } = event.data;
  const found = findAutomatonSpec(checkSource(source).file, automaton);
  if (!found.ok) return post({ kind: 'error', message: found.message });
  const compiled = compileAutomaton(found.declaration, { ...options, sourceText: source });
  if (compiled.kind === 'error') return post({ kind: 'error', message: compiled.error.message });
  let last = 0;
  const result = verifyNetwork(new Network(compiled.network), {
    onProgress: (progress) => {
      // A message per few percent is plenty for a progress bar.
      const now = Math.floor((100 * progress.done) / Math.max(1, progress.total));
      if (now !== last || progress.done === progress.total) post({ kind: 'progress', progress });
      last = now;
    },
  });
  post(result.kind === 'ok' ? { kind: 'done', report: result.report } : { kind: 'error', message: result.message });
});
