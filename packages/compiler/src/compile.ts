import { complete, isComplete, mooreForm, toDfa, transducerOf, type DeterminiseResult, type Dfa } from '@cdam/automata';
import type { AutomatonSpec, SpecTransition } from '@cdam/language';
import { automaticBeta, minimumBeta } from './beta.js';
import type { CompileReport, CompiledNetwork, CompiledSource, NetworkParams } from './compiled-network.js';
import { buildMemoryEdges } from './memory-graph.js';
import {
  evaluateNeurons,
  largestFittingNeurons,
  searchNeurons,
  sizeProblem,
  type Candidate,
  type CapacitySetup,
} from './neuron-search.js';
import { inputGranularity } from './neuron-split.js';
import {
  DEFAULT_AUTO,
  DEFAULT_HETERO,
  requestParameters,
  scheduleProblems,
  type CompileOptions,
} from './parameters.js';
import { buildPatterns, meanPattern } from './patterns.js';
import { drawOutputCodes, outputGap, planOutputs, type NetworkOutputs } from './output-codes.js';
import { hashSource } from './source-hash.js';

/** Why compiling failed. Expected user errors are values, never exceptions. */
export interface CompileError {
  readonly code: 'invalid-parameter' | 'too-many-states' | 'too-few-neurons' | 'no-safe-size' | 'too-large';
  readonly message: string;
  /** For `too-few-neurons`: the smallest neuron count the search found safe. */
  readonly smallestSafeNeurons?: number;
}

export type CompileResult =
  { readonly kind: 'ok'; readonly network: CompiledNetwork } | { readonly kind: 'error'; readonly error: CompileError };

/**
 * The DFA a network of `spec` runs: a transducer's Moore form (its states carry their output: a Mealy
 * machine's pairs of state and last output), otherwise the spec itself or its subset construction.
 */
export function runnableDfa(spec: AutomatonSpec, maxStates?: number): DeterminiseResult {
  return runnableForm(spec, maxStates).determinised;
}

/** `runnableDfa`, with the transducer and its Moore form that the compiler also needs for the outputs. */
function runnableForm(spec: AutomatonSpec, maxStates?: number) {
  const transducer = transducerOf(spec);
  const form = transducer && mooreForm(transducer);
  const determinised: DeterminiseResult = form
    ? { kind: 'ok', dfa: form.dfa }
    : toDfa(spec, maxStates !== undefined ? { maxStates } : {});
  return { transducer, form, determinised };
}

/**
 * Compiles an automaton into a CDAM network (docs/compiler.md): determinises an NFA, completes a partial
 * DFA with a dead state, draws seeded codes, builds patterns and the memory graph, checks the capacity from
 * the codes, and chooses neurons (smallest safe count when not given) and beta. Parameters come from the
 * spec's `network` block, overridden by `options`. Same spec, options and seed: identical network.
 * Cost is dominated by the exact crosstalk scan, O(states² · n_s / 32) for bipolar codes.
 */
