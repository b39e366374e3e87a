import { NO_EDGE, type DeterminiseResult, type Nfa } from './fa-types.js';
import { createCloser } from './epsilon-closure.js';
import { indexNfa } from './nfa-index.js';
import { uniqueNames } from './state-names.js';

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
 * Runs in O(|subsets| · Σ_{q in subset}(out-degree(q)) + subset hashing), i.e. linear in the DFA built.
 */
export function determinise(nfa: Nfa, options: DeterminiseOptions = {}): DeterminiseResult {
  const limit = options.maxStates ?? DEFAULT_MAX_DFA_STATES;
  const index = indexNfa(nfa);
  const closer = createCloser(index);
  const k = index.symbolCount;
  const { symbolOffsets, symbolTargets } = index;

  const subsets: number[][] = [];
  const idOf = new Map<string, number>();
  const delta: number[][] = [];
  const intern = (subset: number[]): number => {
    const key = subset.join(',');
    let id = idOf.get(key);
    if (id === undefined) {
      id = subsets.length;
      idOf.set(key, id);
      subsets.push(subset);
    }
    return id;
  };

  intern(closer.close(nfa.start));
  if (subsets.length > limit) return { kind: 'too-many-states', limit };

  const gathered = new Int32Array(Math.max(1, index.stateCount));
  const mark = new Uint32Array(index.stateCount);
  let epoch = 0;
  for (let current = 0; current < subsets.length; current++) {
    const members = subsets[current];
    const row = new Array<number>(k).fill(NO_EDGE);
    for (let s = 0; s < k; s++) {
      epoch++;
      let count = 0;
      for (const q of members) {
        const base = q * k + s;
        for (let e = symbolOffsets[base]; e < symbolOffsets[base + 1]; e++) {
          const r = symbolTargets[e];
          if (mark[r] !== epoch) {
            mark[r] = epoch;
            gathered[count++] = r;
          }
        }
      }
      if (count === 0) continue;
      row[s] = intern(closer.close(gathered, count));
      if (subsets.length > limit) return { kind: 'too-many-states', limit };
    }
    delta.push(row);
  }

  const accepting = new Set<number>();
  subsets.forEach((members, id) => {
    if (members.some((q) => nfa.accepting.has(q))) accepting.add(id);
  });
  const states = uniqueNames(subsets.map((members) => `{${members.map((q) => nfa.states[q]).join(',')}}`));
  return { kind: 'ok', dfa: { alphabet: [...nfa.alphabet], states, start: 0, accepting, delta } };
}
