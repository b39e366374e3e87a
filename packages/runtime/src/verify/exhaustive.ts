import type { BatchStepper } from './batch-stepper.js';
import type { CoverageTracker } from './coverage.js';
import type { MismatchLog, StepComparison } from './expected.js';
import { driveJobs, runJob, type Job, type Outcome, type StepOutcome } from './jobs.js';
import type { MarginStats } from './margins.js';

/** The default budget of the exhaustive check: at most this many words (all lengths together). */
export const DEFAULT_EXHAUSTIVE_WORDS = 100_000;

/** Number of words of length 0..`depth` over `symbols` symbols: Σ_{j<=depth} symbols^j (may exceed 2^53 as a float). */
export function wordCount(symbols: number, depth: number): number {
  if (symbols === 0) return 1;
  if (symbols === 1) return depth + 1;
  return (symbols ** (depth + 1) - 1) / (symbols - 1);
}

/**
 * The largest depth K whose words (Σ_{j<=K} |Σ|^j) number at most `maxWords`: 15 for two symbols and
 * 100 000 words, 4 for twelve. With no symbols only the empty word exists (0). O(K).
 */
export function defaultDepth(symbols: number, maxWords = DEFAULT_EXHAUSTIVE_WORDS): number {
  if (symbols === 0) return 0;
  if (symbols === 1) return Math.max(0, maxWords - 1);
  let depth = 0;
  while (wordCount(symbols, depth + 1) <= maxWords) depth++;
  return depth;
}

/** Everything the exhaustive check reads and writes. */
export interface ExhaustiveContext {
  readonly stepper: BatchStepper;
  readonly comparison: StepComparison;
  readonly margins: MarginStats;
  readonly log: MismatchLog;
  readonly coverage: CoverageTracker;
  /** Symbols (indices of the expected DFA) to enumerate; those the network knows. */
  readonly symbols: readonly number[];
  readonly onProgress?: (done: number, total: number) => void;
}

/** What the exhaustive check did. */
export interface ExhaustiveResult {
  readonly depth: number;
  readonly words: number;
  readonly inputs: number;
}

/**
 * A block of words of one length: their network states (until the block is extended), automaton states,
 * whether each already failed, and how each word extends a word of the parent block (words are rebuilt
 * by walking up, so long words over one symbol do not cost quadratic memory).
 */
interface Block {
  readonly length: number;
  readonly count: number;
  x: Float64Array | null;
  readonly states: Int32Array;
  readonly failed: Uint8Array;
  readonly parent: Block | null;
  /** Column of the parent block each word extends. */
  readonly from: Int32Array;
  /** The last symbol of each word. */
  readonly symbol: Int32Array;
}

/** Word `column` of `block`, as symbol indices. O(length). */
function wordOf(block: Block, column: number): Int32Array {
  const word = new Int32Array(block.length);
  let at: Block | null = block;
  let c = column;
  while (at !== null && at.length > 0) {
    word[at.length - 1] = at.symbol[c];
    c = at.from[c];
    at = at.parent;
  }
  return word;
}

/**
 * Checks every word of length 0..`depth`: the decoded state after every input must be the automaton's
 * state (see `StepComparison.agrees`). Words sharing a prefix share its simulation: a block of words of
 * length j is extended by every symbol into blocks of length j + 1 (up to `stepper.capacity` columns each),
 * depth-first over blocks, so memory stays O(depth · |Σ| · capacity · n) while each of the Σ|Σ|^j words
 * costs exactly one input's K iterations. A mismatch is logged once, at the first input where a word
 * diverges; its extensions count as failing words but are not logged again.
 */
export function checkExhaustive(context: ExhaustiveContext, depth: number): ExhaustiveResult {
  const { stepper, comparison } = context;
  return driveJobs(exhaustiveSteps(context, depth, stepper.capacity), (job) => runJob(stepper, comparison, job));
}

/**
 * `checkExhaustive` as a generator of step jobs (see `StepJob`): the children of a block are stepped up
 * to `chunk` columns at a time, in blocks of `stepper.capacity` (the driver may split a job among workers
 * at those boundaries), and their outcomes are taken in the single-threaded order.
 */
