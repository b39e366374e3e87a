import type { CompiledNetwork, CompiledSequence } from '@cdam/compiler';
import { sequenceLabels, startVector, type NetworkMatrices } from './network-matrices.js';

/** What the metadata key `cdam` of an exported automaton holds (JSON). */
export interface AutomatonMetadata {
  readonly kind: 'automaton';
  readonly name: string;
  /** Symbol names; the model's `symbol` input is an index into this list. */
  readonly alphabet: readonly string[];
  /** State names; `correlations` column q belongs to states[q]. */
  readonly states: readonly string[];
  /** Names of the accepting states. */
  readonly accept: readonly string[];
  readonly start: string;
  /** x0 = Xi[:, start pattern] - xī, the state before the first symbol (length n). */
  readonly start_state: readonly number[];
  /** The first neuron of the input part (n_s). */
  readonly input_start: number;
  readonly parameters: CompiledNetwork['params'];
  readonly source: { readonly sha256: string; readonly hashOf: 'text' | 'spec' };
  readonly reading: string;
}

/** What the metadata key `cdam` of an exported sequence holds (JSON). */
export interface SequenceMetadata {
  readonly kind: 'sequence';
  readonly name: string;
  /** One label per pattern (`A`, `A#2`, `B.0`, ...): `correlations` column mu is labels[mu]. */
  readonly labels: readonly string[];
  /** Distinct item names, and the item of each pattern. */
  readonly items: readonly string[];
  readonly pattern_items: readonly number[];
  readonly loop: boolean;
  /** The pattern of each step's first tick. */
  readonly step_start: readonly number[];
  /** How to build the cue of step s. */
  readonly cue: string;
  /** The cue of step 0 (length n), where `cdam recall` starts. */
  readonly start_state: readonly number[];
  readonly parameters: CompiledSequence['params'];
  readonly source: { readonly sha256: string; readonly hashOf: 'text' | 'spec' };
  readonly reading: string;
}

/** The parameters in the artifact's key order, so a network gives the same bytes however it was loaded. */
function automatonParameters(p: CompiledNetwork['params']): CompiledNetwork['params'] {
  const { neurons, stateNeurons, inputNeurons, seed, encoding, beta, auto, hetero, eta, iterations } = p;
  return {
    neurons,
    stateNeurons,
    inputNeurons,
    seed,
    encoding,
    beta,
    auto,
    hetero,
    eta,
    iterations,
    quiescenceThreshold: p.quiescenceThreshold,
  };
}

function sequenceParameters(p: CompiledSequence['params']): CompiledSequence['params'] {
  const { neurons, itemNeurons, contextNeurons, seed, encoding, beta, auto, hetero, eta } = p;
  return {
    neurons,
    itemNeurons,
    contextNeurons,
    seed,
    encoding,
    beta,
    auto,
    hetero,
    eta,
    quiescenceThreshold: p.quiescenceThreshold,
  };
}

const READING =
  'the decoded pattern is the largest correlation; below parameters.quiescenceThreshold no memory is active';

/** The `cdam` metadata of an exported automaton. O(n + states). */
export function automatonMetadata(network: CompiledNetwork, m: NetworkMatrices): AutomatonMetadata {
  const { dfa, params, patterns, source } = network;
  return {
    kind: 'automaton',
    name: network.name,
    alphabet: [...dfa.alphabet],
    states: [...dfa.states],
    accept: [...dfa.accepting].sort((u, v) => u - v).map((q) => dfa.states[q]),
    start: dfa.states[dfa.start],
    start_state: Array.from(startVector(m, patterns.statePattern[dfa.start])),
    input_start: params.stateNeurons,
    parameters: automatonParameters(params),
    source: { sha256: source.sha256, hashOf: source.hashOf },
    reading: `${READING}; a word is accepted when its final state is decoded, not quiescent and in accept`,
  };
}

/** The `cdam` metadata of an exported sequence. O(n + p). */
export function sequenceMetadata(sequence: CompiledSequence, m: NetworkMatrices): SequenceMetadata {
  return {
    kind: 'sequence',
    name: sequence.name,
    labels: sequenceLabels(sequence),
    items: [...sequence.items],
    pattern_items: sequence.positions.map((position) => position.item),
    loop: sequence.loop,
    step_start: Array.from(sequence.stepStart),
    cue:
      "state = Xi[:, step_start[s]] - mean for step s (the initializers 'Xi' [n, p] and 'mean' [n] of this model); " +
      'one run of the model is one tick of recall',
    start_state: Array.from(startVector(m, sequence.stepStart[0])),
    parameters: sequenceParameters(sequence.params),
    source: { sha256: sequence.source.sha256, hashOf: sequence.source.hashOf },
    reading: READING,
  };
}
