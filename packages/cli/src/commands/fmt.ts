import { formatSource } from '@cdam/language';
import { checkAsJson, diagnosticsText } from '../diagnostics-text.js';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { inputError, usageError } from '../usage.js';

export interface FmtOptions {
  /** Rewrite the file in place (only when its layout changes). */
  readonly write?: boolean;
  /** Only check: exit 1 when the file is not in canonical layout. */
  readonly check?: boolean;
}

/**
 * `text` (LF line ends) with the line ends of `source`: CRLF when its first line ends in CRLF. A
 * formatter that turned every line of a Windows checkout into a change would fail `--check` everywhere.
 */
export function withLineEndsOf(source: string, text: string): string {
  const firstEnd = source.indexOf('\n');
  return firstEnd > 0 && source[firstEnd - 1] === '\r' ? text.replace(/\r?\n/g, '\r\n') : text;
}

/**
 * `cdam fmt <file>`: prints the file in canonical layout on stdout, or with `--write` rewrites it,
 * or with `--check` reports whether it is formatted. A file with parse errors is refused:
 * its diagnostics go to stderr and the exit code is 1.
 */
export async function fmtCommand(file: string, options: FmtOptions, io: Io): Promise<ExitCode> {
  if (options.write && options.check)
    return usageError(io, 'fmt', "options '--write' and '--check' cannot be used together");
  const read = await io.readFile(file);
  if (!read.ok) return inputError(io, read.message);
  const source = read.value;
  const result = formatSource(source);
  if (result.text === undefined) {
    io.err(diagnosticsText(result.diagnostics, { fileName: file, source, seeAll: checkAsJson(file) }));
    io.err(`cdam: '${file}' has syntax errors; fix them before formatting\n`);
    return ExitCode.Errors;
  }
  const formatted = withLineEndsOf(source, result.text);
  const changed = formatted !== source;
  if (options.check) {
    if (!changed) return ExitCode.Ok;
    io.err(`cdam: '${file}' is not formatted; run 'cdam fmt --write ${file}'\n`);
    return ExitCode.Errors;
  }
  if (options.write) {
    if (!changed) return ExitCode.Ok;
    const written = await io.writeFile(file, formatted);
    if (!written.ok) return inputError(io, written.message);
    io.err(`formatted '${file}'\n`);
    return ExitCode.Ok;
  }
  io.out(formatted);
  return ExitCode.Ok;
}