export function* exhaustiveSteps(
  context: ExhaustiveContext,
  depth: number,
  chunk: number,
): Generator<Job, ExhaustiveResult, Outcome> {
  const { stepper, comparison, margins, log, coverage, symbols, onProgress } = context;
  const { expected } = comparison;
  const n = stepper.network.n;
  const k = symbols.length;
  const total = wordCount(k, depth);
  const correlations = new Float64Array(comparison.network.dfa.states.length);
  const threshold = comparison.network.params.quiescenceThreshold;
  const names = (word: Int32Array) => Array.from(word, (s) => expected.alphabet[s]);

  stepper.loadInitial(0);
  const decoded = stepper.decode(0, correlations);
  const startOk = comparison.agrees(decoded, expected.start, stepper.x, 0);
  margins.add(decoded.margin, decoded.best - threshold, () => ({ word: [], atInput: -1 }));
  if (!startOk) {
    log.failingWords++;
    log.add(comparison.mismatch([], decoded, expected.start, 'exhaustive', stepper.x, 0));
  }
  let done = 1;
  let inputs = 0;
  onProgress?.(done, total);
  const root: Block = {
    length: 0,
    count: 1,
    x: stepper.save(1),
    states: Int32Array.of(expected.start),
    failed: Uint8Array.of(startOk ? 0 : 1),
    parent: null,
    from: new Int32Array(1),
    symbol: new Int32Array(1),
  };
  const stack: Block[] = depth > 0 && k > 0 ? [root] : [];
  const capacity = stepper.capacity;
  const per = Math.max(capacity, Math.floor(chunk / capacity) * capacity);
  while (stack.length > 0) {
    const parent = stack.pop() as Block;
    const parentX = parent.x as Float64Array;
    parent.x = null; // its words are extended now; only the word structure is still needed
    const length = parent.length + 1;
    const children = parent.count * k;
    const blocks: Block[] = [];
    for (let jobFirst = 0; jobFirst < children; jobFirst += per) {
      const jobCount = Math.min(per, children - jobFirst);
      const from = new Float64Array(jobCount * n);
      const stepSymbols = new Int32Array(jobCount);
      const targets = new Int32Array(jobCount);
      for (let j = 0; j < jobCount; j++) {
        const column = Math.floor((jobFirst + j) / k);
        from.set(parentX.subarray(column * n, (column + 1) * n), j * n);
        stepSymbols[j] = symbols[(jobFirst + j) % k];
        targets[j] = expected.delta[parent.states[column]][stepSymbols[j]];
      }
      const outcome = (yield { kind: 'step', from, symbols: stepSymbols, targets }) as StepOutcome;
      const disagreeing = new Map(outcome.disagreements.map((d) => [d.column, d.decoded]));
      for (let first = 0; first < jobCount; first += capacity) {
        const count = Math.min(capacity, jobCount - first);
        const fromColumn = new Int32Array(count);
        const symbol = new Int32Array(count);
        for (let b = 0; b < count; b++) {
          fromColumn[b] = Math.floor((jobFirst + first + b) / k);
          symbol[b] = stepSymbols[first + b];
        }
        const states = targets.slice(first, first + count);
        const failed = new Uint8Array(count);
        const block: Block = { length, count, x: null, states, failed, parent, from: fromColumn, symbol };
        for (let b = 0; b < count; b++) {
          const j = first + b;
          const before = parent.states[fromColumn[b]];
          coverage.take(before, symbol[b]);
          margins.add(outcome.margin[j], outcome.best[j] - threshold, () => ({
            word: names(wordOf(block, b)),
            atInput: length - 1,
          }));
          const wrong = disagreeing.get(j);
          if (wrong !== undefined && !parent.failed[fromColumn[b]]) {
            log.add(comparison.mismatch(wordOf(block, b), wrong, states[b], 'exhaustive', outcome.x, j * n));
          }
          failed[b] = parent.failed[fromColumn[b]] || wrong !== undefined ? 1 : 0;
          log.failingWords += failed[b];
        }
        inputs += count;
        done += count;
        onProgress?.(done, total);
        if (length < depth) {
          block.x = outcome.x.slice(first * n, (first + count) * n);
          blocks.push(block);
        }
      }
    }
    // Depth-first, first symbol first: push the blocks in reverse.
    for (let i = blocks.length - 1; i >= 0; i--) stack.push(blocks[i]);
  }
  return { depth, words: done, inputs };
}
