import { reachableStates, type Dfa } from '@cdam/automata';
import type { Coverage } from './report.js';

/** Counts which states and transitions of a complete DFA the checked words went through. */
export class CoverageTracker {
  private readonly dfa: Dfa;
  private readonly states: Uint8Array;
  private readonly transitions: Uint8Array;

  constructor(dfa: Dfa) {
    this.dfa = dfa;
    this.states = new Uint8Array(dfa.states.length);
    this.transitions = new Uint8Array(dfa.states.length * dfa.alphabet.length);
    this.states[dfa.start] = 1;
  }

  /** Records the transition (q, s) and its target. O(1). */
  take(q: number, s: number): void {
    this.transitions[q * this.dfa.alphabet.length + s] = 1;
    this.states[this.dfa.delta[q][s]] = 1;
  }

  /** The figures for the report. O(n · k). */
  summary(): Coverage {
    const reachable = reachableStates(this.dfa);
    const k = this.dfa.alphabet.length;
    let exercised = 0;
    for (const q of reachable) for (let s = 0; s < k; s++) exercised += this.transitions[q * k + s];
    return {
      reachableStates: reachable.size,
      statesVisited: this.states.reduce((sum, v) => sum + v, 0),
      reachableTransitions: reachable.size * k,
      transitionsExercised: exercised,
      unreachable: this.dfa.states.filter((_, q) => !reachable.has(q)),
    };
  }
}
