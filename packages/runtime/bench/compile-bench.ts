import { randomDfa, toSpec } from '@cdam/automata';
import { compileAutomaton, createRng, type CompileResult } from '@cdam/compiler';
import type { CompileRow } from './bench-result.js';
import { measure, type TimingPolicy } from './measure.js';

/**
 * Times `compileAutomaton` (automatic neurons and beta) on the spec of a random complete DFA per size;
 * building the DFA and its spec is not timed. A compile error is a bug here (auto sizing always finds a
 * network for these sizes), so it throws.
 */
export function benchCompile(
  sizes: readonly number[],
  symbols: number,
  timing: TimingPolicy,
  log: (line: string) => void,
): CompileRow[] {
  const specOf = (states: number) =>
    toSpec(randomDfa(states, symbols, createRng(states, 'bench-dfa')), { name: `Random${states}` });
  const warmSpec = specOf(Math.min(...sizes));
  return sizes.map((states) => {
    const spec = specOf(states);
    const out: { last?: CompileResult } = {};
    const timed = measure(
      () => {
        out.last = compileAutomaton(spec);
      },
      timing,
      { warm: () => compileAutomaton(warmSpec) },
    );
    const last = out.last;
    if (last?.kind !== 'ok') throw new Error(`compiling ${states} random states failed: ${last?.error.message}`);
    const { report } = last.network;
    log(`compile ${states} states: ${timed.ms.toFixed(1)} ms (n = ${report.neurons}, ${timed.reps} reps)`);
    return {
      states,
      symbols,
      ms: timed.ms,
      reps: timed.reps,
      neurons: report.neurons,
      patterns: report.patterns,
      worstGap: report.gaps.worst,
      requiredGap: report.requiredGap,
    };
  });
}
