import { checkSource, hasErrors, toJsonDiagnostics, type CheckedSource, type Diagnostic } from '@cdam/language';
import { diagnosticsText } from '../diagnostics-text.js';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';

export interface CheckOptions {
  readonly format: 'text' | 'json';
}

interface FileReport {
  readonly file: string;
  readonly source: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The diagnostics of a checked file, plus the construction limits of its regexes and derived automata
 * (FSA224) when it has no errors. The compiler is loaded only for a file that has such declarations.
 */
async function withConstruction(checked: CheckedSource): Promise<readonly Diagnostic[]> {
  const built = checked.file.declarations.some((d) => d.kind === 'regex' || d.kind === 'derived');
  if (!built || hasErrors(checked.diagnostics)) return checked.diagnostics;
  const { checkConstruction } = await import('@cdam/compiler');
  const extra = checkConstruction(checked.file);
  return extra.length === 0 ? checked.diagnostics : sortBySpan([...checked.diagnostics, ...extra]);
}

function sortBySpan(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.span.start.offset - b.span.start.offset);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * `cdam check <files...>`: parses and checks each file and prints its diagnostics on stdout.
 * Text: compiler-style diagnostics (at most TEXT_DIAGNOSTIC_LIMIT per file, then a count of the rest), then one
 * summary line over all of them (`2 errors, 1 warning in 3 files`), left out when no file could be read.
 * JSON: one array of diagnostics over all files, nothing else.
 * A file that cannot be read is reported on stderr. Exit 1 when any file has an error or cannot be read.
 */
export async function checkCommand(files: readonly string[], options: CheckOptions, io: Io): Promise<ExitCode> {
  const reports: FileReport[] = [];
  let unreadable = 0;
  for (const file of files) {
    const read = await io.readFile(file);
    if (!read.ok) {
      io.err(`cdam: ${read.message}\n`);
      unreadable++;
      continue;
    }
    reports.push({ file, source: read.value, diagnostics: await withConstruction(checkSource(read.value)) });
  }
  const all = reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  if (options.format === 'json') {
    const json = reports.flatMap((r) => toJsonDiagnostics(r.diagnostics, r.file));
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    // A blank line after each file's diagnostics, as formatDiagnostics puts between blocks within a file.
    for (const r of reports) {
      if (r.diagnostics.length === 0) continue;
      const seeAll = '--format json';
      io.out(`${diagnosticsText(r.diagnostics, { fileName: r.file, source: r.source, seeAll })}\n`);
    }
    // With no file read, a summary could only repeat the 'cannot read' lines on stderr as zeros.
    if (reports.length > 0) {
      const warnings = all.length - errors;
      const notRead = unreadable > 0 ? ` (${plural(unreadable, 'file')} could not be read)` : '';
      io.out(
        `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(reports.length, 'file')}${notRead}\n`,
      );
    }
  }
  return errors > 0 || unreadable > 0 ? ExitCode.Errors : ExitCode.Ok;
}