export function compileAutomaton(spec: AutomatonSpec, options: CompileOptions = {}): CompileResult {
  const requested = requestParameters(spec.network, options);
  if (requested.kind === 'error') return failure('invalid-parameter', requested.message);
  const { neurons, seed, a, h, eta, iterations, encoding } = requested.parameters;

  const { transducer, form, determinised } = runnableForm(spec, options.maxStates);
  if (determinised.kind === 'too-many-states') {
    return failure(
      'too-many-states',
      `determinising '${spec.name}' needs more than ${determinised.limit} states; raise the limit or simplify the automaton`,
    );
  }
  const wasDeterministic = spec.kind !== 'nfa' && determinised.dfa.states.every((name, q) => name === spec.states[q]);
  const { dfa, deadState } = completeWithDeadState(determinised.dfa);
  const outputs: NetworkOutputs | undefined =
    transducer && form
      ? drawOutputCodes(planOutputs(transducer.kind, transducer.outputs, form, transducer.dfa.states, dfa), seed)
      : undefined;
  const patterns = buildPatterns(dfa);
  const edges = buildMemoryEdges(dfa, patterns);

  const problems = scheduleProblems(a, h, eta, iterations);
  const scheduleHolds = problems.length === 0;
  const warnings: string[] = problems.map((p) => `${p}; exactness is not guaranteed`);
  // Outside the exact regime the gaps say nothing about runs; size the network as for the default schedule.
  const sizing: CapacitySetup = {
    dfa,
    patterns,
    encoding,
    seed,
    a: scheduleHolds ? a : DEFAULT_AUTO,
    h: scheduleHolds ? h : DEFAULT_HETERO,
    ...(outputs ? { outputs } : {}),
    ...(options.stateCodes ? { stateCodes: options.stateCodes } : {}),
  };
  const describe = `${dfa.states.length} state${dfa.states.length === 1 ? '' : 's'} over ${dfa.alphabet.length} symbol${dfa.alphabet.length === 1 ? '' : 's'}`;

  let candidate: Candidate;
  let candidatesTried = 0;
  if (neurons !== undefined) {
    const problem = sizeProblem(neurons, sizing);
    if (problem !== undefined) return tooLarge(spec.name, neurons, problem, sizing);
    const evaluated = evaluateNeurons(neurons, sizing);
    if (!evaluated || !evaluated.safe) {
      if (scheduleHolds) return tooFew(neurons, evaluated, sizing, describe);
      warnings.push(`neurons = ${neurons} does not pass the capacity check`);
    }
    if (!evaluated) {
      const granule = inputGranularity(encoding, dfa.alphabet.length + 1);
      const stateMinimum = outputs ? `more than the ${outputs.length} of its output part` : 'one';
      return failure(
        'too-few-neurons',
        `neurons = ${neurons} is too few for ${describe}: the input part needs at least ${granule} neurons and the state part ${stateMinimum}`,
      );
    }
    candidate = evaluated;
  } else {
    const found = searchNeurons(sizing);
    if (found.kind === 'too-large') {
      return failure(
        'too-large',
        `'${spec.name}' is too large to compile: no smaller neuron count is safe, and ${found.problem}; minimise the automaton or split it into smaller ones`,
      );
    }
    if (found.kind === 'none') {
      return failure('no-safe-size', `no neuron count up to ${found.limit} is safe for ${describe}`);
    }
    candidate = found.candidate;
    candidatesTried = found.tried;
  }

  const n = candidate.n;
  const p = patterns.count;
  const figures = candidate.figures;
  const worst = figures.gaps.worst;
  const betaFloor = minimumBeta(worst, n, p, a, h);
  const beta = requested.parameters.beta ?? automaticBeta(betaFloor);
  if (requested.parameters.beta !== undefined && beta < betaFloor) {
    warnings.push(
      `beta = ${beta} is below ${formatNumber(betaFloor)}, the smallest value for which attention is one-hot to within e^-12; exactness is not guaranteed`,
    );
  }
  if (!scheduleHolds && neurons === undefined) {
    warnings.push(
      `neurons = ${n} was sized for the default schedule (auto = ${DEFAULT_AUTO}, hetero = ${DEFAULT_HETERO})`,
    );
  }
  const quiescenceThreshold = 0.5 * figures.idealCorrelation;
  const outputReadGap = outputs ? outputGap(outputs, a, h) : undefined;
  const params: NetworkParams = {
    neurons: n,
    stateNeurons: candidate.split.stateNeurons,
    inputNeurons: candidate.split.inputNeurons,
    seed,
    encoding,
    beta,
    auto: a,
    hetero: h,
    eta,
    iterations,
    quiescenceThreshold,
  };
  const report: CompileReport = {
    name: spec.name,
    neurons: n,
    stateNeurons: params.stateNeurons,
    inputNeurons: params.inputNeurons,
    patterns: p,
    states: dfa.states.length,
    symbols: dfa.alphabet.length,
    transitions: p - dfa.states.length,
    determinised: !wasDeterministic,
    deadState: deadState === null ? null : dfa.states[deadState],
    encoding,
    seed,
    ...(encoding === 'bipolar' ? { stateCodes: candidate.stateCodes } : {}),
    kappaState: figures.kappaState,
    kappaInput: figures.kappaInput,
    meanTermSpread: figures.meanTermSpread,
    gaps: figures.gaps,
    requiredGap: candidate.requiredGap,
    beta,
    betaChosen: requested.parameters.beta !== undefined ? 'given' : 'auto',
    minimumBeta: Number.isFinite(betaFloor) ? betaFloor : 0,
    neuronsChosen: neurons !== undefined ? 'given' : 'auto',
    candidatesTried,
    auto: a,
    hetero: h,
    eta,
    iterations,
    idealCorrelation: figures.idealCorrelation,
    quiescenceThreshold,
    exact: scheduleHolds && candidate.safe && beta >= betaFloor && (outputReadGap === undefined || outputReadGap > 0),
    warnings,
    ...(outputs && outputReadGap !== undefined
      ? { outputs: { kind: outputs.kind, count: outputs.names.length, neurons: outputs.length, gap: outputReadGap } }
      : {}),
  };
  return {
    kind: 'ok',
    network: {
      name: spec.name,
      dfa,
      deadState,
      params,
      codes: candidate.codes,
      patterns,
      edges,
      mean: meanPattern(candidate.codes, patterns),
      report,
      source: sourceOf(spec, options.sourceText),
      ...(outputs ? { outputs } : {}),
    },
  };
}

