/**
 * Validation of option values given as text on the command line. Each parser returns the
 * value or a message naming the flag, what it accepts, and what the user wrote.
 */
export type OptionValue<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface NumberRange {
  readonly min: number;
  readonly max: number;
  /** Whether `min` itself is excluded (e.g. `--beta` must be > 0). */
  readonly minExclusive?: boolean;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function describeRange(range: NumberRange): string {
  return range.minExclusive
    ? `greater than ${range.min} and at most ${range.max}`
    : `from ${range.min} to ${range.max}`;
}

/** An integer in `[min, max]`, written in plain decimal (`512`, not `5e2` or `0x200`). */
export function parseIntegerOption(flag: string, text: string, range: NumberRange): OptionValue<number> {
  const value = /^[+-]?\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    return { ok: false, message: `option '${flag}' must be an integer ${describeRange(range)}, got '${text}'` };
  }
  return { ok: true, value };
}

/** A finite decimal number in the range (`0.5`, `-1`, `1e-3`). */
export function parseNumberOption(flag: string, text: string, range: NumberRange): OptionValue<number> {
  const value = NUMBER.test(text.trim()) ? Number(text.trim()) : NaN;
  const tooLow = range.minExclusive ? value <= range.min : value < range.min;
  if (!Number.isFinite(value) || tooLow || value > range.max) {
    return { ok: false, message: `option '${flag}' must be a number ${describeRange(range)}, got '${text}'` };
  }
  return { ok: true, value };
}

/** One of a fixed list of words. */
export function parseChoiceOption<T extends string>(flag: string, text: string, choices: readonly T[]): OptionValue<T> {
  const choice = choices.find((c) => c === text);
  if (choice === undefined) {
    return { ok: false, message: `option '${flag}' must be one of ${choices.join(', ')}, got '${text}'` };
  }
  return { ok: true, value: choice };
}
