import { NO_EDGE, type Dfa } from './fa-types.js';
import { reachableMask } from './trim.js';

/**
 * An isomorphism between the reachable parts of two DFAs, if there is one: `mapping[q]` is the state of
 * `right` matching state `q` of `left` (`NO_EDGE` for unreachable states of `left`). It must map start to
 * start, preserve acceptance and map every transition, a missing one to a missing one. Symbols are matched
 * by name, so the alphabets must be equal as sets (their order may differ); names of states are ignored.
 * Unreachable states do not matter. Runs in O(n · k).
 */
export function findIsomorphism(left: Dfa, right: Dfa): readonly number[] | undefined {
  const k = left.alphabet.length;
  if (k !== right.alphabet.length || new Set(left.alphabet).size !== k) return undefined;
  const rightIndex = new Map(right.alphabet.map((symbol, index) => [symbol, index]));
  const symbolMap = left.alphabet.map((symbol) => rightIndex.get(symbol) ?? -1);
  if (symbolMap.some((s) => s < 0) || rightIndex.size !== k) return undefined;

  const forward = new Array<number>(left.states.length).fill(NO_EDGE);
  const backward = new Int32Array(right.states.length).fill(NO_EDGE);
  const queue = [left.start];
  forward[left.start] = right.start;
  backward[right.start] = left.start;
  for (let head = 0; head < queue.length; head++) {
    const p = queue[head];
    const q = forward[p];
    if (left.accepting.has(p) !== right.accepting.has(q)) return undefined;
    for (let s = 0; s < k; s++) {
      const p2 = left.delta[p][s];
      const q2 = right.delta[q][symbolMap[s]];
      if (p2 === NO_EDGE || q2 === NO_EDGE) {
        if (p2 !== q2) return undefined;
        continue;
      }
      if (forward[p2] === NO_EDGE && backward[q2] === NO_EDGE) {
        forward[p2] = q2;
        backward[q2] = p2;
        queue.push(p2);
      } else if (forward[p2] !== q2 || backward[q2] !== p2) {
        return undefined;
      }
    }
  }
  const rightReachable = reachableMask(right).reduce((count, bit) => count + bit, 0);
  return rightReachable === queue.length ? forward : undefined;
}

/** Whether the reachable parts of two DFAs are isomorphic (see `findIsomorphism`). Runs in O(n · k). */
export function isomorphic(left: Dfa, right: Dfa): boolean {
  return findIsomorphism(left, right) !== undefined;
}
