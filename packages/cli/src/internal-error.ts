/**
 * The message for an exception that reached the top of `cdam`: a bug, never a user error
 * (those are diagnostics or usage errors). No stack trace; the user is asked to report it.
 */
export function formatInternalError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `cdam: internal error: ${message}\nplease report this, with the command you ran, to the cdam issue tracker\n`;
}
