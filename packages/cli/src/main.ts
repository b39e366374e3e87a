#!/usr/bin/env node
import { ExitCode } from './exit-code.js';
import { formatInternalError } from './internal-error.js';
import { nodeIo } from './io.js';
import { runCli } from './program.js';

/** The `cdam` bin: runs the program on the real process; any exception is a bug, reported as one. */
function failInternally(error: unknown): void {
  process.stderr.write(formatInternalError(error));
  process.exitCode = ExitCode.Internal;
}

process.on('uncaughtException', (error) => {
  failInternally(error);
  process.exit(ExitCode.Internal);
});

// A reader that closes the pipe early (`cdam check ... | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? ExitCode.Ok);
  else failInternally(error);
});

runCli(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
}, failInternally);
