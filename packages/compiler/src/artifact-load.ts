import type { Dfa } from '@cdam/automata';
import type { AutomatonSpec, SpecTransition } from '@cdam/language';
import { ARTIFACT_FORMAT, ARTIFACT_VERSION, TRANSDUCER_ARTIFACT_VERSION } from './artifact.js';
import { readOutputs, readOutputReport, readTransducerSpec } from './artifact-outputs.js';
import { readArtifact, type ArtifactError } from './artifact-envelope.js';
import {
  AUTOMATON_REPORT_PARAMETERS,
  checkReportMatchesParameters,
  checkTableMatchesSource,
  exactnessProblem,
} from './artifact-trust.js';
import {
  ENCODINGS,
  readNeuronSplit,
  readRunParameters,
  readSourceHash,
  readSpecNetwork,
} from './artifact-parameters.js';
import { readCodeBlocks } from './code-bytes.js';
import {
  array,
  fail,
  field,
  fieldsOf,
  integer,
  integers,
  object,
  oneOf,
  string,
  strings,
  type JsonObject,
} from './artifact-fields.js';
import type { CodeBook, StateCodeKind } from './codes.js';
import type { CompileReport, CompiledNetwork, CompiledSource, NetworkParams } from './compiled-network.js';
import { MAX_XI_ENTRIES } from './limits.js';
import { buildMemoryEdges } from './memory-graph.js';
import { buildPatterns, meanPattern } from './patterns.js';

/**
 * A loaded network, with `warnings` about it (an artifact that claims exactness its parameters no longer
 * give: its report then says not exact); or why it cannot be loaded.
 */
export type LoadResult =
  { readonly kind: 'ok'; readonly network: CompiledNetwork; readonly warnings: readonly string[] } | ArtifactError;

const MAX_INT = 2 ** 31 - 1;

/**
 * Reads an artifact written by `toArtifact`. Checks the format and version, every length and index
 * range, that numbers are finite, that the codes match their sha256, that the automaton table is the one
 * its stored source gives, that the patterns and memory graph are exactly those of that table, and that the
 * report states the parameters the network runs with. Corrupt or foreign input gives `{ kind: 'error' }` with a
 * message naming the field; this function never throws. O(p + n · p) (it recomputes xī).
 */
export function loadArtifact(text: string): LoadResult {
  const result = readArtifact(text, ARTIFACT_FORMAT, [ARTIFACT_VERSION, TRANSDUCER_ARTIFACT_VERSION], readNetwork);
  if (result.kind !== 'ok') return result;
  const network = result.value;
  const problem = exactnessProblem(network.report, network.params);
  if (problem === undefined) return { kind: 'ok', network, warnings: [] };
  const warning = `exactness is not guaranteed: ${problem}`;
  const report = { ...network.report, exact: false, warnings: [...network.report.warnings, warning] };
  return { kind: 'ok', network: { ...network, report }, warnings: [warning] };
}

function readNetwork(root: JsonObject): CompiledNetwork {
  const name = string(field(root, 'name', ''), 'name');
  const params = readParameters(object(field(root, 'parameters', ''), 'parameters'));
  const { dfa, deadState } = readAutomaton(object(field(root, 'automaton', ''), 'automaton'));
  const codes = readCodes(object(field(root, 'codes', ''), 'codes'), params, dfa);
  const source = readSource(object(field(root, 'source', ''), 'source'));
  checkTableMatchesSource(dfa, deadState, source);
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
  const report = readReport(object(field(root, 'report', ''), 'report'));
  checkReportMatchesParameters(report, params, AUTOMATON_REPORT_PARAMETERS);
  for (const [key, stored, actual] of [
    ['name', report.name, name],
    ['patterns', report.patterns, patterns.count],
    ['states', report.states, dfa.states.length],
    ['symbols', report.symbols, dfa.alphabet.length],
  ] as const) {
    if (stored !== actual) {
      fail(
        `report.${key}`,
        `is ${JSON.stringify(stored)} but the network has ${JSON.stringify(actual)}: the file was edited`,
      );
    }
  }
  const mean = meanPattern(codes, patterns);
  if (root.version !== TRANSDUCER_ARTIFACT_VERSION) {
    return { name, dfa, deadState, params, codes, patterns, edges, mean, report, source };
  }
  const outputs = readOutputs(object(field(root, 'outputs', ''), 'outputs'), dfa, codes);
  return { name, dfa, deadState, params, codes, patterns, edges, mean, report, source, outputs };
}

