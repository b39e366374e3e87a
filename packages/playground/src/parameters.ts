import type { NetworkParameters } from '@cdam/language';

/** The compile parameters the page lets you set, by their `network { ... }` names. */
export type ParameterKey = keyof NetworkParameters;

export interface ParameterField {
  readonly key: ParameterKey;
  readonly label: string;
  readonly help: string;
}

export const PARAMETER_FIELDS: readonly ParameterField[] = [
  { key: 'neurons', label: 'neurons n', help: 'total neurons (state + input); empty: the smallest safe size' },
  { key: 'seed', label: 'seed', help: 'seed of the codes' },
  { key: 'beta', label: 'beta β', help: 'inverse temperature; empty: chosen by the compiler' },
  { key: 'auto', label: 'a', help: 'auto-association strength' },
  { key: 'hetero', label: 'h', help: 'hetero-association strength' },
  { key: 'eta', label: 'eta η', help: 'step size, in (0, 1]' },
  { key: 'iterations', label: 'K', help: 'iterations per input' },
  { key: 'encoding', label: 'encoding', help: 'bipolar or uniform codes' },
];

export type ParameterInputs = Record<ParameterKey, HTMLInputElement | HTMLSelectElement>;

export interface ReadParameters {
  /** False when some field is not a number (each such field shows why). */
  readonly ok: boolean;
  /** The values given (empty fields are left to the file and the compiler). */
  readonly options: NetworkParameters;
  /** Shows each `parameter 'name' ...` problem of a compile error next to its field. */
  explain(message: string): void;
}

/** Reads the fields; a field that is not a number gets its message in place. */
export function readParameters(
  inputs: ParameterInputs,
  errors: ReadonlyMap<ParameterKey, HTMLElement>,
): ReadParameters {
  const options: Record<string, number | string> = {};
  let ok = true;
  for (const { key, label } of PARAMETER_FIELDS) {
    const text = inputs[key].value.trim();
    const error = errors.get(key)!;
    error.textContent = '';
    inputs[key].removeAttribute('aria-invalid');
    if (text === '') continue;
    if (key === 'encoding') {
      options[key] = text;
      continue;
    }
    const value = Number(text);
    if (!Number.isFinite(value)) {
      ok = false;
      error.textContent = `'${text}' is not a number; write ${label} as e.g. ${key === 'eta' ? '0.5' : '64'}`;
      inputs[key].setAttribute('aria-invalid', 'true');
      continue;
    }
    options[key] = value;
  }
  return {
    ok,
    options: options as NetworkParameters,
    explain(message) {
      for (const problem of message.split('; ')) {
        const key = /^parameter '(\w+)'/.exec(problem)?.[1] as ParameterKey | undefined;
        const error = key === undefined ? undefined : errors.get(key);
        if (!error || key === undefined) continue;
        error.textContent = problem.replace(/^parameter '\w+' = /, '');
        inputs[key].setAttribute('aria-invalid', 'true');
      }
    },
  };
}
