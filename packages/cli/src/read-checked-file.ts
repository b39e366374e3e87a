import { checkSource, type CheckedSource } from '@cdam/language';
import { checkAsJson, diagnosticsText } from './diagnostics-text.js';
import type { Io } from './io.js';

export type CheckedFile =
  { readonly ok: true; readonly file: CheckedSource['file']; readonly source: string } | { readonly ok: false };

/**
 * Reads and checks a `.fsa` file for a command that needs a correct one (export, compile, run).
 * On a read failure or any error diagnostic it prints the problem on stderr and returns `{ ok: false }`;
 * warnings are left to `cdam check`.
 */
export async function readCheckedFile(io: Io, fileName: string): Promise<CheckedFile> {
  const read = await io.readFile(fileName);
  if (!read.ok) {
    io.err(`cdam: ${read.message}\n`);
    return { ok: false };
  }
  const { file, diagnostics } = checkSource(read.value);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    io.err(diagnosticsText(errors, { fileName, source: read.value, seeAll: checkAsJson(fileName) }));
    return { ok: false };
  }
  return { ok: true, file, source: read.value };
}
