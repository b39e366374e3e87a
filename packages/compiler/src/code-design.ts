import type { Rng } from './random.js';

/**
 * Bipolar state codes designed for separation (docs/compiler.md, "Designed state codes").
 *
 * A **block code** is a complement-free half of an extended binary BCH code of length N = 2^m: the
 * code contains the all-ones word, so it is the direct sum of {0, 1} and a subspace W that excludes
 * 1; the words of W, as ±1 vectors, are the block's codewords. Two distinct words c, c' of W differ in
 * c ⊕ c', a non-zero word of W, so their inner product is N − 2·weight(c ⊕ c'), and
 * **κ_B = max over non-zero w ∈ W of |N − 2·weight(w)|** bounds every pair. κ_B is computed here by
 * enumerating W, not taken from BCH theory. A state code is a concatenation of blocks (each an injective,
 * seeded-random assignment of words of W to states, optionally punctured) and random ±1 coordinates; its
 * inner products are bounded by the sum of the blocks' bounds plus one per random or punctured coordinate.
 */

/** One block code: a basis of W (without the all-ones word) and its exact crosstalk bound. */
export interface BlockCode {
  /** N, the length. */
  readonly length: number;
  /** dim W: the block holds 2^dimension words. */
  readonly dimension: number;
  /** κ_B: the largest |inner product| of two distinct words, exact. */
  readonly kappa: number;
  /** Basis of W, each a bit vector in 32-bit words (bit i = coordinate i is −1). */
  readonly basis: readonly Int32Array[];
}

/** Largest W enumerated (2^20 words); larger codes are not offered. */
const MAX_DIMENSION = 20;
/** Block lengths 2^m, m = 2..7. Primitive polynomials of GF(2^m), bit i = coefficient of x^i. */
const PRIMITIVE: Readonly<Record<number, number>> = {
  2: 0b111,
  3: 0b1011,
  4: 0b10011,
  5: 0b100101,
  6: 0b1000011,
  7: 0b10000011,
};

let family: readonly BlockCode[] | undefined;

/**
 * Every block code offered: for each length N = 4 .. 128 the extended narrow-sense BCH codes of every
 * designed distance with dim W ≤ 20, keeping for each length only codes that hold more words than every
 * code of smaller κ_B. Computed once, a few tens of milliseconds.
 */
export function blockCodes(): readonly BlockCode[] {
  if (family) return family;
  const all: BlockCode[] = [];
  for (const m of Object.keys(PRIMITIVE).map(Number)) {
    const perLength: BlockCode[] = [];
    const seen = new Set<number>();
    for (const generator of bchGenerators(m)) {
      const k = (1 << m) - 1 - degree(generator);
      if (k < 2 || k - 1 > MAX_DIMENSION || seen.has(k)) continue;
      seen.add(k);
      perLength.push(blockCode(m, generator, k));
    }
    perLength.sort((x, y) => x.kappa - y.kappa || y.dimension - x.dimension);
    let bestDimension = 0;
    for (const code of perLength) {
      if (code.dimension > bestDimension) all.push(code);
      bestDimension = Math.max(bestDimension, code.dimension);
    }
  }
  family = all;
  return all;
}

/** Degree of a GF(2) polynomial held as bits (works past 32 bits through plain numbers). */
function degree(poly: bigint): number {
  return poly.toString(2).length - 1;
}

/**
 * Generator polynomials (bit i = coefficient of x^i) of the narrow-sense primitive BCH codes of length
 * 2^m − 1 for designed distances 3, 5, 7, …: the product of the distinct minimal polynomials of
 * α^1 .. α^(δ−1), α a root of the primitive polynomial. Cyclotomic cosets mod 2^m − 1 give the minimal
 * polynomials: M_i(x) = Π_{j ∈ C_i} (x − α^j).
 */
