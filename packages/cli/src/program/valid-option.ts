import type { CdamCommand } from '../cdam-command.js';
import type { OptionValue } from '../option-values.js';

/** The value of a validated option, or a usage error (exit 2) naming the flag. */
export function valid<T>(command: CdamCommand, result: OptionValue<T>): T {
  if (!result.ok) command.usageError(result.message);
  return result.value;
}

/** Like `valid`, for an option that may be left out: `undefined` when it was not given. */
export function validIfGiven<T>(
  command: CdamCommand,
  text: string | undefined,
  parse: (text: string) => OptionValue<T>,
): T | undefined {
  return text === undefined ? undefined : valid(command, parse(text));
}
