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
}

export function createCloser(index: NfaIndex): Closer {
  const stamp = new Uint32Array(index.stateCount);
  const stack = new Int32Array(Math.max(1, index.stateCount));
  let epoch = 0;
  return {
    close(seeds, seedCount = seeds.length) {
      epoch++;
      if (epoch === 0xffffffff) {
        stamp.fill(0);
        epoch = 1;
      }
      const out: number[] = [];
      let top = 0;
      for (let i = 0; i < seedCount; i++) {
        const q = seeds[i];
        if (stamp[q] !== epoch) {
          stamp[q] = epoch;
          out.push(q);
          stack[top++] = q;
        }
      }
      const { epsilonOffsets, epsilonTargets } = index;
      while (top > 0) {
        const q = stack[--top];
        for (let e = epsilonOffsets[q]; e < epsilonOffsets[q + 1]; e++) {
          const r = epsilonTargets[e];
          if (stamp[r] !== epoch) {
            stamp[r] = epoch;
            out.push(r);
            stack[top++] = r;
          }
        }
      }
      return out.sort((a, b) => a - b);
    },
  };
}