function bchGenerators(m: number): bigint[] {
  const order = (1 << m) - 1;
  // exp/log tables of GF(2^m).
  const exp = new Int32Array(2 * order);
  const log = new Int32Array(order + 1);
  let value = 1;
  for (let i = 0; i < order; i++) {
    exp[i] = value;
    exp[i + order] = value;
    log[value] = i;
    value <<= 1;
    if (value & (1 << m)) value ^= PRIMITIVE[m];
  }
  const mul = (x: number, y: number) => (x === 0 || y === 0 ? 0 : exp[log[x] + log[y]]);
  const minimal = (i: number): bigint => {
    // Coefficients in GF(2^m), lowest first; the product has coefficients in GF(2).
    let poly = [1];
    let j = i;
    do {
      const next = new Array<number>(poly.length + 1).fill(0);
      for (let t = 0; t < poly.length; t++) {
        next[t + 1] ^= poly[t];
        next[t] ^= mul(poly[t], exp[j]);
      }
      poly = next;
      j = (2 * j) % order;
    } while (j !== i);
    let bits = 0n;
    poly.forEach((c, t) => {
      if (c !== 0) bits |= 1n << BigInt(t);
    });
    return bits;
  };
  const generators: bigint[] = [];
  const used = new Set<number>();
  let generator = 1n;
  for (let delta = 3; delta <= order; delta += 2) {
    for (const i of [delta - 2, delta - 1]) {
      let leader = i;
      for (let j = (2 * i) % order; j !== i; j = (2 * j) % order) leader = Math.min(leader, j);
      if (used.has(leader)) continue;
      used.add(leader);
      generator = multiply(generator, minimal(leader));
    }
    generators.push(generator);
  }
  return generators;
}

/** Product of two GF(2) polynomials held as bits. */
function multiply(x: bigint, y: bigint): bigint {
  let product = 0n;
  for (let shift = 0n; y >> shift !== 0n; shift++) if ((y >> shift) & 1n) product ^= x << shift;
  return product;
}

/**
 * The block code of the BCH code with generator `generator` (dimension k) of length 2^m − 1, extended by
 * an overall parity coordinate: a basis of W from the shifts x^t g(x), eliminated against the all-ones
 * word, and κ_B from the weights of all 2^(k−1) words of W.
 */
function blockCode(m: number, generator: bigint, k: number): BlockCode {
  const length = 1 << m;
  const words = Math.ceil(length / 32);
  const toBits = (poly: bigint): Int32Array => {
    const bits = new Int32Array(words);
    let parity = 0;
    for (let i = 0; i < length - 1; i++) {
      if ((poly >> BigInt(i)) & 1n) {
        bits[i >>> 5] |= 1 << (i & 31);
        parity ^= 1;
      }
    }
    if (parity) bits[(length - 1) >>> 5] |= 1 << ((length - 1) & 31);
    return bits;
  };
  const ones = new Int32Array(words);
  for (let i = 0; i < length; i++) ones[i >>> 5] |= 1 << (i & 31);
  // Gaussian elimination: reduced rows with their pivots; the all-ones word goes in first.
  const reduced: { row: Int32Array; pivot: number }[] = [];
  const reduce = (vector: Int32Array): Int32Array => {
    const v = Int32Array.from(vector);
    for (const { row, pivot } of reduced) {
      if ((v[pivot >>> 5] >>> (pivot & 31)) & 1) for (let w = 0; w < words; w++) v[w] ^= row[w];
    }
    return v;
  };
  const insert = (vector: Int32Array): boolean => {
    const v = reduce(vector);
    for (let i = 0; i < length; i++) {
      if ((v[i >>> 5] >>> (i & 31)) & 1) {
        reduced.push({ row: v, pivot: i });
        return true;
      }
    }
    return false;
  };
  insert(ones);
  const basis: Int32Array[] = [];
  for (let t = 0; t < k; t++) {
    const row = toBits(generator << BigInt(t));
    if (insert(row)) basis.push(row);
  }
  if (basis.length !== k - 1) throw new Error(`BCH code of length ${length}: the all-ones word is not a codeword`);
  const table = wordTable(basis, words);
  let kappa = 0;
  for (let index = 1; index < table.length / words; index++) {
    let weight = 0;
    for (let w = 0; w < words; w++) weight += popcount32(table[index * words + w]);
    kappa = Math.max(kappa, Math.abs(length - 2 * weight));
  }
  return { length, dimension: k - 1, kappa, basis };
}

/** All 2^basis.length words of the span, word `index` = XOR of the basis rows at the set bits of `index`. */
function wordTable(basis: readonly Int32Array[], words: number): Int32Array {
  const count = 2 ** basis.length;
  const table = new Int32Array(count * words);
  for (let index = 1; index < count; index++) {
    const low = 31 - Math.clz32(index & -index);
    const previous = index & (index - 1);
    for (let w = 0; w < words; w++) table[index * words + w] = table[previous * words + w] ^ basis[low][w];
  }
  return table;
}

