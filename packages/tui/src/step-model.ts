import type { Dfa } from '@cdam/automata';
import { createRng, type CompiledNetwork } from '@cdam/compiler';
import { expectedOutputs, Network, perturbStatePart, type Decoded, type ReadOutput } from '@cdam/runtime';
import type { AdvanceRequest, Performer, Reading } from './session/snapshot.js';

/** The parameters shown on screen (docs/model.md symbols). */
export interface ShownParameters {
  readonly neurons: number;
  /** How the neurons are split, e.g. `32 state + 16 input`. */
  readonly split: string;
  readonly beta: number;
  readonly auto: number;
  readonly hetero: number;
  readonly eta: number;
  /** K, iterations per input. */
  readonly iterations: number;
  readonly seed: number;
}

/**
 * What the terminal UI steps through: an automaton (or a sequence, seen as the chain of its patterns
 * driven by a `tick` symbol), the network that implements it, and how to run it.
 */
export interface StepModel {
  readonly kind: 'automaton' | 'sequence';
  readonly name: string;
  readonly dfa: Dfa;
  readonly parameters: ShownParameters;
  readonly performer: Performer;
  /**
   * Transducers: the output each state of `dfa` shows (null: none), derived from the source, not the
   * network; the screen shows it beside the output the network emits. Absent for an acceptor.
   */
  readonly stateOutputs?: readonly (string | null)[];
}

/** A step model over a compiled network, run by the runtime's `Network`. */
export function modelFromNetwork(compiled: CompiledNetwork): StepModel {
  const { params } = compiled;
  return {
    kind: 'automaton',
    name: compiled.name,
    dfa: compiled.dfa,
    parameters: {
      neurons: params.neurons,
      split: `${params.stateNeurons} state + ${params.inputNeurons} input`,
      beta: params.beta,
      auto: params.auto,
      hetero: params.hetero,
      eta: params.eta,
      iterations: params.iterations,
      seed: params.seed,
    },
    performer: networkPerformer(compiled),
    ...transducerOutputs(compiled),
  };
}

function transducerOutputs(compiled: CompiledNetwork): Pick<StepModel, 'stateOutputs'> {
  if (compiled.outputs === undefined) return {};
  const outputs = expectedOutputs(compiled.source.spec, compiled.dfa);
  return outputs === undefined ? {} : { stateOutputs: outputs };
}

/**
 * A `Performer` over one runtime `Network`: each request loads the snapshot's x into the network, runs,
 * and copies x out, so snapshots stay independent. Noise before a presentation perturbs the state part
 * with the stream `createRng(seed, 'noise@<position>')`: the same input position always gets the same
 * perturbation, whatever was stepped before, so going back and stepping again repeats the run.
 * Cost per request: O(n) copies + iterations · one update + one decode (O(states · n)).
 */
export function networkPerformer(compiled: CompiledNetwork): Performer {
  const network = new Network(compiled);
  const { params, mean } = compiled;
  const order = new Int32Array(params.stateNeurons);
  const read = (): Reading => toReading(network.state, network.decode(), network.readOutput());
  return {
    initial() {
      network.reset();
      return read();
    },
    advance(request: AdvanceRequest) {
      network.state.set(request.from.x);
      if (request.present !== null) {
        const { symbol, noise, position } = request.present;
        if (noise > 0) {
          const rng = createRng(params.seed, `noise@${position}`);
          perturbStatePart(network.state, 0, mean, params.stateNeurons, noise, params.encoding, rng, order);
        }
        network.present(compiled.dfa.alphabet[symbol]);
      }
      for (let k = 0; k < request.iterations; k++) network.iterate();
      return read();
    },
  };
}

function toReading(x: Float64Array, decoded: Decoded, output: ReadOutput | undefined): Reading {
  return {
    x: Float64Array.from(x),
    state: decoded.state,
    best: decoded.best,
    margin: decoded.margin,
    quiescent: decoded.quiescent,
    correlations: decoded.correlations,
    ...(output ? { output: output.output } : {}),
  };
}
