import type { Diagnostic } from '@cdam/language';

/**
 * What the editor asks of a language service. Today a worker runs the language package's checks; a
 * fuller service (hover, completion, quick fixes) can take its place behind the same interface.
 */
export interface LanguageService {
  /** Diagnostics of `text`, or null when a later call superseded this one before it ran. */
  diagnose(text: string): Promise<readonly Diagnostic[] | null>;
  dispose(): void;
}

/** A request to the worker and its answer. */
export interface DiagnoseRequest {
  readonly id: number;
  readonly text: string;
}
export interface DiagnoseResponse {
  readonly id: number;
  readonly diagnostics: readonly Diagnostic[] | null;
}

/** The language service in a web worker, so checking a long file never blocks typing. */
export function workerLanguageService(): LanguageService {
  const worker = new Worker(new URL('./service-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (diagnostics: readonly Diagnostic[] | null) => void>();
  let next = 0;
  worker.addEventListener('message', (event: MessageEvent<DiagnoseResponse>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data.diagnostics);
  });
  return {
    diagnose(text) {
      const id = ++next;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ id, text } satisfies DiagnoseRequest);
      });
    },
    dispose() {
      worker.terminate();
      pending.clear();
    },
  };
}
