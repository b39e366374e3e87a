import type { Dfa } from '@cdam/automata';
import type { AutomatonSpec, NetworkParameters } from '@cdam/language';
import { ARTIFACT_FORMAT, ARTIFACT_VERSION, codesHash } from './artifact.js';
import {
  FieldError,
  array,
  boolean,
  fail,
  field,
  finite,
  finiteOrNull,
  integer,
  integers,
  object,
  oneOf,
  string,
  strings,
  type JsonObject,
} from './artifact-fields.js';
import type { DecisionGaps } from './capacity.js';
import type { CodeBook, Encoding } from './codes.js';
import type { CompileReport, CompiledNetwork, CompiledSource, NetworkParams } from './compiled-network.js';
import { MAX_CODE_ENTRIES, MAX_XI_ENTRIES } from './limits.js';
import { buildMemoryEdges } from './memory-graph.js';
import { buildPatterns, meanPattern } from './patterns.js';

export type LoadResult =
  { readonly kind: 'ok'; readonly network: CompiledNetwork } | { readonly kind: 'error'; readonly message: string };

const ENCODINGS: readonly Encoding[] = ['bipolar', 'uniform'];
const MAX_INT = 2 ** 31 - 1;

/**
 * Reads an artifact written by `toArtifact`. Checks the format and version, every length and index
 * range, that numbers are finite, that the codes match their sha256, and that the patterns and memory
 * graph are exactly those of the stored DFA. Corrupt or foreign input gives `{ kind: 'error' }` with a
 * message naming the field; this function never throws. O(p + n · p) (it recomputes xī).
 */
export function loadArtifact(text: string): LoadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      kind: 'error',
      message: `not a cdam-network artifact: the text is not valid JSON (${(error as Error).message})`,
    };
  }
  try {
    return { kind: 'ok', network: readNetwork(parsed) };
  } catch (error) {
    if (error instanceof FieldError)
      return { kind: 'error', message: `invalid cdam-network artifact: ${error.message}` };
    // Not a field problem (e.g. memory ran out): still a value, never an exception of the API.
    return {
      kind: 'error',
      message: `invalid cdam-network artifact: artifact: could not be read (${(error as Error)?.message ?? String(error)})`,
    };
  }
}

function readNetwork(value: unknown): CompiledNetwork {
  const root = object(value, 'artifact');
  const format = field(root, 'format', '');
  if (format !== ARTIFACT_FORMAT) fail('format', `expected '${ARTIFACT_FORMAT}', found ${JSON.stringify(format)}`);
  const version = field(root, 'version', '');
  if (version !== ARTIFACT_VERSION) {
    fail('version', `${JSON.stringify(version)} is not supported (this reader knows version ${ARTIFACT_VERSION})`);
  }
  const name = string(field(root, 'name', ''), 'name');
  const params = readParameters(object(field(root, 'parameters', ''), 'parameters'));
  const { dfa, deadState } = readAutomaton(object(field(root, 'automaton', ''), 'automaton'));
  const codes = readCodes(object(field(root, 'codes', ''), 'codes'), params, dfa);
  const patterns = buildPatterns(dfa);
  if (params.neurons * patterns.count > MAX_XI_ENTRIES) {
    fail(
      'parameters.neurons',
      `${params.neurons} neurons for ${patterns.count} patterns make a matrix Xi of more than ${MAX_XI_ENTRIES} entries, the limit of a compiled network`,
    );
  }
  const storedPatterns = object(field(root, 'patterns', ''), 'patterns');
  integer(field(storedPatterns, 'count', 'patterns'), 'patterns.count', patterns.count, patterns.count);
  const state = integers(
    field(storedPatterns, 'state', 'patterns'),
    'patterns.state',
    0,
    dfa.states.length - 1,
    patterns.count,
  );
  const input = integers(
    field(storedPatterns, 'input', 'patterns'),
    'patterns.input',
    0,
    dfa.alphabet.length,
    patterns.count,
  );
  for (let mu = 0; mu < patterns.count; mu++) {
    if (state[mu] !== patterns.state[mu] || input[mu] !== patterns.input[mu]) {
      fail(`patterns[${mu}]`, `(state ${state[mu]}, input ${input[mu]}) does not match the automaton's pattern order`);
    }
  }
  const edges = buildMemoryEdges(dfa, patterns);
  const graph = object(field(root, 'memoryGraph', ''), 'memoryGraph');
  const edgeList = array(field(graph, 'edges', 'memoryGraph'), 'memoryGraph.edges', edges.count);
  for (let e = 0; e < edges.count; e++) {
    const path = `memoryGraph.edges[${e}]`;
    const [from, to, symbol] = integers(edgeList[e], path, -1, MAX_INT, 3);
    if (from !== edges.from[e] || to !== edges.to[e] || symbol !== edges.symbol[e]) {
      fail(
        path,
        `[${from}, ${to}, ${symbol}] does not match the automaton (expected [${edges.from[e]}, ${edges.to[e]}, ${edges.symbol[e]}])`,
      );
    }
  }
  const source = readSource(object(field(root, 'source', ''), 'source'));
  const report = readReport(object(field(root, 'report', ''), 'report'));
  return { name, dfa, deadState, params, codes, patterns, edges, mean: meanPattern(codes, patterns), report, source };
}