/**
 * A complete DFA: a partial one gets one explicit dead state (non-accepting, every symbol loops to it),
 * appended last and named by `@cdam/automata`'s `complete` so it cannot collide with a user's name.
 */
export function completeWithDeadState(dfa: Dfa): { dfa: Dfa; deadState: number | null } {
  if (isComplete(dfa)) return { dfa, deadState: null };
  return { dfa: complete(dfa), deadState: dfa.states.length };
}

function tooFew(
  neurons: number,
  evaluated: Candidate | undefined,
  sizing: CapacitySetup,
  describe: string,
): CompileResult {
  const found = searchNeurons(sizing);
  const smallest = found.kind === 'ok' ? found.candidate.n : undefined;
  const why = evaluated
    ? evaluated.figures.gaps.worst !== null && evaluated.figures.gaps.worst < evaluated.requiredGap
      ? `the worst decision gap is ${formatNumber(evaluated.figures.gaps.worst)} (a safe network needs at least ${formatNumber(evaluated.requiredGap)})`
      : `the decoding margin is ${formatNumber(evaluated.figures.gaps.decode ?? 0)} (it must be positive)`
    : `the input part needs at least ${inputGranularity(sizing.encoding, sizing.dfa.alphabet.length + 1)} neurons and the state part one`;
  const fix =
    smallest !== undefined
      ? `the smallest safe value is ${smallest}`
      : found.kind === 'too-large'
        ? `no safe value could be checked (${found.problem})`
        : `no value up to 1000000 is safe`;
  return {
    kind: 'error',
    error: {
      code: 'too-few-neurons',
      message: `neurons = ${neurons} is too few for ${describe}: ${why}; ${fix}`,
      ...(smallest !== undefined ? { smallestSafeNeurons: smallest } : {}),
    },
  };
}

/** `too-large` for given neurons: the message names the figure, its limit and the largest neuron count that fits. */
function tooLarge(name: string, neurons: number, problem: string, sizing: CapacitySetup): CompileResult {
  const fitting = largestFittingNeurons(neurons - 1, sizing);
  const fix =
    fitting !== undefined
      ? `give at most neurons = ${fitting} (or leave neurons out to get the smallest safe count)`
      : `minimise the automaton or split it into smaller ones`;
  return failure('too-large', `'${name}' is too large to compile: ${problem}; ${fix}`);
}

function failure(code: CompileError['code'], message: string): CompileResult {
  return { kind: 'error', error: { code, message } };
}

/** Up to 4 significant digits, no exponent for ordinary magnitudes. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

/** The spec without spans, in a fixed key order, so its JSON is canonical. */
export function canonicalSpec(spec: AutomatonSpec): AutomatonSpec {
  return {
    name: spec.name,
    kind: spec.kind,
    alphabet: [...spec.alphabet],
    states: [...spec.states],
    start: [...spec.start],
    accept: [...spec.accept],
    transitions: spec.transitions.map((t) => [...t] as unknown as SpecTransition),
    ...(spec.outputAlphabet !== undefined ? { outputAlphabet: [...spec.outputAlphabet] } : {}),
    ...(spec.outputs !== undefined ? { outputs: { ...spec.outputs } } : {}),
    network: { ...spec.network },
  };
}

function sourceOf(spec: AutomatonSpec, sourceText: string | undefined): CompiledSource {
  const canonical = canonicalSpec(spec);
  return { spec: canonical, ...hashSource(canonical, sourceText) };
}
