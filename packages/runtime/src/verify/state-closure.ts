import type { Dfa } from '@cdam/automata';
import type { Network } from '../network.js';
import { BatchStepper } from './batch-stepper.js';
import type { CoverageTracker } from './coverage.js';
import type { StepComparison } from './expected.js';
import { driveJobs, runJob, type Job, type Outcome, type StepOutcome } from './jobs.js';
import type { MarginStats } from './margins.js';
import type { Mismatch } from './report.js';

/**
 * What `exploreStateClosure` found. The network is a deterministic function from its state vector and an
 * input symbol to its next state vector, so a run is a path in the graph whose vertices are the distinct
 * (bit-for-bit) state vectors reached, paired with the automaton's state. When that graph is finite and
 * fully explored (`closed`), every edge has been checked, and with it every word of every length.
 */
export interface StateClosure {
  /** Every reachable (network state, automaton state) pair was expanded with every symbol. */
  readonly closed: boolean;
  /** Distinct (network state, automaton state) pairs reached. */
  readonly networkStates: number;
  /** Breadth-first depth reached: the length of the longest word needed to reach a new pair. */
  readonly depth: number;
  /**
   * Every word up to this length was checked and agreed (Infinity when closed; -1 when the start state
   * itself differs). After a mismatch in the middle of a level, the length before that level.
   */
  readonly checkedLength: number;
  /** Pair x symbol steps computed (inputs simulated). */
  readonly transitionsChecked: number;
  /** The shortest word on which the network and the automaton disagree, if one was found. */
  readonly mismatch?: Mismatch;
  /** Why the search stopped early (state or input budget), when it did. */
  readonly stoppedBecause?: string;
}

export interface StateClosureOptions {
  /** Budget of distinct pairs (default: 100 000, fewer for large n so the stored vectors stay under ~200 MB). */
  readonly maxStates?: number;
  /** Budget of work: inputs simulated, one per (pair, symbol) step (default: unlimited). */
  readonly maxInputs?: number;
  /** The stepper to step with (default: a new one of about 4M numbers of scratch, at most 256 columns). */
  readonly stepper?: BatchStepper;
  /** Receives the margin of every decoded step. */
  readonly margins?: MarginStats;
  /** Receives every transition of the automaton taken. */
  readonly coverage?: CoverageTracker;
  /**
   * Called after every batch of steps with the inputs simulated so far and the steps already known to be
   * pending (the rest of this level and the next level's pairs found so far, times the symbols).
   */
  readonly onProgress?: (inputs: number, pending: number) => void;
}

/** The default state budget for networks of `n` neurons. */
export function defaultClosureBudget(n: number): number {
  return Math.max(1, Math.min(100_000, Math.floor(25_000_000 / Math.max(1, n))));
}

/** Columns of a stepper with about 4M numbers of scratch, at most 256 (as `Network.runBatch` does). */
export function defaultBatchSize(n: number, p: number): number {
  return Math.max(1, Math.min(256, Math.floor(4_000_000 / (2 * p + 2 * n))));
}

/**
 * Breadth-first search over the network's reachable state vectors (compared bit for bit), stepping each
 * new one with every symbol of the expected automaton and comparing the decoded state (and, for a
 * transducer, the output read from the state) with the automaton's after every step. The steps of one level are independent, so they run `stepper.capacity`
 * at a time (each column gets exactly the arithmetic of `Network.step`), and their results are taken in
 * the order of a one-at-a-time search: breadth-first, then by symbol, so the first mismatch is a shortest
 * failing word. A closed search is an exhaustive check of all words of all lengths; an open one still
 * checked every word up to `checkedLength`. Cost: O(pairs · |alphabet| · K · kernel) time and O(pairs · n)
 * memory.
 */
export function exploreStateClosure(
  network: Network,
  expected: Dfa,
  comparison: StepComparison,
  options: StateClosureOptions = {},
): StateClosure {
  const stepper = options.stepper ?? new BatchStepper(network, defaultBatchSize(network.n, network.p));
  const steps = closureSteps(stepper, expected, comparison, { ...options, chunk: stepper.capacity });
  return driveJobs(steps, (job) => runJob(stepper, comparison, job));
}

/**
 * `exploreStateClosure` as a generator of step jobs of at most `chunk` columns (see `StepJob`), which the
 * caller runs (on this thread or in workers) and sends back; everything else (the search, the margins,
 * the coverage, the budgets) happens here, in the one-at-a-time order. `stepper` gives the start state.
 */
