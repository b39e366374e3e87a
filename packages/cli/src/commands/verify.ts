import { availableParallelism } from 'node:os';
import { DEFAULT_NOISE_LEVELS, Network, wordCount, type VerifyProgress, type VerifyReport } from '@cdam/runtime';
import { verifyNetworkParallel } from '@cdam/runtime/parallel';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { loadNetwork } from '../load-network.js';
import { usageError } from '../usage.js';
import { createProgressBar } from './progress-bar.js';
import { createProgressLog } from './progress-log.js';
import { formatVerifyReport } from './verify-text.js';
import { visiblePath, visibleText } from '../visible-path.js';

export interface VerifyCommandOptions {
  readonly automaton?: string;
  /** Exhaustive depth (default: the largest with at most 100 000 inputs); given, the exhaustive phase runs. */
  readonly depth?: number;
  /** Random words (default 1000); given, the random phase runs. */
  readonly samples?: number;
  /**
   * Run the exhaustive (`exhaustive`) and random (`random`) phases even when the state closure proved the
   * network (by default they run only when it did not).
   */
  readonly exhaustive?: boolean;
  readonly random?: boolean;
  /** The robustness table (default true). */
  readonly noiseTable?: boolean;
  /** Work budgets in inputs simulated: the state closure's and the robustness table's (defaults: by network size). */
  readonly closureBudget?: number;
  readonly noiseBudget?: number;
  /** An extra noise level for the robustness table (the checks themselves always run without noise). */
  readonly noise?: number;
  /** Seed of the random words and the noise (default: the network's seed). */
  readonly seed?: number;
  readonly json?: boolean;
  /**
   * Progress on stderr, with or without `json` (stdout holds only the report): `bar`, redrawn in place
   * (the caller asks for it only when stderr is a terminal), or `lines`, plain lines at most every 2 s.
   * None when absent.
   */
  readonly progress?: 'bar' | 'lines';
  /**
   * Worker threads: given, they are used whatever the size of the work (0 or 1: none); by default one per
   * core, for large verifications only. The report is the same either way.
   */
  readonly workers?: number;
  /** Milliseconds since some fixed point, for `elapsedMs` (default `performance.now`). */
  readonly clock?: () => number;
}

/** The most words `--depth` may ask for. */
export const MAX_EXHAUSTIVE_WORDS = 10_000_000;
/** Longest random word. */
export const RANDOM_MAX_LENGTH = 200;
/** Words in the robustness sample. */
const ROBUSTNESS_WORDS = 100;

/** The JSON document of `cdam verify --json`: the report, the file, the verdict and the time taken. */
export interface VerifyJson extends VerifyReport {
  readonly file: string;
  readonly verified: boolean;
  readonly elapsedMs: number;
}

/**
 * Progress labels. The noise table's label says how many runs it adds: they count in the progress total but
 * not in `wordsChecked`, which covers only the words checked without noise.
 */
function phaseLabels(noiseLevels: readonly number[]): Record<VerifyProgress['phase'], string> {
  const levels = new Set(noiseLevels).size; // verifyNetwork runs a repeated level once
  return {
    closure: 'state closure',
    exhaustive: 'all words up to the depth',
    random: 'random words',
    robustness: `noise table, at each of ${levels} noise levels`,
  };
}

/**
 * `cdam verify <file> [--automaton NAME] [--depth K] [--samples N] [--exhaustive] [--random] [--all]
 * [--noise F] [--no-noise-table] [--closure-budget N] [--noise-budget N] [--seed S] [--json] [--[no-]progress]`:
 * checks that the network of a `.fsa` automaton (compiled on the fly) or of a `.cdam.json` artifact is
 * its automaton: by the state-closure proof, and unless it closed, on every word up to the depth and on
 * random words (see `verifyNetwork`). Exit 0 when nothing differs, 1 on a mismatch or when the file
 * cannot be read, checked, compiled or loaded (as in every command), 2 on a usage error.
 */
export async function verifyCommand(file: string, options: VerifyCommandOptions, io: Io): Promise<ExitCode> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const loaded = await loadNetwork(io, file, { automaton: options.automaton });
  if (!loaded.ok) return ExitCode.Errors;
  const network = new Network(loaded.network);
  if (options.depth !== undefined) {
    const words = wordCount(network.compiled.dfa.alphabet.length, options.depth);
    if (words > MAX_EXHAUSTIVE_WORDS) {
      return usageError(
        io,
        'verify',
        `option '--depth' = ${options.depth} means ${Number.isFinite(words) ? words.toPrecision(3) : 'more than 1e308'} words over ${network.compiled.dfa.alphabet.length} symbols; at most ${MAX_EXHAUSTIVE_WORDS} are allowed (lower --depth)`,
      );
    }
  }
  const bar =
    options.progress === 'lines'
      ? createProgressLog(io, { command: 'verify', clock, started, unit: 'inputs' })
      : createProgressBar(io, options.progress === 'bar');
  const noiseLevels =
    options.noiseTable === false
      ? []
      : options.noise !== undefined
        ? [...DEFAULT_NOISE_LEVELS, options.noise]
        : DEFAULT_NOISE_LEVELS;
  const phases = phaseLabels(noiseLevels);
  // While worker threads do the work this thread is free, so the last figures are shown again now and then
  // (a progress log prints at most every 2 s): a long job still shows that work goes on.
  let shown: VerifyProgress | undefined;
  const show = (p: VerifyProgress) => bar.update(p.done, p.total, phases[p.phase]);
  const heartbeat = setInterval(() => {
    if (shown !== undefined) show(shown);
  }, 1000);
  heartbeat.unref();
  const result = await verifyNetworkParallel(network, {
    ...(options.workers !== undefined ? { workers: options.workers, minWork: 0 } : { workers: availableParallelism() }),
    ...(options.depth !== undefined ? { depth: options.depth } : {}),
    ...(options.samples !== undefined ? { samples: options.samples } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.closureBudget !== undefined ? { closureInputs: options.closureBudget } : {}),
    ...(options.noiseBudget !== undefined ? { noiseInputs: options.noiseBudget } : {}),
    exhaustive: options.exhaustive === true || options.depth !== undefined || 'unless-proved',
    random: options.random === true || options.samples !== undefined || 'unless-proved',
    noiseLevels,
    maxLength: RANDOM_MAX_LENGTH,
    robustnessWords: ROBUSTNESS_WORDS,
    onProgress: (p) => {
      shown = p;
      show(p);
    },
  }).finally(() => clearInterval(heartbeat));
  bar.clear();
  if (result.kind === 'error') {
    io.err(`cdam: ${visiblePath(file)}: ${visibleText(result.message)}\n`);
    return ExitCode.Errors;
  }
  const { report } = result;
  const verified = report.failingWords === 0;
  if (options.json) {
    const json: VerifyJson = { file, ...report, verified, elapsedMs: Math.round(clock() - started) };
    io.out(`${JSON.stringify(json)}\n`);
  } else {
    io.out(formatVerifyReport(file, report, { maxLength: RANDOM_MAX_LENGTH }));
  }
  return verified ? ExitCode.Ok : ExitCode.Errors;
}
