import type { NetworkParameters } from '@cdam/language';
import type { Encoding, StateCodeKind } from './codes.js';

/** Default schedule (docs/compiler.md): anti-Hebbian a = -1, h = 2 (a + h = 1), one-shot eta = 1, K = 2. */
export const DEFAULT_AUTO = -1;
export const DEFAULT_HETERO = 2;
export const DEFAULT_ETA = 1;
export const DEFAULT_ITERATIONS = 2;
export const DEFAULT_SEED = 0;
export const DEFAULT_ENCODING: Encoding = 'bipolar';

/**
 * Options of `compileAutomaton`. The network parameters override the file's `network { ... }` block;
 * anything left unset is chosen by the compiler.
 */
export interface CompileOptions extends NetworkParameters {
  /** The source text the spec came from; its sha256 goes into the artifact (else the spec's canonical JSON is hashed). */
  readonly sourceText?: string;
  /** Cap for determinising an NFA (default: that of `@cdam/automata`). */
  readonly maxStates?: number;
  /**
   * Only this kind of bipolar state codes (a library option for comparisons and tests). Without it, every
   * neuron count tries designed codes first and random ones when the designed are not safe.
   */
  readonly stateCodes?: StateCodeKind;
}

/** Parameters after merging file and options, before the compiler fills in neurons and beta. */
export interface RequestedParameters {
  readonly neurons?: number;
  readonly beta?: number;
  readonly seed: number;
  readonly a: number;
  readonly h: number;
  readonly eta: number;
  readonly iterations: number;
  readonly encoding: Encoding;
}

/** Merges the file's parameters with the options (options win) and checks the ranges of the language. */
export function requestParameters(
  file: NetworkParameters,
  options: CompileOptions,
): { kind: 'ok'; parameters: RequestedParameters } | { kind: 'error'; message: string } {
  const pick = <K extends keyof NetworkParameters>(key: K): NetworkParameters[K] => options[key] ?? file[key];
  const problems: string[] = [];
  const check = (name: string, value: number | undefined, ok: (v: number) => boolean, range: string) => {
    if (value !== undefined && !(typeof value === 'number' && ok(value))) {
      problems.push(`parameter '${name}' = ${String(value)} is out of range: expected ${range}`);
    }
  };
  const isInt = (v: number) => Number.isInteger(v);
  const neurons = pick('neurons');
  const seed = pick('seed');
  const beta = pick('beta');
  const auto = pick('auto');
  const hetero = pick('hetero');
  const eta = pick('eta');
  const iterations = pick('iterations');
  const encoding = pick('encoding');
  check('neurons', neurons, (v) => isInt(v) && v >= 2 && v <= 1_000_000, 'an integer from 2 to 1000000');
  check('seed', seed, (v) => isInt(v) && v >= 0 && v <= 4294967295, 'an integer from 0 to 4294967295');
  check('beta', beta, (v) => Number.isFinite(v) && v > 0 && v <= 1e6, 'a number > 0 and <= 1e6');
  check('auto', auto, (v) => Number.isFinite(v) && v >= -100 && v <= 100, 'a number from -100 to 100');
  check('hetero', hetero, (v) => Number.isFinite(v) && v >= -100 && v <= 100, 'a number from -100 to 100');
  check('eta', eta, (v) => Number.isFinite(v) && v > 0 && v <= 1, 'a number > 0 and <= 1');
  check('iterations', iterations, (v) => isInt(v) && v >= 1 && v <= 10000, 'an integer from 1 to 10000');
  if (encoding !== undefined && encoding !== 'bipolar' && encoding !== 'uniform') {
    problems.push(`parameter 'encoding' = ${String(encoding)} is not valid: expected bipolar or uniform`);
  }
  if (problems.length > 0) return { kind: 'error', message: problems.join('; ') };
  return {
    kind: 'ok',
    parameters: {
      ...(neurons !== undefined ? { neurons } : {}),
      ...(beta !== undefined ? { beta } : {}),
      seed: seed ?? DEFAULT_SEED,
      a: auto ?? DEFAULT_AUTO,
      h: hetero ?? DEFAULT_HETERO,
      eta: eta ?? DEFAULT_ETA,
      iterations: iterations ?? DEFAULT_ITERATIONS,
      encoding: encoding ?? DEFAULT_ENCODING,
    },
  };
}

/**
 * Whether (a, h, eta, K) are in the regime where the schedule is exact (docs/compiler.md): eta = 1,
 * K >= 2, h > 0, h > a, a + h > 0. Outside it the compiler still builds the network, with warnings.
 */
export function scheduleProblems(a: number, h: number, eta: number, iterations: number): string[] {
  const problems: string[] = [];
  if (eta !== 1)
    problems.push(
      `eta = ${eta} is not 1: each update keeps part of the old state, so the schedule no longer jumps in one step`,
    );
  if (iterations < 2)
    problems.push(
      `iterations = ${iterations}: the network needs 2 iterations per input (attend and jump, then settle)`,
    );
  if (!(h > 0)) problems.push(`hetero = ${h} is not positive: nothing moves the state along a transition`);
  else if (!(h > a))
    problems.push(`hetero = ${h} is not larger than auto = ${a}: the attended conjunction outweighs its successor`);
  if (!(a + h > 0)) problems.push(`auto + hetero = ${a + h} is not positive: a settled state does not hold itself`);
  return problems;
}