/** One piece of a designed state code. */
export type CodePart =
  | { readonly kind: 'block'; readonly code: BlockCode; readonly length: number }
  | { readonly kind: 'random'; readonly length: number };

/** A layout of the state code: its parts in order and the bound on |s_q · s_r| it guarantees. */
export interface CodeLayout {
  readonly parts: readonly CodePart[];
  /** Σ (κ_B + punctured coordinates) over blocks + random coordinates: every pair's |inner product| is at most this. */
  readonly kappaBound: number;
}

/** Lengths beyond this are first filled with whole blocks of the best ratio κ_B / N, then laid out exactly. */
const EXACT_LAYOUT_LENGTH = 2048;

/** The dynamic programme of `codeLayout` for one set of fitting codes, grown on demand and kept. */
interface LayoutTable {
  readonly codes: readonly BlockCode[];
  cost: Float64Array;
  step: (CodePart | undefined)[];
}

const layoutTables = new Map<number, LayoutTable>();

/** The table for `stateCount` states (codes with at least that many words), computed up to `length`. */
function layoutTable(stateCount: number, length: number): LayoutTable {
  const bits = Math.ceil(Math.log2(Math.max(2, stateCount)));
  let table = layoutTables.get(bits);
  if (!table) {
    const fitting = new Map<number, BlockCode>(); // per length N: the fitting code of smallest κ_B
    for (const code of blockCodes()) {
      if (code.dimension < bits) continue;
      const best = fitting.get(code.length);
      if (!best || code.kappa < best.kappa) fitting.set(code.length, code);
    }
    table = { codes: [...fitting.values()], cost: Float64Array.of(0), step: [undefined] };
    layoutTables.set(bits, table);
  }
  const have = table.cost.length - 1;
  if (have < length) {
    const cost = new Float64Array(length + 1);
    cost.set(table.cost);
    const step = table.step.slice();
    for (let l = have + 1; l <= length; l++) {
      cost[l] = cost[l - 1] + 1;
      step[l] = { kind: 'random', length: 1 };
      for (const code of table.codes) {
        for (let kept = 1; kept <= Math.min(code.length, l); kept++) {
          const c = cost[l - kept] + code.kappa + (code.length - kept);
          if (c < cost[l]) {
            cost[l] = c;
            step[l] = { kind: 'block', code, length: kept };
          }
        }
      }
    }
    table.cost = cost;
    table.step = step;
  }
  return table;
}

/**
 * The layout of `length` coordinates for `stateCount` states that minimises the guaranteed bound: a
 * dynamic programme over lengths whose steps are one random coordinate (cost 1) or one block of a code
 * with at least `stateCount` words, punctured by t coordinates (cost κ_B + t). Blocks with too few words
 * are not offered, so with no fitting code (more than 2^20 states) the layout is all random. Lengths past
 * 2048 start with whole blocks of the fitting code of smallest κ_B / N. The table is kept per number of
 * state bits, so repeated calls cost O(parts). Deterministic.
 */
export function codeLayout(length: number, stateCount: number): CodeLayout {
  const prefix: CodePart[] = [];
  let prefixBound = 0;
  let rest = length;
  const { codes } = layoutTable(stateCount, 0);
  if (rest > EXACT_LAYOUT_LENGTH && codes.length > 0) {
    const best = codes.reduce((x, y) => (y.kappa / y.length < x.kappa / x.length ? y : x));
    while (rest > EXACT_LAYOUT_LENGTH) {
      prefix.push({ kind: 'block', code: best, length: best.length });
      prefixBound += best.kappa;
      rest -= best.length;
    }
  }
  const { cost, step } = layoutTable(stateCount, rest);
  const parts: CodePart[] = [];
  for (let l = rest; l > 0; l -= step[l]!.length) parts.push(step[l]!);
  parts.reverse();
  // Merge runs of random coordinates into one part.
  const merged: CodePart[] = [...prefix];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (part.kind === 'random' && last?.kind === 'random') {
      merged[merged.length - 1] = { kind: 'random', length: last.length + part.length };
    } else merged.push(part);
  }
  return { parts: merged, kappaBound: prefixBound + cost[rest] };
}

const wordTables = new WeakMap<BlockCode, Int32Array>();

