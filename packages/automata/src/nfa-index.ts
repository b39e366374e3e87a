import { EPSILON, type Nfa } from './fa-types.js';

/**
 * Compressed adjacency of an `Nfa` for hot loops (internal). Successors of state `q` on symbol `s` are
 * `symbolTargets[symbolOffsets[q * k + s] .. symbolOffsets[q * k + s + 1])`; epsilon successors likewise
 * through `epsilonOffsets[q]`. Duplicate targets are kept once. Built in O(n · k + |edges|).
 */
export interface NfaIndex {
  readonly stateCount: number;
  readonly symbolCount: number;
  readonly symbolOffsets: Int32Array;
  readonly symbolTargets: Int32Array;
  readonly epsilonOffsets: Int32Array;
  readonly epsilonTargets: Int32Array;
}

/** The compressed adjacency of `nfa`; throws `RangeError` on an edge outside the alphabet or states (a bug). O(n · k + |edges|). */
export function indexNfa(nfa: Nfa): NfaIndex {
  const n = nfa.states.length;
  const k = nfa.alphabet.length;
  const symbolCounts = new Int32Array(n * k + 1);
  const epsilonCounts = new Int32Array(n + 1);
  for (let q = 0; q < n; q++) {
    for (const edge of nfa.edges[q] ?? []) {
      checkEdge(edge.symbol, edge.to, k, n);
      if (edge.symbol === EPSILON) epsilonCounts[q + 1]++;
      else symbolCounts[q * k + edge.symbol + 1]++;
    }
  }
  for (let i = 1; i < symbolCounts.length; i++) symbolCounts[i] += symbolCounts[i - 1];
  for (let i = 1; i < epsilonCounts.length; i++) epsilonCounts[i] += epsilonCounts[i - 1];
  const symbolTargets = new Int32Array(symbolCounts[n * k]);
  const epsilonTargets = new Int32Array(epsilonCounts[n]);
  const symbolFill = symbolCounts.slice(0, n * k);
  const epsilonFill = epsilonCounts.slice(0, n);
  for (let q = 0; q < n; q++) {
    for (const edge of nfa.edges[q] ?? []) {
      if (edge.symbol === EPSILON) epsilonTargets[epsilonFill[q]++] = edge.to;
      else symbolTargets[symbolFill[q * k + edge.symbol]++] = edge.to;
    }
  }
  return {
    stateCount: n,
    symbolCount: k,
    symbolOffsets: symbolCounts,
    symbolTargets,
    epsilonOffsets: epsilonCounts,
    epsilonTargets,
  };
}

function checkEdge(symbol: number, to: number, k: number, n: number): void {
  if (!(symbol === EPSILON || (Number.isInteger(symbol) && symbol >= 0 && symbol < k))) {
    throw new RangeError(`nfa edge symbol ${symbol} is outside the alphabet (size ${k})`);
  }
  if (!(Number.isInteger(to) && to >= 0 && to < n)) {
    throw new RangeError(`nfa edge target ${to} is not a state (count ${n})`);
  }
}
