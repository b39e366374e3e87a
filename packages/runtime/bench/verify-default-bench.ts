import { availableParallelism } from 'node:os';
import { randomDfa, toSpec } from '@cdam/automata';
import { compileAutomaton, createRng, type CompiledNetwork } from '@cdam/compiler';
import { Network } from '@cdam/runtime';
import { verifyNetworkParallel } from '@cdam/runtime/parallel';
import type { VerifyDefaultRow } from './bench-result.js';

/** A random complete DFA to verify with verify's defaults, and the time it should take at most. */
export interface VerifyDefaultCase {
  readonly states: number;
  readonly symbols: number;
  readonly targetSeconds: number;
}

/**
 * Times one default verification (`cdam verify` without options: the state closure, and the other phases
 * only without a proof; the noise table; worker threads on every core) of the network that the compiler's
 * defaults give for a random DFA per case (compiling is not timed). One run each: these take seconds.
 * The closure's share is the time until the first progress report of a later phase.
 */
export async function benchVerifyDefault(
  cases: readonly VerifyDefaultCase[],
  log: (line: string) => void,
): Promise<VerifyDefaultRow[]> {
  const rows: VerifyDefaultRow[] = [];
  for (const { states, symbols, targetSeconds } of cases) {
    const spec = toSpec(randomDfa(states, symbols, createRng(states, 'bench-dfa')), { name: `Random${states}` });
    const compiled = compileAutomaton(spec);
    if (compiled.kind !== 'ok') throw new Error(`compiling ${states} random states failed: ${compiled.error.message}`);
    rows.push(await timeDefaultVerify(compiled.network, { states, symbols, targetSeconds }, log));
  }
  return rows;
}

/**
 * One default verification of `compiled` (see `benchVerifyDefault`), timed: wall clock, CPU over all
 * threads, and the closure's share. Throws when verify cannot run (a bug here).
 */
export async function timeDefaultVerify(
  compiled: CompiledNetwork,
  { states, symbols, targetSeconds }: VerifyDefaultCase,
  log: (line: string) => void,
): Promise<VerifyDefaultRow> {
  const network = new Network(compiled);
  const workers = availableParallelism();
  const cpu = process.cpuUsage();
  const started = performance.now();
  let closureEnded: number | undefined;
  const result = await verifyNetworkParallel(network, {
    workers,
    onProgress: (p) => {
      if (p.phase !== 'closure' && closureEnded === undefined) closureEnded = performance.now();
    },
  });
  const ended = performance.now();
  const used = process.cpuUsage(cpu);
  if (result.kind !== 'ok') throw new Error(`verifying ${states} random states failed: ${result.message}`);
  const { report } = result;
  const seconds = (ended - started) / 1000;
  const closureSeconds = ((closureEnded ?? ended) - started) / 1000;
  log(
    `verify default, random ${states} states x ${symbols} symbols: ${seconds.toFixed(1)} s` +
      ` (${((used.user + used.system) / 1e6).toFixed(1)} s of CPU over all threads)` +
      ` (closure ${report.work.closure} inputs in ${closureSeconds.toFixed(1)} s, proved: ${report.proved})`,
  );
  return {
    states,
    symbols,
    neurons: report.neurons,
    patterns: report.patterns,
    workers,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    targetSeconds,
    proved: report.proved,
    failingWords: report.failingWords,
    closureInputs: report.work.closure,
    closureSeconds,
    closureInputsPerSecond: closureSeconds > 0 ? report.work.closure / closureSeconds : 0,
    otherInputs: report.work.exhaustive + report.work.random,
    noiseInputs: report.work.robustness,
  };
}