export function* closureSteps(
  stepper: BatchStepper,
  expected: Dfa,
  comparison: StepComparison,
  options: StateClosureOptions & { readonly chunk: number },
): Generator<Job, StateClosure, Outcome> {
  const network = stepper.network;
  const budget = options.maxStates ?? defaultClosureBudget(network.n);
  const inputBudget = options.maxInputs ?? Infinity;
  const { margins, coverage, onProgress, chunk } = options;
  const threshold = comparison.network.params.quiescenceThreshold;
  const symbols = expected.alphabet.map((_, s) => s).filter((s) => comparison.symbolInNetwork[s] >= 0);
  const k = symbols.length;
  const vectors: Float64Array[] = [];
  const automatonState: number[] = [];
  const parent: number[] = [];
  const parentSymbol: number[] = [];
  const index = new Map<number, number[]>();
  const n = network.n;

  const wordTo = (node: number, last: number): number[] => {
    const word = last >= 0 ? [last] : [];
    for (let v = node; parent[v] >= 0; v = parent[v]) word.push(parentSymbol[v]);
    return word.reverse();
  };
  const names = (word: number[]) => word.map((s) => expected.alphabet[s]);
  const lookup = (x: Float64Array, q: number): number | undefined =>
    index.get(hashState(x, q))?.find((v) => automatonState[v] === q && sameBits(vectors[v], x));
  const add = (x: Float64Array, q: number, from: number, symbol: number): number => {
    const v = vectors.length;
    vectors.push(Float64Array.from(x));
    automatonState.push(q);
    parent.push(from);
    parentSymbol.push(symbol);
    const key = hashState(x, q);
    const bucket = index.get(key);
    if (bucket) bucket.push(v);
    else index.set(key, [v]);
    return v;
  };

  stepper.loadInitial(0);
  const start = stepper.decode(0, new Float64Array(comparison.network.dfa.states.length));
  margins?.add(start.margin, start.best - threshold, () => ({ word: [], atInput: -1 }));
  if (!comparison.agrees(start, expected.start, stepper.x.subarray(0, n))) {
    const mismatch = comparison.mismatch([], start, expected.start, 'exhaustive', stepper.x.subarray(0, n));
    return {
      closed: false,
      networkStates: 1,
      depth: 0,
      checkedLength: -1,
      transitionsChecked: 0,
      mismatch: { ...mismatch, atInput: -1 },
    };
  }
  add(stepper.x.subarray(0, n), expected.start, -1, -1);

  let frontier = [0];
  let depth = 0;
  let transitionsChecked = 0;
  const open = (stoppedBecause: string): StateClosure => ({
    closed: false,
    networkStates: vectors.length,
    depth,
    checkedLength: depth,
    transitionsChecked,
    stoppedBecause,
  });
  while (frontier.length > 0) {
    const next: number[] = [];
    const steps = frontier.length * k;
    for (let first = 0, count = 0; first < steps; first += count) {
      if (transitionsChecked >= inputBudget) return open(`more than ${inputBudget} inputs`);
      count = Math.min(chunk, steps - first, inputBudget - transitionsChecked);
      const from = new Float64Array(count * n);
      const stepSymbols = new Int32Array(count);
      const targets = new Int32Array(count);
      for (let b = 0; b < count; b++) {
        const v = frontier[Math.floor((first + b) / k)];
        from.set(vectors[v], b * n);
        stepSymbols[b] = symbols[(first + b) % k];
        targets[b] = expected.delta[automatonState[v]][stepSymbols[b]];
      }
      const outcome = (yield { kind: 'step', from, symbols: stepSymbols, targets }) as StepOutcome;
      let disagreement = 0;
      for (let b = 0; b < count; b++) {
        const v = frontier[Math.floor((first + b) / k)];
        const s = stepSymbols[b];
        const q = targets[b];
        transitionsChecked++;
        coverage?.take(automatonState[v], s);
        margins?.add(outcome.margin[b], outcome.best[b] - threshold, () => ({
          word: names(wordTo(v, s)),
          atInput: depth,
        }));
        if (outcome.disagreements[disagreement]?.column === b) {
          const { decoded } = outcome.disagreements[disagreement++];
          const mismatch = comparison.mismatch(wordTo(v, s), decoded, q, 'exhaustive', outcome.x, b * n);
          // Words of length depth + 1 were being checked, so only those up to depth are all done.
          return {
            closed: false,
            networkStates: vectors.length,
            depth: depth + 1,
            checkedLength: depth,
            transitionsChecked,
            mismatch,
          };
        }
        const x = outcome.x.subarray(b * n, (b + 1) * n);
        if (lookup(x, q) !== undefined) continue;
        if (vectors.length >= budget) return open(`more than ${budget} distinct network states`);
        next.push(add(x, q, v, s));
      }
      onProgress?.(transitionsChecked, steps - first - count + next.length * k);
    }
    frontier = next;
    if (next.length > 0) depth++;
  }
  return { closed: true, networkStates: vectors.length, depth, checkedLength: Infinity, transitionsChecked };
}

/** FNV-1a over the 32-bit words of x, mixed with q; equal vectors (bit for bit) hash equally. O(n). */
function hashState(x: Float64Array, q: number): number {
  const words = new Uint32Array(x.buffer, x.byteOffset, x.length * 2);
  let hash = (0x811c9dc5 ^ q) >>> 0;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words[i], 0x01000193) >>> 0;
  return hash;
}

function sameBits(a: Float64Array, b: Float64Array): boolean {
  const wa = new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
  const wb = new Uint32Array(b.buffer, b.byteOffset, b.length * 2);
  for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) return false;
  return true;
}
