import { simulateDfa } from '@cdam/automata';
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
  /** The determinised, completed DFA of the network, run symbolically. */
  readonly symbolic: { readonly accepted: boolean; readonly states: readonly string[] };
  /** The network and the automaton agree on the verdict and on every state. */
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
  },
  input?: string,
): WordResult {
  const symbolicRun = simulateDfa(network.dfa, word);
  const symbolic = {
    accepted: symbolicRun.accepted,
    states: symbolicRun.trace.map((q) => network.dfa.states[q]),
  };
  const agrees =
    symbolic.accepted === run.accepted &&
    symbolic.states.length === run.states.length &&
    symbolic.states.every((name, i) => name === run.states[i]);
  return {
    ...(input !== undefined ? { input } : {}),
    word,
    accepted: run.accepted,
    states: run.states,
    margins: run.margins,
    finalState: run.finalState,
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
    symbolic: result.symbolic,
    agrees: result.agrees,
  });
}
