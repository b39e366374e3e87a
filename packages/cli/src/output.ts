import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';

/** `text` ending in exactly the newline it had, or one added when it had none (empty stays empty). */
export function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** Writes a command's product to `outPath` when given (`-o`), else to stdout. */
export async function emitOutput(io: Io, text: string, outPath: string | undefined): Promise<ExitCode> {
  if (outPath === undefined || outPath === '-') {
    io.out(withNewline(text));
    return ExitCode.Ok;
  }
  const written = await io.writeFile(outPath, withNewline(text));
  if (!written.ok) {
    io.err(`cdam: ${written.message}\n`);
    return ExitCode.Errors;
  }
  return ExitCode.Ok;
}
