import type { Rng } from './random.js';
import { popcount32 } from './popcount.js';

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

/**
 * One block code: a basis of its words and their exact crosstalk. Either W (a complement-free half, length
 * N, `shortened` 0) or the code shortened by s coordinates: its words that are 0 on the last s coordinates,
 * without those (length N − s, all 2^(k − s) words; weights in [d, N − d] give inner products in
 * [2d − N − s, N − s − 2d], so shortening lowers the positive side by s and raises the negative side by s).
 */
export interface BlockCode {
  /** The block's length: N, or N − s when shortened. */
  readonly length: number;
  /** The block holds 2^dimension words. */
  readonly dimension: number;
  /** s, the coordinates shortened away (0 for W). */
  readonly shortened: number;
  /** The largest inner product of two distinct words, exact. */
  readonly kappaPlus: number;
  /** Minus the smallest inner product of two distinct words, exact. */
  readonly kappaMinus: number;
  /** κ_B = max(kappaPlus, kappaMinus): the largest |inner product|. */
  readonly kappa: number;
  /** Basis of the words, each a bit vector in 32-bit words (bit i = coordinate i is −1). */
  readonly basis: readonly Int32Array[];
}

/** How much the negative side of the crosstalk counts against the positive side in `codeLayout`. */
export const MINUS_WEIGHT = 0.5;

/** The layout cost of a code: κ+ + κ−/2 (the positive side enters every gap, the negative only the jump). */
function blockCost(code: BlockCode): number {
  return code.kappaPlus + MINUS_WEIGHT * code.kappaMinus;
}

