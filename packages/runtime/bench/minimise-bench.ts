import { minimise, randomDfa } from '@cdam/automata';
import { createRng } from '@cdam/compiler';
import type { MinimiseRow } from './bench-result.js';
import { measure, type TimingPolicy } from './measure.js';

/**
 * Times `minimise` on one random complete DFA per size (the same DFA every repetition, as
 * `benchMinimise` builds it: `randomDfa`, generation not timed), warming up on a tenth of the size.
 */
export function benchMinimise(
  sizes: readonly number[],
  symbols: number,
  timing: TimingPolicy,
  log: (line: string) => void,
): MinimiseRow[] {
  return sizes.map((states) => {
    const dfa = randomDfa(states, symbols, createRng(states, 'bench-minimise'));
    const warmDfa = randomDfa(Math.max(2, Math.round(states / 10)), symbols, createRng(states, 'bench-minimise-warm'));
    let minimalStates = 0;
    const timed = measure(
      () => {
        minimalStates = minimise(dfa).states.length;
      },
      timing,
      { warm: () => minimise(warmDfa) },
    );
    log(`minimise ${states} states: ${timed.ms.toFixed(1)} ms (${timed.reps} reps)`);
    return { states, symbols, minimalStates, ms: timed.ms, reps: timed.reps };
  });
}
