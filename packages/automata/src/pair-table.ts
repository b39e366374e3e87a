import { NO_EDGE, type Dfa } from './fa-types.js';

/**
 * The alphabet shared by two DFAs (internal): `left`'s symbols in order, then `right`'s symbols that `left`
 * lacks. `leftSymbol[s]` / `rightSymbol[s]` map a shared symbol back to each side, or `NO_EDGE` when that
 * side does not have it (so on such a symbol that side has no transition and rejects).
 */
export interface SharedAlphabet {
  readonly alphabet: readonly string[];
  readonly leftSymbol: Int32Array;
  readonly rightSymbol: Int32Array;
}

/** The alphabet `left` and `right` share, with each side's symbol index. O(k_left · k_right). */
export function shareAlphabet(left: Dfa, right: Dfa): SharedAlphabet {
  const alphabet = [...left.alphabet];
  for (const symbol of right.alphabet) if (!left.alphabet.includes(symbol)) alphabet.push(symbol);
  const indexIn = (symbols: readonly string[]): Int32Array => {
    const positions = new Map<string, number>();
    symbols.forEach((symbol, index) => {
      if (!positions.has(symbol)) positions.set(symbol, index);
    });
    return Int32Array.from(alphabet, (symbol) => positions.get(symbol) ?? NO_EDGE);
  };
  return { alphabet, leftSymbol: indexIn(left.alphabet), rightSymbol: indexIn(right.alphabet) };
}

/**
 * Interns pairs (p, q) of states, each `NO_EDGE` allowed (the implicit dead state), as dense ids in
 * discovery order (internal). Uses a flat `Int32Array` when the pair space is small, else a `Map`.
 */
export class PairTable {
  readonly lefts: number[] = [];
  readonly rights: number[] = [];
  private readonly width: number;
  private readonly dense: Int32Array | undefined;
  private readonly sparse = new Map<number, number>();

  constructor(leftCount: number, rightCount: number) {
    this.width = rightCount + 1;
    const space = (leftCount + 1) * this.width;
    this.dense = space <= 1 << 22 ? new Int32Array(space).fill(-1) : undefined;
  }

  get size(): number {
    return this.lefts.length;
  }

  /** The id of (p, q), or -1 when unseen. */
  find(p: number, q: number): number {
    const key = (p + 1) * this.width + (q + 1);
    return this.dense ? this.dense[key] : (this.sparse.get(key) ?? -1);
  }

  /** The id of (p, q), added when unseen. */
  intern(p: number, q: number): number {
    const key = (p + 1) * this.width + (q + 1);
    const found = this.dense ? this.dense[key] : (this.sparse.get(key) ?? -1);
    if (found >= 0) return found;
    const id = this.lefts.length;
    this.lefts.push(p);
    this.rights.push(q);
    if (this.dense) this.dense[key] = id;
    else this.sparse.set(key, id);
    return id;
  }
}

/** The successor of `state` on shared symbol `s`, `NO_EDGE` from the dead state or on a foreign symbol. */
export function step(dfa: Dfa, state: number, symbol: number): number {
  return state === NO_EDGE || symbol === NO_EDGE ? NO_EDGE : dfa.delta[state][symbol];
}
