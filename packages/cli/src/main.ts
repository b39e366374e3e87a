#!/usr/bin/env node
import { ExitCode } from './exit-code.js';
import { nodeIo } from './io.js';
import { runCli } from './program.js';

/** The `cdam` bin: runs the program on the real process; any exception is a bug, reported as one. */
function reportInternalError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `cdam: internal error: ${message}\nplease report this at the cdam issue tracker, with the command you ran\n`,
  );
  process.exitCode = ExitCode.Internal;
}

// A reader that closes the pipe early (`cdam check ... | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  else reportInternalError(error);
});

runCli(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
}, reportInternalError);
