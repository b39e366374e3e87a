import { minimise } from './minimise.js';
import { randomDfa, type Rng } from './random.js';

export interface BenchMinimiseOptions {
  /** Random DFA size (default 10 000 states over 4 symbols). */
  readonly states?: number;
  readonly symbols?: number;
  readonly rng: Rng;
  /** Clock in milliseconds, passed in (e.g. `performance.now`), so the library reads no ambient time. */
  readonly now: () => number;
}

export interface BenchMinimiseResult {
  readonly inputStates: number;
  readonly outputStates: number;
  readonly milliseconds: number;
}

/**
 * Times `minimise` on one random complete DFA (`randomDfa`, generation not timed) for the runtime bench.
 * Reports sizes and time; asserts nothing.
 */
export function benchMinimise(options: BenchMinimiseOptions): BenchMinimiseResult {
  const dfa = randomDfa(options.states ?? 10_000, options.symbols ?? 4, options.rng);
  const started = options.now();
  const minimal = minimise(dfa);
  const milliseconds = options.now() - started;
  return { inputStates: dfa.states.length, outputStates: minimal.states.length, milliseconds };
}