/** Largest code enumerated (2^17 words); larger codes are not offered. */
const MAX_DIMENSION = 17;
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
  const candidates: BlockCode[] = [];
  for (const m of Object.keys(PRIMITIVE).map(Number)) {
    const seen = new Set<number>();
    for (const generator of bchGenerators(m)) {
      const k = (1 << m) - 1 - degree(generator);
      if (k < 2 || k - 1 > MAX_DIMENSION || seen.has(k)) continue;
      seen.add(k);
      const { code, full } = blockCode(m, generator, k);
      candidates.push(code, ...shortenedCodes(1 << m, full));
    }
  }
  // Per length, only codes that hold more words than every code of smaller cost.
  const lengths = [...new Set(candidates.map((c) => c.length))].sort((x, y) => x - y);
  for (const length of lengths) {
    const same = candidates
      .filter((c) => c.length === length)
      .sort((x, y) => blockCost(x) - blockCost(y) || y.dimension - x.dimension || x.shortened - y.shortened);
    let bestDimension = 0;
    for (const code of same) {
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
function blockCode(m: number, generator: bigint, k: number): { code: BlockCode; full: Int32Array[] } {
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
  return { code: withCrosstalk(length, 0, basis), full: [ones, ...basis] };
}

/** The code of `basis` (length `length`) with its crosstalk from the weights of all its words. */
function withCrosstalk(length: number, shortened: number, basis: Int32Array[]): BlockCode {
  const words = Math.ceil(length / 32);
  const table = wordTable(basis, words);
  let kappaPlus = -Infinity;
  let kappaMinus = -Infinity;
  for (let index = 1; index < table.length / words; index++) {
    let weight = 0;
    for (let w = 0; w < words; w++) weight += popcount32(table[index * words + w]);
    kappaPlus = Math.max(kappaPlus, length - 2 * weight);
    kappaMinus = Math.max(kappaMinus, 2 * weight - length);
  }
  return {
    length,
    dimension: basis.length,
    shortened,
    kappaPlus,
    kappaMinus,
    kappa: Math.max(kappaPlus, kappaMinus),
    basis,
  };
}

/**
 * The code of basis `full` (length N, all-ones included) shortened by s = 1 .. min(N/4, k − 2)
 * coordinates (the last ones), while it has at most 2^17 words: elimination on each of those coordinates
 * keeps the words that are 0 there, which are then dropped.
 */
function shortenedCodes(length: number, full: readonly Int32Array[]): BlockCode[] {
  const codes: BlockCode[] = [];
  let rows = full.map((row) => Int32Array.from(row));
  for (let s = 1; s <= Math.min(length / 4, full.length - 2); s++) {
    const position = length - s;
    const bit = (row: Int32Array) => (row[position >>> 5] >>> (position & 31)) & 1;
    const pivot = rows.find((row) => bit(row) === 1);
    if (pivot) {
      rows = rows.filter((row) => row !== pivot);
      for (const row of rows) if (bit(row) === 1) for (let w = 0; w < row.length; w++) row[w] ^= pivot[w];
    }
    if (rows.length > MAX_DIMENSION) continue;
    const words = Math.ceil(position / 32);
    codes.push(
      withCrosstalk(
        position,
        s,
        rows.map((row) => row.slice(0, words)),
      ),
    );
  }
  return codes;
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

/** A layout of the state code: its parts in order and the bounds on s_q · s_r it guarantees. */
export interface CodeLayout {
  readonly parts: readonly CodePart[];
  /** Σ (κ+ + punctured coordinates) over blocks + random coordinates: every s_q · s_r (q ≠ r) is at most this. */
  readonly kappaPlus: number;
  /** The same with κ−: every s_q · s_r is at least −kappaMinus. */
  readonly kappaMinus: number;
  /** max(kappaPlus, kappaMinus): every |s_q · s_r| is at most this. */
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
    const fitting = new Map<number, BlockCode>(); // per length: the fitting code of smallest cost
    for (const code of blockCodes()) {
      if (code.dimension < bits) continue;
      const best = fitting.get(code.length);
      if (!best || blockCost(code) < blockCost(best)) fitting.set(code.length, code);
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
      cost[l] = cost[l - 1] + 1 + MINUS_WEIGHT;
      step[l] = { kind: 'random', length: 1 };
      for (const code of table.codes) {
        for (let kept = 1; kept <= Math.min(code.length, l); kept++) {
          const c = cost[l - kept] + blockCost(code) + (1 + MINUS_WEIGHT) * (code.length - kept);
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
 * The layout of `length` coordinates for `stateCount` states that minimises the guaranteed bounds, as
 * κ+ + κ−/2: a dynamic programme over lengths whose steps are one random coordinate (κ± 1 each) or one
 * block of a code with at least `stateCount` words, punctured by t coordinates (κ± + t). Blocks with too
 * few words are not offered, so with no fitting code (more than 2^17 states) the layout is all random.
 * Lengths past 2048 start with whole blocks of the fitting code of smallest cost per coordinate. The table
 * is kept per number of state bits, so repeated calls cost O(parts). Deterministic.
 */
export function codeLayout(length: number, stateCount: number): CodeLayout {
  const { prefix, rest } = layoutPrefix(length, stateCount);
  const { step } = layoutTable(stateCount, rest);
  const parts: CodePart[] = [];
  for (let l = rest; l > 0; l -= step[l]!.length) parts.push(step[l]!);
  parts.reverse();
  // Merge runs of random coordinates into one part.
  const merged: CodePart[] = [];
  for (let b = 0; b < prefix.count; b++)
    merged.push({ kind: 'block', code: prefix.code!, length: prefix.code!.length });
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (part.kind === 'random' && last?.kind === 'random') {
      merged[merged.length - 1] = { kind: 'random', length: last.length + part.length };
    } else merged.push(part);
  }
  return { parts: merged, ...boundsOf(merged) };
}

/** The bounds of `codeLayout(length, stateCount)` without listing its parts: O(parts of the last 2048). */
export function codeBounds(length: number, stateCount: number): Omit<CodeLayout, 'parts'> {
  const { prefix, rest } = layoutPrefix(length, stateCount);
  const { step } = layoutTable(stateCount, rest);
  const parts: CodePart[] = [];
  for (let l = rest; l > 0; l -= step[l]!.length) parts.push(step[l]!);
  const tail = boundsOf(parts);
  const code = prefix.code;
  const kappaPlus = tail.kappaPlus + (code ? prefix.count * code.kappaPlus : 0);
  const kappaMinus = tail.kappaMinus + (code ? prefix.count * code.kappaMinus : 0);
  return { kappaPlus, kappaMinus, kappaBound: Math.max(kappaPlus, kappaMinus) };
}

/** Lengths past 2048: how many whole blocks of the fitting code of smallest cost per coordinate come first. */
function layoutPrefix(
  length: number,
  stateCount: number,
): { prefix: { code?: BlockCode; count: number }; rest: number } {
  const { codes } = layoutTable(stateCount, 0);
  if (length <= EXACT_LAYOUT_LENGTH || codes.length === 0) return { prefix: { count: 0 }, rest: length };
  const code = codes.reduce((x, y) => (blockCost(y) / y.length < blockCost(x) / x.length ? y : x));
  const count = Math.ceil((length - EXACT_LAYOUT_LENGTH) / code.length);
  return { prefix: { code, count }, rest: length - count * code.length };
}

function boundsOf(parts: readonly CodePart[]): Omit<CodeLayout, 'parts'> {
  let kappaPlus = 0;
  let kappaMinus = 0;
  for (const part of parts) {
    const punctured = part.kind === 'block' ? part.code.length - part.length : 0;
    kappaPlus += part.kind === 'block' ? part.code.kappaPlus + punctured : part.length;
    kappaMinus += part.kind === 'block' ? part.code.kappaMinus + punctured : part.length;
  }
  return { kappaPlus, kappaMinus, kappaBound: Math.max(kappaPlus, kappaMinus) };
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

/** Candidates drawn per state at least, and the budget (tries × states) that bounds more (see `fillDesignedCodes`). */
export const ASSIGNMENT_TRIES = 16;
const ASSIGNMENT_WORK = 2 ** 19;
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
 * draws `ASSIGNMENT_TRIES` candidates, and more, up to 256 and a budget of 2^19 candidates over all
 * states, while no candidate has an inner product of at most min(0, length − κ+ − κ−) with every coded
 * neighbour; it keeps the one whose largest inner product with its already coded neighbours is smallest,
 * and among equals the one whose sum |Σ s_i| exceeds ⌈sqrt(length)⌉ least: a transition's s_q · s_δ enters
 * the jump gap with the factor a (section 3 of docs/compiler.md), so negative inner products along
 * transitions widen it, and small sums keep the codes' means, which the decoding bound charges, small.
 * All draws come from `rng`.
 * O(stateCount · tries · (neighbours + 1) · length / 32 + Σ 2^dimension over blocks).
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
  const tables = blocks.map(({ part }) => wordsOf(part.code));
  const strides = blocks.map(({ part }) => Math.ceil(part.code.length / 32));
  // Per block, its signs as bit words, with the bits past the kept length masked off.
  const signWords = blocks.map(({ part, sign }, b) => {
    const bits = new Int32Array(strides[b]);
    for (let i = 0; i < part.length; i++) if (sign[i]) bits[i >>> 5] |= 1 << (i & 31);
    return bits;
  });
  const keepMasks = blocks.map(({ part }, b) =>
    Int32Array.from({ length: strides[b] }, (_, w) => {
      const kept = part.length - 32 * w;
      return kept >= 32 ? -1 : kept <= 0 ? 0 : (1 << kept) - 1;
    }),
  );
  /** ORs the 32-bit word `value` into `candidate` at bit `at`. */
  const orAt = (value: number, at: number) => {
    const shift = at & 31;
    const word = at >>> 5;
    candidate[word] |= value << shift;
    if (shift !== 0 && word + 1 < words) candidate[word + 1] |= value >>> (32 - shift);
  };
  const draw = (used: number) => {
    candidate.fill(0);
    for (let b = 0; b < blocks.length; b++) {
      const { offset: at, order } = blocks[b];
      // A uniform position in [used, count): count ≤ 2^17, so the product is exact.
      picks[b] = used + Math.floor((rng.nextUint32() * (order.length - used)) / 4294967296);
      const table = tables[b];
      const stride = strides[b];
      const base = order[picks[b]] * stride;
      for (let w = 0; w < stride; w++) {
        orAt((table[base + w] ^ signWords[b][w]) & keepMasks[b][w], at + 32 * w);
      }
    }
    for (const { offset: at, length: n } of randoms) {
      for (let i = 0; i < n; i += 32) {
        const kept = Math.min(32, n - i);
        orAt(rng.nextUint32() & (kept === 32 ? -1 : (1 << kept) - 1), at + i);
      }
    }
  };
  // |sum of a code| up to about one standard deviation of a random code's: the decoding bound (section 6)
  // charges the largest code mean.
  const sumLimit = Math.ceil(Math.sqrt(length));
  // Past ASSIGNMENT_TRIES, keep drawing (within the budget) until every coded neighbour is at most
  // n_s − κ+ − κ−: then the jump gap h (n_s − κ+) − |a| (κ− + s_q·s_δ) is at least the present gap n_s − κ+.
  const goal = Math.min(0, length - layout.kappaPlus - layout.kappaMinus);
  const maxTries = Math.max(
    ASSIGNMENT_TRIES,
    Math.min(MAX_ASSIGNMENT_TRIES, Math.floor(ASSIGNMENT_WORK / Math.max(1, stateCount))),
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
      if (score < bestScore || (score === bestScore && excess < bestExcess)) {
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
