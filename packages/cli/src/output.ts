import { resolve } from 'node:path';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { usageError } from './usage.js';

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

/**
 * A usage error (exit 2) when an output flag names the input file, which writing would replace
 * (`cdam compile a.fsa -o a.fsa`), when it is empty (`-o ''`), or when two output flags name one file, so
 * that one picture would silently replace the other (`--svg x.svg --graph-svg x.svg`); undefined when every
 * output is elsewhere. Paths are compared after resolving them against the working directory, so `./a.fsa`
 * and `a.fsa` are the same file, and then with `io.sameFile`, so a symbolic or hard link to the input is the
 * input too. `input` is undefined for a command that reads no file (`cdam modes --graph cycle:30`).
 */
export function refuseToOverwriteInput(
  io: Io,
  command: string,
  input: string | undefined,
  outputs: readonly (readonly [flag: string, path: string | undefined])[],
): ExitCode | undefined {
  const given = outputs.filter((output): output is readonly [string, string] => output[1] !== undefined);
  for (const [flag, path] of given) {
    if (path === '') return usageError(io, command, `option '${flag}' needs a file name, got ''`);
  }
  const files = given.filter(([, path]) => path !== '-');
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const [[flagA, pathA], [flagB, pathB]] = [files[i], files[j]];
      if (resolve(io.cwd, pathA) !== resolve(io.cwd, pathB)) continue;
      return usageError(
        io,
        command,
        `'${flagA} ${pathA}' and '${flagB} ${pathB}' name the same file; one would replace the other, so give two paths`,
      );
    }
  }
  if (input === undefined) return undefined;
  for (const [flag, path] of files) {
    if (resolve(io.cwd, path) !== resolve(io.cwd, input) && io.sameFile?.(path, input) !== true) continue;
    return usageError(
      io,
      command,
      `'${flag} ${path}' is the input file; writing there would replace it, so give another path`,
    );
  }
  return undefined;
}
