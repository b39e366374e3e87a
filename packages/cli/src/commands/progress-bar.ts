import type { Io } from '../io.js';

/** A one-line progress bar redrawn in place on stderr. */
export interface ProgressBar {
  /** Redraws when the whole percentage changes (or the label does). */
  update(done: number, total: number, label: string): void;
  /** Erases the bar, leaving the cursor at the start of the empty line. */
  clear(): void;
}

const WIDTH = 30;

/**
 * A progress bar on `io.err`, or one that draws nothing when `enabled` is false (stderr not a terminal,
 * CI, `--no-progress`). Redraws at most once per percent, so callers may report progress as often as they like.
 */
export function createProgressBar(io: Io, enabled: boolean): ProgressBar {
  if (!enabled) return { update: () => undefined, clear: () => undefined };
  let shown = '';
  return {
    update(done, total, label) {
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      const percent = Math.floor(fraction * 100);
      const key = `${percent} ${label}`;
      if (key === shown) return;
      shown = key;
      const filled = Math.round(fraction * WIDTH);
      io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}% ${label}\x1b[K`);
    },
    clear() {
      if (shown !== '') io.err('\r\x1b[K');
      shown = '';
    },
  };
}