function readParameters(p: JsonObject): NetworkParams {
  const common = readRunParameters(p);
  const [stateNeurons, inputNeurons] = readNeuronSplit(p, common.neurons, 'stateNeurons', 'inputNeurons');
  const iterations = integer(field(p, 'iterations', 'parameters'), 'parameters.iterations', 1, 10000);
  return { ...common, stateNeurons, inputNeurons, iterations };
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
  const stateCount = dfa.states.length;
  const inputCount = dfa.alphabet.length + 1;
  const stateLength = params.stateNeurons;
  const inputLength = params.inputNeurons;
  const [state, input] = readCodeBlocks(
    c,
    params.encoding,
    { key: 'state', count: stateCount, length: stateLength },
    { key: 'input', count: inputCount, length: inputLength },
  );
  return { encoding: params.encoding, stateCount, stateLength, state, inputCount, inputLength, input };
}

function readSource(s: JsonObject): CompiledSource {
  return { ...readSourceHash(s), spec: readSpec(object(field(s, 'spec', 'source'), 'source.spec')) };
}

function readSpec(s: JsonObject): AutomatonSpec {
  const path = 'source.spec';
  const at = (key: string) => field(s, key, path);
  const kind = oneOf(at('kind'), `${path}.kind`, ['dfa', 'nfa', 'mealy', 'moore'] as const);
  const transitions = array(at('transitions'), `${path}.transitions`).map((t, i): SpecTransition => {
    const where = `${path}.transitions[${i}]`;
    array(t, where, kind === 'mealy' ? 4 : 3);
    const [from, on, to, output] = strings(t, where);
    return output === undefined ? [from, on, to] : [from, on, to, output];
  });
  return {
    name: string(at('name'), `${path}.name`),
    kind,
    alphabet: strings(at('alphabet'), `${path}.alphabet`),
    states: strings(at('states'), `${path}.states`),
    start: strings(at('start'), `${path}.start`),
    accept: strings(at('accept'), `${path}.accept`),
    transitions,
    ...readTransducerSpec(s, kind, path),
    network: readSpecNetwork(at('network'), `${path}.network`),
  };
}

const STATE_CODE_KINDS: readonly StateCodeKind[] = ['designed', 'random'];

function readReport(r: JsonObject): CompileReport {
  const report = fieldsOf(r, 'report');
  const gaps = fieldsOf(report.object('gaps'), 'report.gaps');
  const deadState = report.at('deadState');
  const choice = ['auto', 'given'] as const;
  return {
    name: report.text('name'),
    neurons: report.count('neurons'),
    stateNeurons: report.count('stateNeurons'),
    inputNeurons: report.count('inputNeurons'),
    patterns: report.count('patterns'),
    states: report.count('states'),
    symbols: report.count('symbols'),
    transitions: report.count('transitions'),
    determinised: report.flag('determinised'),
    deadState: deadState === null ? null : string(deadState, 'report.deadState'),
    encoding: report.choice('encoding', ENCODINGS),
    seed: report.count('seed'),
    ...(r.stateCodes !== undefined ? { stateCodes: report.choice('stateCodes', STATE_CODE_KINDS) } : {}),
    kappaState: report.number('kappaState'),
    kappaInput: report.number('kappaInput'),
    meanTermSpread: report.number('meanTermSpread'),
    gaps: {
      present: gaps.numberOrNull('present'),
      jump: gaps.numberOrNull('jump'),
      hold: gaps.numberOrNull('hold'),
      decode: gaps.numberOrNull('decode'),
      worst: gaps.numberOrNull('worst'),
    },
    requiredGap: report.number('requiredGap'),
    beta: report.number('beta'),
    betaChosen: report.choice('betaChosen', choice),
    minimumBeta: report.number('minimumBeta'),
    neuronsChosen: report.choice('neuronsChosen', choice),
    candidatesTried: report.count('candidatesTried'),
    auto: report.number('auto'),
    hetero: report.number('hetero'),
    eta: report.number('eta'),
    iterations: report.count('iterations'),
    idealCorrelation: report.number('idealCorrelation'),
    quiescenceThreshold: report.number('quiescenceThreshold'),
    exact: report.flag('exact'),
    warnings: report.texts('warnings'),
    ...readOutputReport(r),
  };
}
