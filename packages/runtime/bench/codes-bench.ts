import { randomDfa, toSpec } from '@cdam/automata';
import { compileAutomaton, createRng, type CompileOptions, type CompileResult } from '@cdam/compiler';
import type { CodesRow, VerifyDefaultRow } from './bench-result.js';
import { timeDefaultVerify } from './verify-default-bench.js';

/** A random complete DFA whose automatic network is measured, with the target for its n. */
export interface CodesCase {
  readonly states: number;
  readonly symbols: number;
  /** The automatic n should be at most this. */
  readonly targetNeurons: number;
  /** Also run the default verification (`cdam verify FILE`) of the network, with this target in seconds. */
  readonly verifySeconds?: number;
}

/**
 * The compiler's automatic choice for the random DFA of each case (the one the verify bench uses, stream
 * `'bench-dfa'` seeded with the state count): n, its split, states per neuron, the kind of state codes and
 * their κ_s, the gap against its requirement, the compile time (one run), and the n the same search gives
 * with random state codes only, for comparison. With `verifySeconds`, the default verification of that
 * network follows (`timeDefaultVerify`), unless `verified` already holds this run's default verification of
 * the same DFA (section 5b verifies the same network). A compile error is a bug here, so it throws.
 */
export async function benchCodes(
  cases: readonly CodesCase[],
  log: (line: string) => void,
  verified: readonly VerifyDefaultRow[] = [],
): Promise<CodesRow[]> {
  const rows: CodesRow[] = [];
  for (const { states, symbols, targetNeurons, verifySeconds } of cases) {
    const spec = toSpec(randomDfa(states, symbols, createRng(states, 'bench-dfa')), { name: `Random${states}` });
    const compile = (options: CompileOptions) => {
      const started = performance.now();
      const result: CompileResult = compileAutomaton(spec, options);
      const ms = performance.now() - started;
      if (result.kind !== 'ok') throw new Error(`compiling ${states} random states failed: ${result.error.message}`);
      return { network: result.network, ms };
    };
    const { network, ms } = compile({});
    const random = compile({ stateCodes: 'random' });
    const { report } = network;
    log(
      `codes, random ${states} states x ${symbols} symbols: n = ${report.neurons} with ${report.stateCodes ?? 'random'} codes` +
        ` (random codes only: ${random.network.report.neurons}), compiled in ${ms.toFixed(0)} ms`,
    );
    const same = verified.find((r) => r.states === states && r.symbols === symbols && r.neurons === report.neurons);
    const verify =
      verifySeconds === undefined
        ? null
        : (same ?? (await timeDefaultVerify(network, { states, symbols, targetSeconds: verifySeconds }, log)));
    rows.push({
      states,
      symbols,
      neurons: report.neurons,
      stateNeurons: report.stateNeurons,
      inputNeurons: report.inputNeurons,
      statesPerNeuron: report.states / report.neurons,
      stateCodes: report.stateCodes ?? 'random',
      kappaState: report.kappaState,
      worstGap: report.gaps.worst,
      requiredGap: report.requiredGap,
      exact: report.exact,
      compileMs: ms,
      randomNeurons: random.network.report.neurons,
      randomCompileMs: random.ms,
      targetNeurons,
      verify,
    });
  }
  return rows;
}
