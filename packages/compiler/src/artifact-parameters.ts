import type { NetworkParameters } from '@cdam/language';
import { between, fail, field, finite, integer, object, oneOf, string, type JsonObject } from './artifact-fields.js';
import type { Encoding } from './codes.js';
import type { NetworkParams } from './compiled-network.js';

/** The code encodings an artifact may name. */
export const ENCODINGS: readonly Encoding[] = ['bipolar', 'uniform'];

/** The parameters every compiled network runs with, automaton or sequence. */
export type RunParameters = Pick<
  NetworkParams,
  'neurons' | 'seed' | 'encoding' | 'beta' | 'auto' | 'hetero' | 'eta' | 'quiescenceThreshold'
>;

/**
 * Reads the parameters shared by both artifacts from `parameters`, in the ranges of the language (FSA209):
 * outside them a run could overflow to Infinity and then NaN. Throws `FieldError`. O(1).
 */
export function readRunParameters(p: JsonObject): RunParameters {
  const at = (key: string) => field(p, key, 'parameters');
  const beta = finite(at('beta'), 'parameters.beta');
  if (!(beta > 0 && beta <= 1e6)) fail('parameters.beta', `${beta} is not in (0, 1e6]`);
  const eta = finite(at('eta'), 'parameters.eta');
  if (!(eta > 0 && eta <= 1)) fail('parameters.eta', `${eta} is not in (0, 1]`);
  return {
    neurons: integer(at('neurons'), 'parameters.neurons', 2, 1_000_000),
    seed: integer(at('seed'), 'parameters.seed', 0, 4294967295),
    encoding: oneOf(at('encoding'), 'parameters.encoding', ENCODINGS),
    beta,
    auto: between(at('auto'), 'parameters.auto', -100, 100),
    hetero: between(at('hetero'), 'parameters.hetero', -100, 100),
    eta,
    // A Pearson correlation lies in [-1, 1]; the compilers store half the smallest ideal one.
    quiescenceThreshold: between(at('quiescenceThreshold'), 'parameters.quiescenceThreshold', -1, 1),
  };
}

/** `source.sha256` and `source.hashOf` of an artifact. Throws `FieldError`. O(1). */
export function readSourceHash(s: JsonObject): { sha256: string; hashOf: 'text' | 'spec' } {
  const sha256 = string(field(s, 'sha256', 'source'), 'source.sha256');
  if (!/^[0-9a-f]{64}$/.test(sha256)) fail('source.sha256', 'is not a lowercase hex sha256');
  return { sha256, hashOf: oneOf(field(s, 'hashOf', 'source'), 'source.hashOf', ['text', 'spec'] as const) };
}

/** The `network { ... }` block of a stored spec: known keys only, finite numbers, a known encoding. O(keys). */
export function readSpecNetwork(value: unknown, path: string): NetworkParameters {
  const network = object(value, path);
  const parameters: { -readonly [K in keyof NetworkParameters]: NetworkParameters[K] } = {};
  for (const key of Object.keys(network)) {
    const entry = network[key];
    const where = `${path}.${key}`;
    switch (key) {
      case 'encoding':
        parameters.encoding = oneOf(entry, where, ENCODINGS);
        break;
      case 'neurons':
      case 'seed':
      case 'beta':
      case 'auto':
      case 'hetero':
      case 'eta':
      case 'iterations':
        parameters[key] = finite(entry, where);
        break;
      default:
        fail(where, 'is not a network parameter');
    }
  }
  return parameters;
}

/**
 * The two parts `first` + `second` of `parameters.neurons` (state and input, item and context), each at
 * least 1, summing to `neurons`. Throws `FieldError`. O(1).
 */
export function readNeuronSplit(p: JsonObject, neurons: number, first: string, second: string): [number, number] {
  const a = integer(field(p, first, 'parameters'), `parameters.${first}`, 1, neurons);
  const b = integer(field(p, second, 'parameters'), `parameters.${second}`, 1, neurons);
  if (a + b !== neurons) fail('parameters', `${first} ${a} + ${second} ${b} is not neurons ${neurons}`);
  return [a, b];
}
