import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';

/**
 * A seeded source of randomness. Every random choice of the compiler and the runtime goes through one
 * of these, so the same seed always gives the same network and the same noisy run.
 */
export interface Rng {
  /** Uniform in [0, 1), 53 random bits. */
  next(): number;
  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform integer in [0, bound); `bound` must be a positive safe integer. */
  nextInt(bound: number): number;
}

/**
 * An independent stream for one purpose (`'state-codes'`, `'input-codes'`, `'noise'`, ...) of one seed.
 * The 128-bit xoroshiro128+ state is derived from (seed, purpose) by hashing, so drawing more numbers for
 * one purpose never shifts another purpose's numbers. Same (seed, purpose), same stream. O(1).
 */
export function createRng(seed: number, purpose: string): Rng {
  const purposeHash = fnv1a32(purpose);
  const base = fmix32((seed >>> 0) ^ 0x85ebca6b);
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    words.push(
      fmix32(((base + Math.imul(0x9e3779b9, i + 1)) ^ fmix32((purposeHash + Math.imul(0x27d4eb2f, i + 1)) | 0)) | 0),
    );
  }
  if (!words.some((w) => w !== 0)) words[0] = 1; // the all-zero state is the generator's one fixed point
  const generator: RandomGenerator = xoroshiro128plus.fromState(words);
  for (let i = 0; i < 16; i++) generator.unsafeNext(); // let the freshly seeded state mix
  return {
    next() {
      const high = generator.unsafeNext() >>> 5; // 27 bits
      const low = generator.unsafeNext() >>> 6; // 26 bits
      return (high * 67108864 + low) / 9007199254740992;
    },
    nextUint32() {
      return generator.unsafeNext() >>> 0;
    },
    nextInt(bound) {
      return unsafeUniformIntDistribution(0, bound - 1, generator);
    },
  };
}

/** FNV-1a over the UTF-16 code units of `text`. */
function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's 32-bit finaliser: a bijective avalanche mix. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
