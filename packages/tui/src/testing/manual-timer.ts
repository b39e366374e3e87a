import type { Timer } from '../timer.js';

/** A `Timer` moved by hand: `tick()` fires every running interval once. */
export interface ManualTimer extends Timer {
  tick(): void;
  /** Intervals currently running, with their periods. */
  running(): number[];
}

/** A timer with no intervals running; nothing fires until `tick()`. */
export function manualTimer(): ManualTimer {
  const intervals = new Map<number, { ms: number; callback: () => void }>();
  let nextId = 0;
  return {
    every(ms, callback) {
      const id = nextId++;
      intervals.set(id, { ms, callback });
      return () => void intervals.delete(id);
    },
    tick() {
      for (const { callback } of [...intervals.values()]) callback();
    },
    running: () => [...intervals.values()].map((i) => i.ms),
  };
}
