import type { Io } from '../io.js';
import type { ProgressBar } from './progress-bar.js';

export interface ProgressLogOptions {
  /** The command, first on every line (`verify`). */
  readonly command: string;
  /** Milliseconds since some fixed point. */
  readonly clock: () => number;
  /** `clock()` when the command started, for the elapsed seconds. */
  readonly started: number;
  /** Least time between two lines (default 2000 ms). */
  readonly intervalMs?: number;
  /** What `done` and `total` count (default `runs`). */
  readonly unit?: string;
}

/** `111111` as `111 111`, so long counts can be read at a glance in a log. */
export function groupDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * Progress as plain lines on `io.err`, for logs and CI where a bar redrawn with `\r` is noise:
 * `verify: 12 000 of 111 711 inputs (10%), random words, 23 s` (the unit is the caller's: verify counts
 * inputs simulated, so the total includes its noise table's inputs at every noise level and may exceed
 * what the report counts as checked). The first update prints a line, then at most one every `intervalMs`;
 * `clear` prints the last state when it was not printed, so a log ends at 100%.
 */
export function createProgressLog(io: Io, options: ProgressLogOptions): ProgressBar {
  const intervalMs = options.intervalMs ?? 2000;
  const unit = options.unit ?? 'runs';
  let printedAt: number | undefined;
  let unprinted: { done: number; total: number; label: string } | undefined;
  const print = (done: number, total: number, label: string, now: number) => {
    const percent = total > 0 ? Math.floor(Math.min(1, done / total) * 100) : 100;
    const seconds = Math.max(0, Math.floor((now - options.started) / 1000));
    io.err(
      `${options.command}: ${groupDigits(done)} of ${groupDigits(total)} ${unit} (${percent}%), ${label}, ${seconds} s\n`,
    );
    printedAt = now;
    unprinted = undefined;
  };
  return {
    update(done, total, label) {
      const now = options.clock();
      if (printedAt === undefined || now - printedAt >= intervalMs) print(done, total, label, now);
      else unprinted = { done, total, label };
    },
    clear() {
      if (unprinted !== undefined) print(unprinted.done, unprinted.total, unprinted.label, options.clock());
    },
  };
}
