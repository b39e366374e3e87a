import { toBase64 } from './bytes.js';
import { codesHash, encodeCodes } from './code-bytes.js';
import type { CompiledNetwork } from './compiled-network.js';
import type { NetworkOutputs } from './output-codes.js';

export { codesHash, encodeCodes } from './code-bytes.js';

/** The `format` and `version` of the network artifact (grammar/cdam-network.md). */
export const ARTIFACT_FORMAT = 'cdam-network';
export const ARTIFACT_VERSION = 1;
/** The version of an artifact with a transducer's `outputs` section; readers take both versions. */
export const TRANSDUCER_ARTIFACT_VERSION = 2;

/**
 * Serialises a compiled network as versioned JSON (grammar/cdam-network.schema.json): parameters, codes
 * (bipolar bit-packed, uniform as little-endian Float64, both base64, with a sha256), pattern meanings, the
 * memory graph's edge list, the complete DFA, the source spec with its hash, and the compile report.
 * Keys come in a fixed order and nothing depends on time, so the same network gives the same bytes.
 * O(p + n · states).
 */
export function toArtifact(network: CompiledNetwork): string {
  const { params, dfa, codes, patterns, edges, source, report } = network;
  const stateBytes = encodeCodes(codes.encoding, codes.state, codes.stateCount, codes.stateLength);
  const inputBytes = encodeCodes(codes.encoding, codes.input, codes.inputCount, codes.inputLength);
  const edgeList: [number, number, number][] = [];
  for (let e = 0; e < edges.count; e++) edgeList.push([edges.from[e], edges.to[e], edges.symbol[e]]);
  const artifact = {
    format: ARTIFACT_FORMAT,
    version: network.outputs ? TRANSDUCER_ARTIFACT_VERSION : ARTIFACT_VERSION,
    name: network.name,
    parameters: {
      neurons: params.neurons,
      stateNeurons: params.stateNeurons,
      inputNeurons: params.inputNeurons,
      seed: params.seed,
      encoding: params.encoding,
      beta: params.beta,
      auto: params.auto,
      hetero: params.hetero,
      eta: params.eta,
      iterations: params.iterations,
      quiescenceThreshold: params.quiescenceThreshold,
    },
    automaton: {
      alphabet: dfa.alphabet,
      states: dfa.states,
      start: dfa.start,
      accepting: [...dfa.accepting].sort((x, y) => x - y),
      delta: dfa.delta,
      deadState: network.deadState,
    },
    codes: {
      encoding: codes.encoding,
      stateCount: codes.stateCount,
      stateLength: codes.stateLength,
      inputCount: codes.inputCount,
      inputLength: codes.inputLength,
      state: toBase64(stateBytes),
      input: toBase64(inputBytes),
      sha256: codesHash(stateBytes, inputBytes),
    },
    patterns: { count: patterns.count, state: [...patterns.state], input: [...patterns.input] },
    memoryGraph: { edges: edgeList },
    source: { sha256: source.sha256, hashOf: source.hashOf, spec: source.spec },
    report,
    ...(network.outputs ? { outputs: outputsSection(network.outputs) } : {}),
  };
  return `${JSON.stringify(artifact)}\n`;
}

/** The `outputs` section of a transducer network (version 2; grammar/cdam-network.md). */
function outputsSection(outputs: NetworkOutputs) {
  const rows: number[][] = [];
  for (let c = 0; c <= outputs.names.length; c++) {
    rows.push([...outputs.codes.subarray(c * outputs.length, (c + 1) * outputs.length)]);
  }
  return {
    kind: outputs.kind,
    names: outputs.names,
    length: outputs.length,
    codes: rows,
    stateOutput: [...outputs.stateOutput],
    stateOf: [...outputs.stateOf],
    states: outputs.states,
  };
}