function readParameters(p: JsonObject): NetworkParams {
  const at = (key: string) => field(p, key, 'parameters');
  const neurons = integer(at('neurons'), 'parameters.neurons', 2, 1_000_000);
  const stateNeurons = integer(at('stateNeurons'), 'parameters.stateNeurons', 1, neurons);
  const inputNeurons = integer(at('inputNeurons'), 'parameters.inputNeurons', 1, neurons);
  if (stateNeurons + inputNeurons !== neurons) {
    fail('parameters', `stateNeurons ${stateNeurons} + inputNeurons ${inputNeurons} is not neurons ${neurons}`);
  }
  // The language's ranges (FSA209): outside them a run could overflow to Infinity and then NaN.
  const beta = finite(at('beta'), 'parameters.beta');
  if (!(beta > 0 && beta <= 1e6)) fail('parameters.beta', `${beta} is not in (0, 1e6]`);
  const eta = finite(at('eta'), 'parameters.eta');
  if (!(eta > 0 && eta <= 1)) fail('parameters.eta', `${eta} is not in (0, 1]`);
  return {
    neurons,
    stateNeurons,
    inputNeurons,
    seed: integer(at('seed'), 'parameters.seed', 0, 4294967295),
    encoding: oneOf(at('encoding'), 'parameters.encoding', ENCODINGS),
    beta,
    auto: between(at('auto'), 'parameters.auto', -100, 100),
    hetero: between(at('hetero'), 'parameters.hetero', -100, 100),
    eta,
    iterations: integer(at('iterations'), 'parameters.iterations', 1, 10000),
    // A Pearson correlation lies in [-1, 1]; the compiler stores half the smallest ideal one.
    quiescenceThreshold: between(at('quiescenceThreshold'), 'parameters.quiescenceThreshold', -1, 1),
  };
}

function between(value: unknown, path: string, min: number, max: number): number {
  const number = finite(value, path);
  if (number < min || number > max) fail(path, `${number} is out of range ${min}..${max}`);
  return number;
}

function readAutomaton(a: JsonObject): { dfa: Dfa; deadState: number | null } {
  const alphabet = strings(field(a, 'alphabet', 'automaton'), 'automaton.alphabet');
  const states = strings(field(a, 'states', 'automaton'), 'automaton.states');
  if (states.length === 0) fail('automaton.states', 'is empty');
  unique(alphabet, 'automaton.alphabet');
  unique(states, 'automaton.states');
  const last = states.length - 1;
  const start = integer(field(a, 'start', 'automaton'), 'automaton.start', 0, last);
  const accepting = integers(field(a, 'accepting', 'automaton'), 'automaton.accepting', 0, last);
  const rows = array(field(a, 'delta', 'automaton'), 'automaton.delta', states.length);
  const delta = rows.map((row, q) => [...integers(row, `automaton.delta[${q}]`, 0, last, alphabet.length)]);
  const dead = field(a, 'deadState', 'automaton');
  const deadState = dead === null ? null : integer(dead, 'automaton.deadState', 0, last);
  return { dfa: { alphabet, states, start, accepting: new Set(accepting), delta }, deadState };
}

