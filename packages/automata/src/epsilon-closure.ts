import type { Nfa } from './fa-types.js';
import { indexNfa, type NfaIndex } from './nfa-index.js';

/**
 * The epsilon closure of a set of states: every state reachable through epsilon edges alone, the
 * given states included, sorted ascending. Epsilon cycles are fine. Runs in O(n + |edges|).
 */
export function epsilonClosure(nfa: Nfa, states: Iterable<number>): number[] {
  const closer = createCloser(indexNfa(nfa));
  return closer.close([...states]);
}

/**
 * Reusable closure worker over an `NfaIndex` (internal). `close` takes seed states (duplicates allowed)
 * and returns their sorted closure; a stamp array avoids clearing marks between calls, so each call costs
 * O(closure size + its epsilon edges + sort).
 */
export interface Closer {
  close(seeds: readonly number[] | Int32Array, seedCount?: number): number[];
  /** Like `close`, but leaves the sorted closure in `result[0 .. length)` and returns the length. */
  closeInPlace(seeds: readonly number[] | Int32Array, seedCount?: number): number;
  /** Scratch holding the last `closeInPlace` result (overwritten by the next call). */
  readonly result: Int32Array;
}

/** A `Closer` over `index`'s epsilon edges, with O(n) scratch allocated once. */
export function createCloser(index: NfaIndex): Closer {
  const stamp = new Uint32Array(index.stateCount);
  const result = new Int32Array(Math.max(1, index.stateCount));
  let epoch = 0;
  const { epsilonOffsets, epsilonTargets } = index;
  const closeInPlace = (seeds: readonly number[] | Int32Array, seedCount = seeds.length): number => {
    epoch++;
    if (epoch === 0xffffffff) {
      stamp.fill(0);
      epoch = 1;
    }
    // `result` doubles as the work list: everything before `length` is marked, `next` walks it.
    let length = 0;
    for (let i = 0; i < seedCount; i++) {
      const q = seeds[i];
      if (stamp[q] !== epoch) {
        stamp[q] = epoch;
        result[length++] = q;
      }
    }
    for (let next = 0; next < length; next++) {
      const q = result[next];
      for (let e = epsilonOffsets[q]; e < epsilonOffsets[q + 1]; e++) {
        const r = epsilonTargets[e];
        if (stamp[r] !== epoch) {
          stamp[r] = epoch;
          result[length++] = r;
        }
      }
    }
    result.subarray(0, length).sort(); // typed-array sort is numeric and avoids a comparator call
    return length;
  };
  return {
    result,
    closeInPlace,
    close: (seeds, seedCount) => Array.from(result.subarray(0, closeInPlace(seeds, seedCount))),
  };
}
