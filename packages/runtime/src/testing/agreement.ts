import { simulateDfa } from '@cdam/automata';
import type { Network } from '../network.js';

/**
 * Runs every word through the network (batched) and through the DFA, and lists every disagreement:
 * a decoded state after some symbol that differs from the DFA's, or a different accept decision.
 */
export function disagreements(network: Network, words: readonly (readonly string[])[]): string[] {
  const dfa = network.compiled.dfa;
  const runs = network.runBatch(words);
  const problems: string[] = [];
  runs.forEach((run, w) => {
    const word = words[w];
    const expected = simulateDfa(dfa, word);
    const expectedStates = expected.trace.slice(1).map((q) => dfa.states[q]);
    if (run.states.join(' ') !== expectedStates.join(' ') || run.accepted !== expected.accepted) {
      problems.push(
        `'${word.join(' ')}': network ${run.states.join(' ')} (${run.accepted}), automaton ${expectedStates.join(' ')} (${expected.accepted})`,
      );
    }
  });
  return problems;
}