/** The word table of a block code, kept. */
function wordsOf(code: BlockCode): Int32Array {
  let table = wordTables.get(code);
  if (!table) {
    table = wordTable(code.basis, Math.ceil(code.length / 32));
    wordTables.set(code, table);
  }
  return table;
}

/** Candidates drawn per state at least, and the budget (tries × states × length) that bounds more (see `fillDesignedCodes`). */
export const ASSIGNMENT_TRIES = 16;
const ASSIGNMENT_WORK = 2 ** 22;
/** Candidates drawn per state at most. */
const MAX_ASSIGNMENT_TRIES = 256;

/**
 * The states each state's code should be far from: its successors and predecessors in `delta`
 * (`delta[q][s]`, negative = no transition), itself excluded, each listed once. O(transitions).
 */
export function transitionNeighbours(delta: readonly (readonly number[])[]): number[][] {
  const sets = delta.map(() => new Set<number>());
  delta.forEach((row, q) => {
    for (const t of row) {
      if (t < 0 || t === q) continue;
      sets[q].add(t);
      sets[t].add(q);
    }
  });
  return sets.map((set) => [...set].sort((x, y) => x - y));
}

/**
 * Fills `out[q * stride ..< q * stride + layout length]` with the designed code of every state. Each block
 * has a random sign per coordinate, shared by all states, and gives every state its own word of W (the
 * first `length` coordinates, times the signs); random parts are i.i.d. ±1. Distinct states never share a
 * block's word (the unused words are kept in a partial Fisher–Yates order), so every pair stays within
 * the layout's bound whatever words are picked.
 *
 * Which words: states are coded in breadth-first order over `neighbours` (state 0 first). Each state
 * draws `ASSIGNMENT_TRIES` candidates, and more, up to 256 and a budget of 2^22 coordinates over all
 * states, while no candidate has an inner product of at most min(0, length − 2 · bound) with every coded
 * neighbour; it keeps, among those whose sum |Σ s_i| is at most ⌈sqrt(length)⌉
 * (or, if none is, those with the smallest excess), the one whose largest inner product with its already
 * coded neighbours is smallest: a transition's s_q · s_δ enters the jump gap with the factor a (section 3
 * of docs/compiler.md), so negative inner products along transitions widen it, and small sums keep the
 * codes' means, which the decoding bound charges, small. All draws come from `rng`.
 * O(stateCount · tries · (length + neighbours · length / 32) + Σ 2^dimension over blocks).
 */
