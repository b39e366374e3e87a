import { formatDiagnostics, type Diagnostic } from '@cdam/language';
import { withNewline } from './output.js';

/**
 * How many diagnostics of one file a command prints as text: enough to fix in one sitting, few enough that
 * a binary or badly broken file does not scroll the terminal away. `cdam check --format json` prints all.
 */
export const TEXT_DIAGNOSTIC_LIMIT = 50;

/** Where the diagnostics point, and the command line that prints all of them (for the line after the cut). */
export interface DiagnosticsSource {
  readonly fileName: string;
  readonly source: string;
  readonly seeAll?: string;
}

/** Diagnostics as compiler-style text, at most TEXT_DIAGNOSTIC_LIMIT of them, ending in a newline (or empty). */
export function diagnosticsText(diagnostics: readonly Diagnostic[], { fileName, source, seeAll }: DiagnosticsSource) {
  const advice = 'fix the first ones and run again';
  return withNewline(
    formatDiagnostics(diagnostics, {
      fileName,
      source,
      limit: TEXT_DIAGNOSTIC_LIMIT,
      limitAdvice: seeAll === undefined ? advice : `${advice}, or see all with ${seeAll}`,
    }),
  );
}

/** The `cdam check` command line that lists every diagnostic of `fileName`. */
export function checkAsJson(fileName: string): string {
  return `'cdam check --format json ${fileName}'`;
}
