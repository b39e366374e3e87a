import type { Dfa } from '@cdam/automata';
import type { AdvanceRequest, Performer, Reading } from '../session/snapshot.js';

export interface FakePerformerOptions {
  /** The state the fake network decodes to after `position` symbols, when it should differ from the automaton. */
  readonly misread?: (position: number) => number | undefined;
  /** Positions after which the fake network is quiescent. */
  readonly quiescentAt?: readonly number[];
}

/**
 * A network stand-in that follows `dfa` exactly: x = [state, presented symbol or -1, position]; the first
 * iteration after a presentation takes the transition. Correlation 0.9 with the decoded state, 0.1 with the others.
 */
export function fakePerformer(dfa: Dfa, options: FakePerformerOptions = {}): Performer & { calls: AdvanceRequest[] } {
  const calls: AdvanceRequest[] = [];
  const reading = (x: Float64Array): Reading => {
    const position = x[2];
    const state = options.misread?.(position) ?? x[0];
    const correlations = new Float64Array(dfa.states.length).fill(0.1);
    correlations[state] = 0.9;
    const quiescent = options.quiescentAt?.includes(position) ?? false;
    return { x, state, best: 0.9, margin: 0.8, quiescent, correlations };
  };
  return {
    calls,
    initial: () => reading(Float64Array.of(dfa.start, -1, 0)),
    advance(request) {
      calls.push(request);
      const x = Float64Array.from(request.from.x);
      if (request.present !== null) {
        x[1] = request.present.symbol;
        x[2] = request.present.position + 1;
      }
      for (let k = 0; k < request.iterations; k++) {
        if (x[1] >= 0) x[0] = dfa.delta[x[0]][x[1]];
        x[1] = -1;
      }
      return reading(x);
    },
  };
}
