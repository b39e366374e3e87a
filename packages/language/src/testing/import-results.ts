import type { ImportResult } from '../interchange/import-result.js';

/** The spec of a successful import; throws with the diagnostics' messages (failing the test) otherwise. */
export function importedSpec<T>(result: ImportResult<T>): T {
  if (result.kind === 'error') throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.spec;
}

/** `CODE message` for each diagnostic of a failed import; throws when the import succeeded. */
export function importErrors(result: ImportResult<unknown>): string[] {
  if (result.kind === 'ok') throw new Error('expected an import error');
  return result.diagnostics.map((d) => `${d.code} ${d.message}`);
}

/** A cdam-written `.jff` as JFLAP would save it again: without cdam's `<!--cdam:...-->` comment lines. */
export function stripCdamComments(xml: string): string {
  return xml.replace(/<!--cdam:[^\n]*-->&#13;\n/g, '');
}