function unique(names: readonly string[], path: string): void {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (seen.has(name)) fail(`${path}[${i}]`, `${JSON.stringify(name)} appears twice`);
    seen.add(name);
  });
}

function readCodes(c: JsonObject, params: NetworkParams, dfa: Dfa): CodeBook {
  const at = (key: string) => field(c, key, 'codes');
  const encoding = oneOf(at('encoding'), 'codes.encoding', ENCODINGS);
  if (encoding !== params.encoding)
    fail('codes.encoding', `'${encoding}' differs from parameters.encoding '${params.encoding}'`);
  const stateCount = integer(at('stateCount'), 'codes.stateCount', dfa.states.length, dfa.states.length);
  const inputCount = integer(at('inputCount'), 'codes.inputCount', dfa.alphabet.length + 1, dfa.alphabet.length + 1);
  const stateLength = integer(at('stateLength'), 'codes.stateLength', params.stateNeurons, params.stateNeurons);
  const inputLength = integer(at('inputLength'), 'codes.inputLength', params.inputNeurons, params.inputNeurons);
  const entries = stateCount * stateLength + inputCount * inputLength;
  if (entries > MAX_CODE_ENTRIES) {
    fail('codes', `${entries} code entries are more than the limit of ${MAX_CODE_ENTRIES} a compiled network can have`);
  }
  const stateBytes = decodeBase64(at('state'), 'codes.state');
  const inputBytes = decodeBase64(at('input'), 'codes.input');
  const hash = string(at('sha256'), 'codes.sha256');
  const state = decodeCodes(encoding, stateBytes, stateCount, stateLength, 'codes.state');
  const input = decodeCodes(encoding, inputBytes, inputCount, inputLength, 'codes.input');
  if (codesHash(stateBytes, inputBytes) !== hash)
    fail('codes.sha256', 'does not match the code bytes (the codes were changed or damaged)');
  return { encoding, stateCount, stateLength, state, inputCount, inputLength, input };
}

function decodeBase64(value: unknown, path: string): Buffer {
  const text = string(value, path);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) fail(path, 'is not canonical base64');
  return Buffer.from(text, 'base64');
}

function decodeCodes(encoding: Encoding, bytes: Buffer, count: number, length: number, path: string): Float64Array {
  if (encoding === 'uniform') {
    if (bytes.length !== count * length * 8) {
      fail(path, `holds ${bytes.length} bytes, expected ${count * length * 8} (${count} codes of ${length} doubles)`);
    }
    const values = new Float64Array(count * length);
    for (let i = 0; i < values.length; i++) {
      const v = bytes.readDoubleLE(i * 8);
      // Uniform codes are drawn from [0, 1); a larger entry could overflow the products to Infinity.
      if (!(v >= 0 && v < 1)) fail(path, `entry ${i} is ${v}, not a uniform code entry in [0, 1)`);
      values[i] = v;
    }
    return values;
  }
  const stride = Math.ceil(length / 8);
  if (bytes.length !== count * stride) {
    fail(path, `holds ${bytes.length} bytes, expected ${count * stride} (${count} codes of ${length} bits)`);
  }
  const out = new Float64Array(count * length);
  for (let k = 0; k < count; k++) {
    for (let i = 0; i < stride * 8; i++) {
      const bit = (bytes[k * stride + (i >>> 3)] >>> (i & 7)) & 1;
      if (i < length) out[k * length + i] = bit ? 1 : -1;
      else if (bit) fail(path, `code ${k} has a set padding bit ${i} (its length is ${length})`);
    }
  }
  return out;
}

