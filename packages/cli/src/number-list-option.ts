import { parseNumberOption, type NumberRange, type OptionValue } from './option-values.js';

/** A comma-separated list of numbers in the range (`1,0.5,-1`); at least one, spaces allowed. */
export function parseNumberList(flag: string, text: string, range: NumberRange): OptionValue<number[]> {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => part === '')) {
    return { ok: false, message: `option '${flag}' must be a comma-separated list of numbers, got '${text}'` };
  }
  const values: number[] = [];
  for (const part of parts) {
    const parsed = parseNumberOption(flag, part, range);
    if (!parsed.ok)
      return { ok: false, message: `${parsed.message.replace(/, got '.*'$/, '')}, got '${part}' in '${text}'` };
    values.push(parsed.value);
  }
  return { ok: true, value: values };
}
