import { NO_EDGE, type Dfa } from './fa-types.js';
import { PairTable, shareAlphabet, step } from './pair-table.js';
import { uniqueNames } from './state-names.js';
import { SINK_NAME } from './complete.js';

/** A boolean combination of two languages. */
export type ProductOperation = 'intersection' | 'union' | 'difference' | 'symmetric-difference';

/**
 * The product DFA of `left` and `right` for a boolean operation (`difference` is left minus right).
 *
 * Alphabets are unified, not required to match: the result's alphabet is `left`'s symbols in order, then
 * `right`'s symbols that `left` lacks. Each side keeps its own language, so a word using a symbol foreign
 * to one side is simply not in that side's language (the side has no transition on it).
 *
 * Only pairs reachable from the start pair are built, in breadth-first order; a missing transition of
 * either side is an implicit dead state, and pairs that can no longer accept for this operation are left
 * out as `NO_EDGE`, so the result may be partial. States are named `(p,q)` with `∅` for a dead side.
 * Runs in O(|reachable pairs| · k).
 */
export function product(left: Dfa, right: Dfa, operation: ProductOperation): Dfa {
  const { alphabet, leftSymbol, rightSymbol } = shareAlphabet(left, right);
  const k = alphabet.length;
  const combine = COMBINE[operation];
  const isDead = DEAD[operation];
  const pairs = new PairTable(left.states.length, right.states.length);
  pairs.intern(left.start, right.start);
  const delta: number[][] = [];
  for (let id = 0; id < pairs.size; id++) {
    const p = pairs.lefts[id];
    const q = pairs.rights[id];
    const row = new Array<number>(k);
    for (let s = 0; s < k; s++) {
      const p2 = step(left, p, leftSymbol[s]);
      const q2 = step(right, q, rightSymbol[s]);
      row[s] = isDead(p2, q2) ? NO_EDGE : pairs.intern(p2, q2);
    }
    delta.push(row);
  }
  const accepting = new Set<number>();
  const names: string[] = [];
  for (let id = 0; id < pairs.size; id++) {
    const p = pairs.lefts[id];
    const q = pairs.rights[id];
    if (combine(p !== NO_EDGE && left.accepting.has(p), q !== NO_EDGE && right.accepting.has(q))) accepting.add(id);
    names.push(`(${p === NO_EDGE ? SINK_NAME : left.states[p]},${q === NO_EDGE ? SINK_NAME : right.states[q]})`);
  }
  return { alphabet, states: uniqueNames(names), start: 0, accepting, delta };
}

/** Words in both languages. See `product` for alphabets and cost. */
export function intersection(left: Dfa, right: Dfa): Dfa {
  return product(left, right, 'intersection');
}

/** Words in either language. See `product` for alphabets and cost. */
export function union(left: Dfa, right: Dfa): Dfa {
  return product(left, right, 'union');
}

/** Words in `left`'s language but not in `right`'s. See `product` for alphabets and cost. */
export function difference(left: Dfa, right: Dfa): Dfa {
  return product(left, right, 'difference');
}

/** Words in exactly one of the languages. See `product` for alphabets and cost. */
export function symmetricDifference(left: Dfa, right: Dfa): Dfa {
  return product(left, right, 'symmetric-difference');
}

const COMBINE: Record<ProductOperation, (inLeft: boolean, inRight: boolean) => boolean> = {
  intersection: (a, b) => a && b,
  union: (a, b) => a || b,
  difference: (a, b) => a && !b,
  'symmetric-difference': (a, b) => a !== b,
};

// A pair is dead when no continuation can make `COMBINE` true: a dead side accepts nothing from here on.
const DEAD: Record<ProductOperation, (p: number, q: number) => boolean> = {
  intersection: (p, q) => p === NO_EDGE || q === NO_EDGE,
  union: (p, q) => p === NO_EDGE && q === NO_EDGE,
  difference: (p) => p === NO_EDGE,
  'symmetric-difference': (p, q) => p === NO_EDGE && q === NO_EDGE,
};
