import type { Dfa } from '@cdam/automata';
import type { AutomatonSpec } from '@cdam/language';
import { fail } from './artifact-fields.js';
import { minimumBeta } from './beta.js';
import { canonicalSpec, completeWithDeadState, formatNumber, runnableDfa } from './compile.js';
import type { CompileReport, CompiledSource, NetworkParams } from './compiled-network.js';
import { scheduleProblems } from './parameters.js';
import { hashSource } from './source-hash.js';

/** What an edited artifact is told to do. */
const EDITED = 'the file was edited';

/**
 * Refuses an artifact whose report disagrees with the parameters it runs with: for each `[reportKey,
 * parameterKey]`, `report[reportKey]` must equal `parameters[parameterKey]` (the message names both fields
 * and values). What is printed (the report) is then what runs (the parameters). O(keys).
 */
export function checkReportMatchesParameters(
  report: object,
  parameters: object,
  keys: readonly (readonly [string, string])[],
): void {
  const r = report as Record<string, unknown>;
  const p = parameters as Record<string, unknown>;
  for (const [reportKey, parameterKey] of keys) {
    if (r[reportKey] !== p[parameterKey]) {
      fail(
        `report.${reportKey}`,
        `is ${JSON.stringify(r[reportKey])} but parameters.${parameterKey} is ${JSON.stringify(p[parameterKey])}: ${EDITED}`,
      );
    }
  }
}

/** The report fields of an automaton artifact and the parameters they must equal. */
export const AUTOMATON_REPORT_PARAMETERS = [
  ['neurons', 'neurons'],
  ['stateNeurons', 'stateNeurons'],
  ['inputNeurons', 'inputNeurons'],
  ['seed', 'seed'],
  ['encoding', 'encoding'],
  ['beta', 'beta'],
  ['auto', 'auto'],
  ['hetero', 'hetero'],
  ['eta', 'eta'],
  ['iterations', 'iterations'],
  ['quiescenceThreshold', 'quiescenceThreshold'],
] as const;

/**
 * Refuses an automaton table (`automaton.states`, `start`, `accepting`, `delta`, `deadState`) that is not
 * the one its stored source gives, so an edited table cannot change a verdict: the table is recomputed
 * from `source.spec` exactly as the compiler made it (determinised, completed with a dead state), and a
 * spec hashed as JSON must match `source.sha256`. The message names the first field that differs.
 * O(size of the determinised automaton).
 */
export function checkTableMatchesSource(dfa: Dfa, deadState: number | null, source: CompiledSource): void {
  const spec: AutomatonSpec = source.spec;
  if (source.hashOf === 'spec' && hashSource(canonicalSpec(spec), undefined).sha256 !== source.sha256) {
    fail('source.spec', `does not match source.sha256: ${EDITED}`);
  }
  const determinised = runnableDfa(spec);
  if (determinised.kind !== 'ok') fail('source.spec', 'cannot be determinised within the state limit');
  const derived = completeWithDeadState(determinised.dfa);
  const want = derived.dfa;
  const list = (names: readonly string[]) => JSON.stringify(names);
  if (list(dfa.alphabet) !== list(want.alphabet)) {
    fail('automaton.alphabet', `is ${list(dfa.alphabet)} but the source gives ${list(want.alphabet)}: ${EDITED}`);
  }
  if (list(dfa.states) !== list(want.states)) {
    fail('automaton.states', `are ${list(dfa.states)} but the source gives ${list(want.states)}: ${EDITED}`);
  }
  const name = (q: number) => JSON.stringify(want.states[q]);
  if (dfa.start !== want.start) {
    fail(
      'automaton.start',
      `is ${dfa.start} (${name(dfa.start)}) but the source starts in ${name(want.start)}: ${EDITED}`,
    );
  }
  for (let q = 0; q < want.states.length; q++) {
    if (dfa.accepting.has(q) !== want.accepting.has(q)) {
      const is = dfa.accepting.has(q) ? 'lists' : 'leaves out';
      const source = want.accepting.has(q) ? 'accepts' : 'does not accept';
      fail('automaton.accepting', `${is} ${name(q)}, which the source ${source}: ${EDITED}`);
    }
    for (let s = 0; s < want.alphabet.length; s++) {
      if (dfa.delta[q]![s] !== want.delta[q]![s]) {
        fail(
          `automaton.delta[${q}][${s}]`,
          `is ${dfa.delta[q]![s]} (${name(dfa.delta[q]![s]!)}) but the source goes from ${name(q)} on ${JSON.stringify(want.alphabet[s])} to ${name(want.delta[q]![s]!)}: ${EDITED}`,
        );
      }
    }
  }
  if (deadState !== derived.deadState) {
    fail(
      'automaton.deadState',
      `is ${JSON.stringify(deadState)} but the source gives ${JSON.stringify(derived.deadState)}: ${EDITED}`,
    );
  }
}

/**
 * Why an artifact that says it is exact no longer is with the parameters it holds (both report and
 * parameters edited alike, say beta lowered by hand), naming the parameter; undefined when it still is or
 * never claimed to be. Re-runs the compiler's checks: the schedule (a, h, eta, K), the capacity check's
 * minimum beta for these a and h (which the stored gaps were measured for), and beta against it. O(1).
 */
export function exactnessProblem(report: CompileReport, params: NetworkParams): string | undefined {
  if (!report.exact) return undefined;
  const schedule = scheduleProblems(params.auto, params.hetero, params.eta, params.iterations);
  if (schedule.length > 0) return schedule[0];
  const floor = minimumBeta(report.gaps.worst, params.neurons, report.patterns, params.auto, params.hetero);
  const stored = report.minimumBeta;
  if (Number.isFinite(floor) && Math.abs(floor - stored) > 1e-9 * Math.max(1, Math.abs(stored))) {
    return `auto = ${params.auto}, hetero = ${params.hetero} are not the strengths the capacity check was made for (its minimum beta was ${formatNumber(stored)}, these need ${formatNumber(floor)})`;
  }
  if (params.beta < floor) {
    return `beta = ${params.beta} is below ${formatNumber(floor)}, the smallest value for which attention is one-hot to within e^-12`;
  }
  return undefined;
}