function readSource(s: JsonObject): CompiledSource {
  const sha256 = string(field(s, 'sha256', 'source'), 'source.sha256');
  if (!/^[0-9a-f]{64}$/.test(sha256)) fail('source.sha256', 'is not a lowercase hex sha256');
  return {
    sha256,
    hashOf: oneOf(field(s, 'hashOf', 'source'), 'source.hashOf', ['text', 'spec'] as const),
    spec: readSpec(object(field(s, 'spec', 'source'), 'source.spec')),
  };
}

function readSpec(s: JsonObject): AutomatonSpec {
  const path = 'source.spec';
  const at = (key: string) => field(s, key, path);
  const transitions = array(at('transitions'), `${path}.transitions`).map((t, i) => {
    const where = `${path}.transitions[${i}]`;
    array(t, where, 3);
    const [from, on, to] = strings(t, where);
    return [from, on, to] as const;
  });
  const network = object(at('network'), `${path}.network`);
  const parameters: { -readonly [K in keyof NetworkParameters]: NetworkParameters[K] } = {};
  for (const key of Object.keys(network)) {
    const value = network[key];
    const where = `${path}.network.${key}`;
    switch (key) {
      case 'encoding':
        parameters.encoding = oneOf(value, where, ENCODINGS);
        break;
      case 'neurons':
      case 'seed':
      case 'beta':
      case 'auto':
      case 'hetero':
      case 'eta':
      case 'iterations':
        parameters[key] = finite(value, where);
        break;
      default:
        fail(where, 'is not a network parameter');
    }
  }
  return {
    name: string(at('name'), `${path}.name`),
    kind: oneOf(at('kind'), `${path}.kind`, ['dfa', 'nfa'] as const),
    alphabet: strings(at('alphabet'), `${path}.alphabet`),
    states: strings(at('states'), `${path}.states`),
    start: strings(at('start'), `${path}.start`),
    accept: strings(at('accept'), `${path}.accept`),
    transitions,
    network: parameters,
  };
}

function readReport(r: JsonObject): CompileReport {
  const path = 'report';
  const at = (key: string) => field(r, key, path);
  const num = (key: string) => finite(at(key), `${path}.${key}`);
  const int = (key: string) => integer(at(key), `${path}.${key}`, 0, Number.MAX_SAFE_INTEGER);
  const g = object(at('gaps'), `${path}.gaps`);
  const gap = (key: keyof DecisionGaps) => finiteOrNull(field(g, key, `${path}.gaps`), `${path}.gaps.${key}`);
  const deadState = at('deadState');
  return {
    name: string(at('name'), `${path}.name`),
    neurons: int('neurons'),
    stateNeurons: int('stateNeurons'),
    inputNeurons: int('inputNeurons'),
    patterns: int('patterns'),
    states: int('states'),
    symbols: int('symbols'),
    transitions: int('transitions'),
    determinised: boolean(at('determinised'), `${path}.determinised`),
    deadState: deadState === null ? null : string(deadState, `${path}.deadState`),
    encoding: oneOf(at('encoding'), `${path}.encoding`, ENCODINGS),
    seed: int('seed'),
    kappaState: num('kappaState'),
    kappaInput: num('kappaInput'),
    meanTermSpread: num('meanTermSpread'),
    gaps: { present: gap('present'), jump: gap('jump'), hold: gap('hold'), decode: gap('decode'), worst: gap('worst') },
    requiredGap: num('requiredGap'),
    beta: num('beta'),
    betaChosen: oneOf(at('betaChosen'), `${path}.betaChosen`, ['auto', 'given'] as const),
    minimumBeta: num('minimumBeta'),
    neuronsChosen: oneOf(at('neuronsChosen'), `${path}.neuronsChosen`, ['auto', 'given'] as const),
    candidatesTried: int('candidatesTried'),
    auto: num('auto'),
    hetero: num('hetero'),
    eta: num('eta'),
    iterations: int('iterations'),
    idealCorrelation: num('idealCorrelation'),
    quiescenceThreshold: num('quiescenceThreshold'),
    exact: boolean(at('exact'), `${path}.exact`),
    warnings: strings(at('warnings'), `${path}.warnings`),
  };
}
