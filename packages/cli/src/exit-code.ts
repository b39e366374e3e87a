/**
 * Process exit codes of the `cdam` command line.
 * 0: success; 1: the input has errors (diagnostics, unreadable file, failed check);
 * 2: usage error (unknown command or option, missing argument, bad option value);
 * 70: internal error (a bug; EX_SOFTWARE from sysexits.h).
 */
export const ExitCode = { Ok: 0, Errors: 1, Usage: 2, Internal: 70 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
