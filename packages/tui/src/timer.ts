/** A source of periodic callbacks, injected so tests move time by hand (see `manualTimer`). */
export interface Timer {
  /** Calls `callback` every `ms` milliseconds until the returned function is called. */
  every(ms: number, callback: () => void): () => void;
}

/** The real clock: `setInterval`. */
export const intervalTimer: Timer = {
  every(ms, callback) {
    const id = setInterval(callback, ms);
    return () => clearInterval(id);
  },
};
