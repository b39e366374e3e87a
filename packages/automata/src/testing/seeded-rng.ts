import type { Rng } from '../random.js';

/**
 * A small seeded generator (mulberry32) for tests and benchmarks of this package. Same seed, same stream.
 * Production code takes its `Rng` from the caller instead.
 */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}