export function fillDesignedCodes(
  out: Float64Array,
  stateCount: number,
  stride: number,
  layout: CodeLayout,
  rng: Rng,
  neighbours?: readonly (readonly number[])[],
): void {
  const length = layout.parts.reduce((sum, part) => sum + part.length, 0);
  const words = Math.max(1, Math.ceil(length / 32));
  const packed = new Int32Array(stateCount * words); // bit i set: coordinate i is −1
  const blocks: { offset: number; part: CodePart & { kind: 'block' }; sign: Uint8Array; order: Int32Array }[] = [];
  const randoms: { offset: number; length: number }[] = [];
  let offset = 0;
  for (const part of layout.parts) {
    if (part.kind === 'random') randoms.push({ offset, length: part.length });
    else {
      // The shared signs leave inner products as they are, and make the codes' sums look random (W holds
      // the all-ones vector and other words of low weight).
      const sign = new Uint8Array(part.length);
      for (let i = 0; i < part.length; i++) sign[i] = rng.nextUint32() & 1;
      const count = 2 ** part.code.dimension;
      const order = new Int32Array(count);
      for (let i = 0; i < count; i++) order[i] = i;
      blocks.push({ offset, part, sign, order });
    }
    offset += part.length;
  }
  const candidate = new Int32Array(words);
  const best = new Int32Array(words);
  const picks = new Int32Array(blocks.length);
  const bestPicks = new Int32Array(blocks.length);
  const setBit = (bits: Int32Array, i: number) => {
    bits[i >>> 5] |= 1 << (i & 31);
  };
  const tables = blocks.map(({ part }) => wordsOf(part.code));
  const strides = blocks.map(({ part }) => Math.ceil(part.code.length / 32));
  const draw = (used: number) => {
    candidate.fill(0);
    for (let b = 0; b < blocks.length; b++) {
      const { offset: at, part, sign, order } = blocks[b];
      picks[b] = used + rng.nextInt(order.length - used);
      const table = tables[b];
      const base = order[picks[b]] * strides[b];
      for (let i = 0; i < part.length; i++) {
        if ((((table[base + (i >>> 5)] >>> (i & 31)) & 1) ^ sign[i]) === 1) setBit(candidate, at + i);
      }
    }
    for (const { offset: at, length: n } of randoms) {
      let bits = 0;
      for (let i = 0; i < n; i++) {
        if ((i & 31) === 0) bits = rng.nextUint32();
        if ((bits >>> (i & 31)) & 1) setBit(candidate, at + i);
      }
    }
  };
  // |sum of a code| up to about one standard deviation of a random code's: the decoding bound (section 6)
  // charges the largest code mean.
  const sumLimit = Math.ceil(Math.sqrt(length));
  // Past ASSIGNMENT_TRIES, keep drawing (within the budget) until every coded neighbour is at most
  // n_s − 2 κ: then the jump gap h (n_s − κ) − |a| (κ + s_q·s_δ) is at least the present gap n_s − κ.
  const goal = Math.min(0, length - 2 * layout.kappaBound);
  const maxTries = Math.max(
    ASSIGNMENT_TRIES,
    Math.min(MAX_ASSIGNMENT_TRIES, Math.floor(ASSIGNMENT_WORK / Math.max(1, stateCount * length))),
  );
  const innerWith = (bits: Int32Array, at: number, r: number) => {
    let distance = 0;
    for (let w = 0; w < words; w++) distance += popcount32(bits[at + w] ^ packed[r * words + w]);
    return length - 2 * distance;
  };
  const excessOf = (bits: Int32Array, at: number) => {
    let ones = 0;
    for (let w = 0; w < words; w++) ones += popcount32(bits[at + w]);
    return Math.max(0, Math.abs(length - 2 * ones) - sumLimit);
  };
  /** Draws candidates from the words past `used`; leaves the best in `best` and `bestPicks`. */
  const search = (near: readonly number[], used: number) => {
    let bestExcess = Infinity;
    let bestScore = Infinity;
    for (let t = 0; t < maxTries && (t < ASSIGNMENT_TRIES || bestExcess > 0 || bestScore > goal); t++) {
      draw(used);
      const excess = excessOf(candidate, 0);
      let score = -Infinity;
      for (const r of near) score = Math.max(score, innerWith(candidate, 0, r));
      if (excess < bestExcess || (excess === bestExcess && score < bestScore)) {
        bestExcess = excess;
        bestScore = score;
        best.set(candidate);
        bestPicks.set(picks);
      }
    }
    return { excess: bestExcess, score: bestScore };
  };
  /** Gives the state at `position` the words of `bestPicks` (swapped with what it held). */
  const commit = (q: number, position: number) => {
    packed.set(best, q * words);
    blocks.forEach(({ order }, b) => {
      const swap = order[position];
      order[position] = order[bestPicks[b]];
      order[bestPicks[b]] = swap;
    });
  };
  const coded = new Uint8Array(stateCount);
  const visit = visitOrder(stateCount, neighbours);
  for (let used = 0; used < stateCount; used++) {
    const q = visit[used];
    search(neighbours ? neighbours[q].filter((r) => coded[r]) : [], used);
    commit(q, used);
    coded[q] = 1;
  }
  for (let q = 0; q < stateCount; q++) {
    for (let i = 0; i < length; i++) {
      out[q * stride + i] = (packed[q * words + (i >>> 5)] >>> (i & 31)) & 1 ? -1 : 1;
    }
  }
}

/** States in breadth-first order over `neighbours` from state 0, then any not reached; 0..n−1 without. */
function visitOrder(stateCount: number, neighbours?: readonly (readonly number[])[]): Int32Array {
  const order = new Int32Array(stateCount);
  if (!neighbours) {
    for (let q = 0; q < stateCount; q++) order[q] = q;
    return order;
  }
  const seen = new Uint8Array(stateCount);
  let tail = 0;
  for (let root = 0; root < stateCount; root++) {
    if (seen[root]) continue;
    seen[root] = 1;
    let head = tail;
    order[tail++] = root;
    while (head < tail) {
      for (const r of neighbours[order[head++]]) {
        if (!seen[r]) {
          seen[r] = 1;
          order[tail++] = r;
        }
      }
    }
  }
  return order;
}

/** The number of set bits of a 32-bit integer. */
export function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
