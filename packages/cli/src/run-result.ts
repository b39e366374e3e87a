import { automatonOutputs, runTransducer, simulateDfa, transducerOf } from '@cdam/automata';
import type { CompiledNetwork } from '@cdam/compiler';

/**
 * One word run on the network, beside the automaton the network implements. `states` and `margins`
 * start with the start state, then one entry per input symbol.
 */
export interface WordResult {
  /** The word as the user wrote it (for `--words`). */
  readonly input?: string;
  readonly word: readonly string[];
  readonly accepted: boolean;
  /** Decoded state names (the best-correlated state, even when quiescent). */
  readonly states: readonly string[];
  readonly margins: readonly number[];
  /** Decoded final state, or null when no memory is active (quiescence). */
  readonly finalState: string | null;
  /**
   * Transducers only: the output read from the network state after each input symbol (`null`: no output,
   * as after falling off a partial machine).
   */
  readonly outputs?: readonly (string | null)[];
  /** Moore machines only: the output read from the network's start state, before any input. */
  readonly initialOutput?: string | null;
  /**
   * The determinised, completed DFA of the network, run symbolically; for a transducer also the
   * transducer's own output tape, computed from the source spec without the network.
   */
  readonly symbolic: {
    readonly accepted: boolean;
    readonly states: readonly string[];
    readonly outputs?: readonly (string | null)[];
    readonly initialOutput?: string | null;
  };
  /** The network and the automaton agree on the verdict, on every state and on every output. */
  readonly agrees: boolean;
}

/** The network's run of `word` next to `simulateDfa` on `network.dfa`. */
export function toWordResult(
  network: CompiledNetwork,
  word: readonly string[],
  run: {
    readonly accepted: boolean;
    readonly states: readonly string[];
    readonly margins: readonly number[];
    readonly finalState: string | null;
    readonly outputs?: readonly (string | null)[];
    readonly initialOutput?: string | null;
  },
  input?: string,
): WordResult {
  const symbolicRun = simulateDfa(network.dfa, word);
  const symbolicOutputs = network.outputs ? automatonOutputs(network.source.spec, word) : undefined;
  const moore = network.outputs?.kind === 'moore' ? transducerOf(network.source.spec) : undefined;
  const symbolic = {
    accepted: symbolicRun.accepted,
    states: symbolicRun.trace.map((q) => network.dfa.states[q]),
    ...(symbolicOutputs ? { outputs: symbolicOutputs } : {}),
    ...(moore ? { initialOutput: runTransducer(moore, []).initialOutput } : {}),
  };
  const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
    a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((v, i) => v === b[i]));
  const agrees =
    symbolic.accepted === run.accepted &&
    sameList(symbolic.states, run.states) &&
    sameList(symbolic.outputs, run.outputs) &&
    (moore === undefined || symbolic.initialOutput === run.initialOutput);
  return {
    ...(input !== undefined ? { input } : {}),
    word,
    accepted: run.accepted,
    states: run.states,
    margins: run.margins,
    finalState: run.finalState,
    ...(run.outputs ? { outputs: run.outputs } : {}),
    ...(moore ? { initialOutput: run.initialOutput ?? null } : {}),
    symbolic,
    agrees,
  };
}

/** The `--json` object of a result: one line, keys in a fixed order. */
export function toJsonLine(result: WordResult): string {
  return JSON.stringify({
    ...(result.input !== undefined ? { input: result.input } : {}),
    word: result.word,
    accepted: result.accepted,
    states: result.states,
    margins: result.margins,
    finalState: result.finalState,
    ...(result.outputs ? { outputs: result.outputs } : {}),
    ...(result.initialOutput !== undefined ? { initialOutput: result.initialOutput } : {}),
    symbolic: result.symbolic,
    agrees: result.agrees,
  });
}
