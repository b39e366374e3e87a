import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './measure.js';

/** Times one update of the NumPy yardstick for (n, p, batch): milliseconds per step, or null with a reason. */
export type NumpyRunner = (n: number, p: number, batch: number) => NumpyFigure;

export type NumpyFigure = { readonly ms: number } | { readonly ms: null; readonly reason: string };

/** The repository root (three levels above this file: packages/runtime/bench). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** Where the yardstick lives: `../shared/bench/numpy_step.py` relative to the repository root. */
export const NUMPY_SCRIPT = resolve(REPO_ROOT, '../shared/bench/numpy_step.py');

/**
 * Machine-specific OpenBLAS tuning that may be set here; the yardstick runs with BLAS's own defaults, so
 * both are removed from its (and only its) environment.
 */
const UNSET_FOR_YARDSTICK = ['OPENBLAS_CORETYPE', 'OPENBLAS_L2_SIZE'];

/**
 * A runner that starts `python3 <script> N P BATCH` once per figure and reads its JSON line
 * (`ms_per_step`, the script's mean over its own repetitions after 3 warm-up steps). Never throws: a
 * missing script, python3 or numpy gives `{ ms: null, reason }`.
 */
export function pythonNumpyRunner(script = NUMPY_SCRIPT, python = 'python3', timeoutMs = 300_000): NumpyRunner {
  return (n, p, batch) => {
    if (!existsSync(script)) return { ms: null, reason: `no yardstick script at ${script}` };
    const env = { ...process.env };
    for (const name of UNSET_FOR_YARDSTICK) delete env[name];
    const child = spawnSync(python, [script, String(n), String(p), String(batch)], {
      env,
      encoding: 'utf8',
      timeout: timeoutMs,
    });
    if (child.error) return { ms: null, reason: `cannot run ${python}: ${child.error.message}` };
    if (child.status !== 0) {
      const why = child.stderr.trim().split('\n').pop() ?? `exit ${child.status}`;
      return { ms: null, reason: `yardstick failed (${why || `exit ${child.status}`})` };
    }
    return parseYardstick(child.stdout);
  };
}

/** Reads `ms_per_step` from the yardstick's last JSON line. */
export function parseYardstick(stdout: string): NumpyFigure {
  const line = stdout.trim().split('\n').pop() ?? '';
  try {
    const parsed = JSON.parse(line) as { ms_per_step?: unknown };
    if (typeof parsed.ms_per_step === 'number' && parsed.ms_per_step > 0) return { ms: parsed.ms_per_step };
  } catch {
    // fall through: not JSON
  }
  return { ms: null, reason: `unexpected yardstick output '${line.slice(0, 80)}'` };
}

/** A yardstick figure over several runs: the median, and how many runs it took. */
export type RepeatedFigure =
  { readonly ms: number; readonly runs: number } | { readonly ms: null; readonly reason: string };

/**
 * Runs the yardstick up to `maxRuns` times, starting no new run once `budgetMs` has passed, and reports
 * the median: BLAS threads on a loaded machine make single runs scatter widely. Stops at the first failure.
 */
export function repeatYardstick(
  runner: NumpyRunner,
  n: number,
  p: number,
  batch: number,
  options: { readonly maxRuns: number; readonly budgetMs: number; readonly now?: () => number },
): RepeatedFigure {
  const now = options.now ?? (() => performance.now());
  const start = now();
  const figures: number[] = [];
  while (figures.length < options.maxRuns && (figures.length === 0 || now() - start < options.budgetMs)) {
    const figure = runner(n, p, batch);
    if (figure.ms === null) return figure;
    figures.push(figure.ms);
  }
  return { ms: median(figures), runs: figures.length };
}
