import { visibleText } from './visible-path.js';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';

/** The one shape of every usage error: `cdam: <message> (see 'cdam <command> --help')`. */
export function usageMessage(commandPath: string, message: string): string {
  return `cdam: ${message} (see '${commandPath} --help')`;
}

/** Prints a usage error for `cdam <command>` and returns `ExitCode.Usage`. */
export function usageError(io: Io, command: string, message: string): ExitCode {
  io.err(`${usageMessage(`cdam ${command}`, message)}\n`);
  return ExitCode.Usage;
}

/** Prints `cdam: <message>` (an input problem that is not a diagnostic) and returns `ExitCode.Errors`. */
export function inputError(io: Io, message: string): ExitCode {
  io.err(`cdam: ${visibleText(message)}\n`);
  return ExitCode.Errors;
}
