#!/usr/bin/env node
import { ExitCode } from './exit-code.js';
import { formatInternalError } from './internal-error.js';
import { nodeIo } from './io.js';
import { runCli } from './program.js';

/**
 * Whether `error` is the system refusing a write to standard output (a full disk, `> /dev/full`, an I/O
 * error): an I/O problem of the run, exit 1, not a bug.
 */
function isOutputError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException | undefined;
  return typeof e?.code === 'string' && e.syscall === 'write';
}

/** The `cdam` bin: runs the program on the real process; any other exception is a bug, reported as one. */
function failInternally(error: unknown): void {
  if (isOutputError(error)) {
    const reason = /^E[A-Z]+: (.*?)(, write)?$/.exec(error.message)?.[1] ?? error.message;
    process.stderr.write(`cdam: cannot write standard output: ${reason}\n`);
    process.exitCode = ExitCode.Errors;
    return;
  }
  process.stderr.write(formatInternalError(error));
  process.exitCode = ExitCode.Internal;
}

process.on('uncaughtException', (error) => {
  failInternally(error);
  process.exit(process.exitCode ?? ExitCode.Internal);
});

// A reader that closes the pipe early (`cdam check ... | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? ExitCode.Ok);
  else failInternally(error);
});

runCli(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
}, failInternally);
