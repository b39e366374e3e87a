import type { Dfa } from '@cdam/automata';
import { createRng, sequencePatternLabels, type CompiledSequence } from '@cdam/compiler';
import { createScratch, iterate, perturbStatePart, SequenceNetwork } from '@cdam/runtime';
import type { AdvanceRequest, Performer, Reading } from './session/snapshot.js';
import type { StepModel } from './step-model.js';

/** The one symbol of a sequence's chain: a tick of recall, one update of the network. */
export const TICK = 'tick';

/** A sequence to step through, and the ticks to run. */
export interface SequenceStepping {
  readonly model: StepModel;
  /** `tick` repeated: the network's default length of recall (two cycles of a loop, else p + 5). */
  readonly word: readonly string[];
}

/**
 * A step model over a compiled sequence, recalled from the first pattern of step `cueStep` (default 0).
 * The sequence is shown as a DFA over the single symbol `tick` whose states are the patterns (labelled as
 * by `cdam recall`: `A#2` for the second occurrence of a repeated item, `B.1` for tick 1 of a dwell) and whose transitions
 * follow the chain (or cycle): the automaton's state is where exact recall is after each tick. A tick is
 * one update (K = 1); noise perturbs that fraction of all neurons before a tick.
 */
export function modelFromSequence(
  compiled: CompiledSequence,
  options: { readonly cueStep?: number } = {},
): SequenceStepping {
  const network = new SequenceNetwork(compiled);
  const cuePattern = network.cuePattern(options.cueStep ?? 0);
  if (cuePattern === undefined)
    throw new RangeError(`cue step ${options.cueStep} is outside the items of '${compiled.name}'`);
  const { params, report } = compiled;
  const p = compiled.positions.length;
  const dfa: Dfa = {
    alphabet: [TICK],
    states: sequencePatternLabels(compiled),
    start: cuePattern,
    accepting: new Set(),
    delta: compiled.positions.map((_, mu) => [compiled.loop ? (mu + 1) % p : Math.min(mu + 1, p - 1)]),
  };
  return {
    model: {
      kind: 'sequence',
      name: compiled.name,
      dfa,
      parameters: {
        neurons: params.neurons,
        split: `${params.itemNeurons} item + ${params.contextNeurons} context`,
        beta: params.beta,
        auto: params.auto,
        hetero: params.hetero,
        eta: params.eta,
        iterations: 1,
        seed: params.seed,
      },
      performer: sequencePerformer(network, cuePattern),
    },
    word: Array.from({ length: report.loop ? 2 * p : p + 5 }, () => TICK),
  };
}

/**
 * A `Performer` over a `SequenceNetwork`: starts at the cue ξ_cue − xī, makes one update per iteration,
 * decodes by Pearson correlation with every pattern. Noise before a tick perturbs the whole state with
 * the stream `createRng(seed, 'noise@<tick>')`. O(n) copies + iterations · one update + one decode.
 */
export function sequencePerformer(network: SequenceNetwork, cuePattern: number): Performer {
  const { sequence } = network;
  const dynamics = network.dynamics();
  const scratch = createScratch(dynamics);
  const x = new Float64Array(network.n);
  const order = new Int32Array(network.n);
  const read = (): Reading => {
    const decoded = network.decoder.decode(x);
    return {
      x: Float64Array.from(x),
      state: decoded.pattern,
      best: decoded.best,
      margin: decoded.margin,
      quiescent: decoded.quiescent,
      correlations: decoded.correlations,
    };
  };
  return {
    initial() {
      x.set(network.cueState(cuePattern));
      return read();
    },
    advance(request: AdvanceRequest) {
      x.set(request.from.x);
      const noise = request.present?.noise ?? 0;
      if (request.present !== null && noise > 0) {
        const rng = createRng(sequence.params.seed, `noise@${request.present.position}`);
        perturbStatePart(x, 0, sequence.mean, network.n, noise, sequence.params.encoding, rng, order);
      }
      for (let k = 0; k < request.iterations; k++) iterate(dynamics, scratch, x);
      return read();
    },
  };
}
