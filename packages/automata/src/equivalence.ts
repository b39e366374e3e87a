import { NO_EDGE, type Dfa, type Equivalence } from './fa-types.js';
import { PairTable, shareAlphabet, step } from './pair-table.js';

/**
 * Language equivalence of two DFAs, with a shortest counterexample when they differ.
 * Breadth-first search over the reachable product (alphabets unified as in `product`: a symbol foreign to a
 * side is rejected by that side); the first pair found whose sides disagree on acceptance gives the
 * counterexample, which is shortest and, among the shortest, first in the unified alphabet's order.
 * `acceptedBy` says which side accepts it. Stops early; runs in O(|reachable pairs| · k).
 */
export function equivalent(left: Dfa, right: Dfa): Equivalence {
  const { alphabet, leftSymbol, rightSymbol } = shareAlphabet(left, right);
  const k = alphabet.length;
  const pairs = new PairTable(left.states.length, right.states.length);
  const parent: number[] = [];
  const via: number[] = [];
  const accepts = (dfa: Dfa, state: number): boolean => state !== NO_EDGE && dfa.accepting.has(state);
  const verdict = (id: number): Equivalence | undefined => {
    const inLeft = accepts(left, pairs.lefts[id]);
    if (inLeft === accepts(right, pairs.rights[id])) return undefined;
    const word: string[] = [];
    for (let at = id; at > 0; at = parent[at]) word.push(alphabet[via[at]]);
    return { equal: false, shortestCounterexample: word.reverse(), acceptedBy: inLeft ? 'left' : 'right' };
  };

  pairs.intern(left.start, right.start);
  parent.push(-1);
  via.push(-1);
  const first = verdict(0);
  if (first) return first;
  for (let id = 0; id < pairs.size; id++) {
    const p = pairs.lefts[id];
    const q = pairs.rights[id];
    for (let s = 0; s < k; s++) {
      const p2 = step(left, p, leftSymbol[s]);
      const q2 = step(right, q, rightSymbol[s]);
      if (p2 === NO_EDGE && q2 === NO_EDGE) continue; // both reject every continuation
      if (pairs.find(p2, q2) >= 0) continue;
      const next = pairs.intern(p2, q2);
      parent.push(id);
      via.push(s);
      const found = verdict(next);
      if (found) return found;
    }
  }
  return { equal: true };
}
