import { PARAMETER_NAMES, type ParameterName, type ParameterValueAst } from '../ast.js';
import type { NetworkParameters } from '../spec.js';

/** What a parameter accepts, as a check and as words for a hint. */
interface ParameterRule {
  /** Completes "'<name>' must be ...". */
  readonly expected: string;
  /** The value to store, or `undefined` when `value` is out of range or of the wrong kind. */
  readonly accept: (value: ParameterValueAst) => number | string | undefined;
}

const integerIn =
  (min: number, max: number) =>
  (value: ParameterValueAst): number | undefined =>
    value.kind === 'number' && Number.isInteger(value.value) && value.value >= min && value.value <= max
      ? value.value
      : undefined;

const numberWhere =
  (test: (x: number) => boolean) =>
  (value: ParameterValueAst): number | undefined =>
    value.kind === 'number' && Number.isFinite(value.value) && test(value.value) ? value.value : undefined;

/** The values `encoding` accepts. */
export const ENCODINGS = ['bipolar', 'uniform'] as const;

/** The ranges agreed in the team brief; `resolve` stores only values that pass them. */
export const PARAMETER_RULES: Readonly<Record<ParameterName, ParameterRule>> = {
  neurons: { expected: 'an integer from 2 to 1000000', accept: integerIn(2, 1_000_000) },
  seed: { expected: 'an integer from 0 to 4294967295', accept: integerIn(0, 4_294_967_295) },
  beta: { expected: 'a number above 0 and at most 1e6', accept: numberWhere((x) => x > 0 && x <= 1e6) },
  auto: { expected: 'a number from -100 to 100', accept: numberWhere((x) => x >= -100 && x <= 100) },
  hetero: { expected: 'a number from -100 to 100', accept: numberWhere((x) => x >= -100 && x <= 100) },
  eta: { expected: 'a number above 0 and at most 1', accept: numberWhere((x) => x > 0 && x <= 1) },
  iterations: { expected: 'an integer from 1 to 10000', accept: integerIn(1, 10_000) },
  encoding: {
    expected: `'bipolar' or 'uniform'`,
    accept: (value) =>
      value.kind === 'word' && (ENCODINGS as readonly string[]).includes(value.value) ? value.value : undefined,
  },
};

/** Whether `name` is one of the eight known parameters. */
export function isParameterName(name: string): name is ParameterName {
  return (PARAMETER_NAMES as readonly string[]).includes(name);
}

/** Sets `name` to `value` in a parameters object under construction when the value passes its rule. */
export function acceptParameter(
  target: { -readonly [K in keyof NetworkParameters]?: NetworkParameters[K] },
  name: ParameterName,
  value: ParameterValueAst,
): boolean {
  const accepted = PARAMETER_RULES[name].accept(value);
  if (accepted === undefined) return false;
  (target as Record<string, unknown>)[name] = accepted;
  return true;
}

/** Dwell counts: whole ticks from 1 to 10000. */
export const DWELL_RANGE = { min: 1, max: 10_000 } as const;

/** Whether `value` is a whole number of ticks within `DWELL_RANGE`. */
export function isValidDwell(value: number): boolean {
  return Number.isInteger(value) && value >= DWELL_RANGE.min && value <= DWELL_RANGE.max;
}
