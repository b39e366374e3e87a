import type { Dfa } from '@cdam/automata';
import type { Network } from '../network.js';
import type { StepComparison } from './expected.js';
import type { Mismatch } from './report.js';

/**
 * What `exploreStateClosure` found. The network is a deterministic function from its state vector and an
 * input symbol to its next state vector, so a run is a path in the graph whose vertices are the distinct
 * (bit-for-bit) state vectors reached, paired with the automaton's state. When that graph is finite and
 * fully explored (`closed`), every edge has been checked, and with it every word of every length.
 */
export interface StateClosure {
  /** Every reachable (network state, automaton state) pair was expanded with every symbol. */
  readonly closed: boolean;
  /** Distinct (network state, automaton state) pairs reached. */
  readonly networkStates: number;
  /** Breadth-first depth reached: the length of the longest word needed to reach a new pair. */
  readonly depth: number;
  /** Pair x symbol steps computed. */
  readonly transitionsChecked: number;
  /** The shortest word on which the network and the automaton disagree, if one was found. */
  readonly mismatch?: Mismatch;
  /** Why the search stopped early (state budget), when it did. */
  readonly stoppedBecause?: string;
}

export interface StateClosureOptions {
  /** Budget of distinct pairs (default: 100 000, fewer for large n so the stored vectors stay under ~200 MB). */
  readonly maxStates?: number;
}

/** The default state budget for networks of `n` neurons. */
export function defaultClosureBudget(n: number): number {
  return Math.max(1, Math.min(100_000, Math.floor(25_000_000 / Math.max(1, n))));
}

/**
 * Breadth-first search over the network's reachable state vectors (compared bit for bit), stepping each
 * new one with every symbol of the expected automaton and comparing the decoded state (and, for a
 * transducer, the output read from the state) with the automaton's after every step. Breadth-first order makes the first mismatch a shortest failing word.
 * A closed search is an exhaustive check of all words of all lengths; an open one (budget reached) still
 * checked every word up to `depth - 1`. Cost: O(pairs · |alphabet| · K · kernel) time and O(pairs · n) memory.
 */
export function exploreStateClosure(
  network: Network,
  expected: Dfa,
  comparison: StepComparison,
  options: StateClosureOptions = {},
): StateClosure {
  const budget = options.maxStates ?? defaultClosureBudget(network.n);
  const symbols = expected.alphabet.map((_, s) => s).filter((s) => comparison.symbolInNetwork[s] >= 0);
  const vectors: Float64Array[] = [];
  const automatonState: number[] = [];
  const parent: number[] = [];
  const parentSymbol: number[] = [];
  const index = new Map<number, number[]>();

  const wordTo = (node: number, last: number): number[] => {
    const word = [last];
    for (let v = node; parent[v] >= 0; v = parent[v]) word.push(parentSymbol[v]);
    return word.reverse();
  };
  const lookup = (x: Float64Array, q: number): number | undefined =>
    index.get(hashState(x, q))?.find((v) => automatonState[v] === q && sameBits(vectors[v], x));
  const add = (x: Float64Array, q: number, from: number, symbol: number): number => {
    const v = vectors.length;
    vectors.push(Float64Array.from(x));
    automatonState.push(q);
    parent.push(from);
    parentSymbol.push(symbol);
    const key = hashState(x, q);
    const bucket = index.get(key);
    if (bucket) bucket.push(v);
    else index.set(key, [v]);
    return v;
  };

  network.reset();
  const start = network.decode();
  if (!comparison.agrees(start, expected.start, network.state)) {
    const mismatch = comparison.mismatch([], start, expected.start, 'exhaustive', network.state);
    return { closed: false, networkStates: 1, depth: 0, transitionsChecked: 0, mismatch: { ...mismatch, atInput: -1 } };
  }
  add(network.state, expected.start, -1, -1);

  let frontier = [0];
  let depth = 0;
  let transitionsChecked = 0;
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const v of frontier) {
      for (const s of symbols) {
        network.state.set(vectors[v]);
        network.step(expected.alphabet[s]);
        transitionsChecked++;
        const q = expected.delta[automatonState[v]][s];
        const decoded = network.decode();
        if (!comparison.agrees(decoded, q, network.state)) {
          const mismatch = comparison.mismatch(wordTo(v, s), decoded, q, 'exhaustive', network.state);
          return { closed: false, networkStates: vectors.length, depth: depth + 1, transitionsChecked, mismatch };
        }
        if (lookup(network.state, q) !== undefined) continue;
        if (vectors.length >= budget) {
          return {
            closed: false,
            networkStates: vectors.length,
            depth,
            transitionsChecked,
            stoppedBecause: `more than ${budget} distinct network states`,
          };
        }
        next.push(add(network.state, q, v, s));
      }
    }
    frontier = next;
    if (next.length > 0) depth++;
  }
  return { closed: true, networkStates: vectors.length, depth, transitionsChecked };
}

/** FNV-1a over the 32-bit words of x, mixed with q; equal vectors (bit for bit) hash equally. O(n). */
function hashState(x: Float64Array, q: number): number {
  const words = new Uint32Array(x.buffer, x.byteOffset, x.length * 2);
  let hash = (0x811c9dc5 ^ q) >>> 0;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words[i], 0x01000193) >>> 0;
  return hash;
}

function sameBits(a: Float64Array, b: Float64Array): boolean {
  const wa = new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
  const wb = new Uint32Array(b.buffer, b.byteOffset, b.length * 2);
  for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) return false;
  return true;
}
