import { NO_EDGE, type DeterminiseResult, type Nfa } from './fa-types.js';
import { createCloser } from './epsilon-closure.js';
import { indexNfa } from './nfa-index.js';
import { uniqueNames } from './state-names.js';
import { SubsetTable } from './subset-table.js';

/** Default cap on the number of subset states `determinise` may create. */
export const DEFAULT_MAX_DFA_STATES = 100_000;

export interface DeterminiseOptions {
  /** Stop with `too-many-states` once more subsets than this would be needed (default `DEFAULT_MAX_DFA_STATES`). */
  readonly maxStates?: number;
}

/**
 * Subset construction with epsilon closure. Only subsets reachable from the closure of the start states
 * are built, in breadth-first order (state 0 is the start); the empty subset is never created, so a missing
 * successor stays `NO_EDGE` and the result may be partial. The one exception is an NFA without start states,
 * whose DFA is the single non-accepting state `{}`. Subset states are named `{q0,q2}` (members in index order).
 * Exceeding `maxStates` is a result, not an exception.
 * Runs in O(Σ over subsets S built of (k + Σ_{q∈S} out-degree(q)) · log) expected: subsets are hashed as
 * typed-array slices, never as strings, so the cost is close to linear in the size of the DFA built.
 */
export function determinise(nfa: Nfa, options: DeterminiseOptions = {}): DeterminiseResult {
  const limit = options.maxStates ?? DEFAULT_MAX_DFA_STATES;
  const index = indexNfa(nfa);
  const closer = createCloser(index);
  const k = index.symbolCount;
  const { symbolOffsets, symbolTargets } = index;

  const subsets = new SubsetTable();
  const { result } = closer;
  subsets.intern(result, closer.closeInPlace(nfa.start));
  if (subsets.size > limit) return { kind: 'too-many-states', limit };

  const delta: number[][] = [];
  const gathered = new Int32Array(Math.max(1, index.stateCount));
  const mark = new Uint32Array(index.stateCount);
  let epoch = 0;
  for (let current = 0; current < subsets.size; current++) {
    const row = new Array<number>(k).fill(NO_EDGE);
    for (let s = 0; s < k; s++) {
      epoch++;
      let count = 0;
      const pool = subsets.pool; // re-read: interning may replace the pool
      for (let i = subsets.start(current), end = subsets.start(current + 1); i < end; i++) {
        const base = pool[i] * k + s;
        for (let e = symbolOffsets[base]; e < symbolOffsets[base + 1]; e++) {
          const r = symbolTargets[e];
          if (mark[r] !== epoch) {
            mark[r] = epoch;
            gathered[count++] = r;
          }
        }
      }
      if (count === 0) continue;
      row[s] = subsets.intern(result, closer.closeInPlace(gathered, count));
      if (subsets.size > limit) return { kind: 'too-many-states', limit };
    }
    delta.push(row);
  }

  const accepting = new Set<number>();
  const isAccepting = new Uint8Array(index.stateCount);
  for (const q of nfa.accepting) isAccepting[q] = 1;
  const names: string[] = [];
  const pool = subsets.pool;
  for (let id = 0; id < subsets.size; id++) {
    const memberNames: string[] = [];
    for (let i = subsets.start(id), end = subsets.start(id + 1); i < end; i++) {
      if (isAccepting[pool[i]]) accepting.add(id);
      memberNames.push(nfa.states[pool[i]]);
    }
    names.push(`{${memberNames.join(',')}}`);
  }
  // Distinct subsets of distinct names free of `{`, `,` and `}` already have distinct names.
  const plainNames = new Set(nfa.states).size === nfa.states.length && nfa.states.every((name) => !/[{},]/.test(name));
  const states = plainNames ? names : uniqueNames(names);
  return { kind: 'ok', dfa: { alphabet: [...nfa.alphabet], states, start: 0, accepting, delta } };
}
