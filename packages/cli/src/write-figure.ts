import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';

/**
 * Writes an SVG picture to `path` and says so on stderr (stdout keeps the command's text or JSON).
 * Returns `ExitCode.Errors` when the file cannot be written.
 */
export async function writeFigure(io: Io, path: string, svg: string, what: string): Promise<ExitCode> {
  const written = await io.writeFile(path, svg);
  if (!written.ok) {
    io.err(`cdam: ${written.message}\n`);
    return ExitCode.Errors;
  }
  io.err(`wrote ${what} to ${path}\n`);
  return ExitCode.Ok;
}
