import type { Diagnostic } from '@cdam/language';

/** One replacement in the text, by UTF-16 offsets (CodeMirror's and the language package's unit). */
export interface Change {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** A one-click fix for a diagnostic, from the language service's quick fixes. */
export interface QuickFix {
  readonly title: string;
  readonly changes: readonly Change[];
}

/** The diagnostics of a text, with the quick fixes of each (same index). */
export interface Checked {
  readonly diagnostics: readonly Diagnostic[];
  readonly fixes: readonly (readonly QuickFix[])[];
}

/** What is under the cursor, as the language service's Markdown, and the span it is about. */
export interface HoverInfo {
  readonly from: number;
  readonly to: number;
  readonly markdown: string;
}

/** A completion the language service offers, in CodeMirror's terms. */
export interface CompletionOption {
  readonly label: string;
  /** CodeMirror's completion type (icon): keyword, variable, constant, property, ... */
  readonly type: string;
  readonly detail?: string;
  readonly info?: string;
  readonly apply: string;
}

/**
 * What the editor asks of the language service. A web worker runs `@cdam/language-service` and answers by
 * offsets; every request carries the text it is about, so an answer never refers to another version.
 */
export interface LanguageService {
  /** Diagnostics and quick fixes of `text`, or null when a later check superseded this one before it ran. */
  diagnose(text: string): Promise<Checked | null>;
  hover(text: string, offset: number): Promise<HoverInfo | null>;
  complete(text: string, offset: number): Promise<readonly CompletionOption[]>;
  /** Where the name at `offset` is declared (the first place, when declared twice), or null. */
  definition(text: string, offset: number): Promise<number | null>;
  /** The edits that format `text` as `cdam fmt` does (none when it is formatted or does not parse). */
  format(text: string): Promise<readonly Change[]>;
  dispose(): void;
}

/** A request to the worker and its answer. */
export type ServiceRequest =
  | { readonly id: number; readonly kind: 'diagnose'; readonly text: string }
  | {
      readonly id: number;
      readonly kind: 'hover' | 'complete' | 'definition';
      readonly text: string;
      readonly offset: number;
    }
  | { readonly id: number; readonly kind: 'format'; readonly text: string };

export interface ServiceAnswers {
  diagnose: Checked | null;
  hover: HoverInfo | null;
  complete: readonly CompletionOption[];
  definition: number | null;
  format: readonly Change[];
}

/** The answer, or, when the service failed on this text, what the request falls back to and why. */
export interface ServiceResponse {
  readonly id: number;
  readonly answer: ServiceAnswers[keyof ServiceAnswers];
  readonly error?: string;
}

/** The language service in a web worker, so checking a long file never blocks typing. */
export function workerLanguageService(): LanguageService {
  const worker = new Worker(new URL('./service-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (answer: ServiceResponse['answer']) => void>();
  let next = 0;
  worker.addEventListener('message', (event: MessageEvent<ServiceResponse>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.error !== undefined) console.warn(`language service: ${event.data.error}`);
    resolve?.(event.data.answer);
  });
  const ask = <K extends keyof ServiceAnswers>(kind: K, text: string, offset?: number): Promise<ServiceAnswers[K]> => {
    const id = ++next;
    return new Promise((resolve) => {
      pending.set(id, resolve as (answer: ServiceResponse['answer']) => void);
      worker.postMessage({ id, kind, text, offset } as ServiceRequest);
    });
  };
  return {
    diagnose: (text) => ask('diagnose', text),
    hover: (text, offset) => ask('hover', text, offset),
    complete: (text, offset) => ask('complete', text, offset),
    definition: (text, offset) => ask('definition', text, offset),
    format: (text) => ask('format', text),
    dispose() {
      worker.terminate();
      pending.clear();
    },
  };
}
