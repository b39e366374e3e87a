import graphlib, { type Graph } from '@dagrejs/graphlib';
import type { Dfa } from '@cdam/automata';
import { patternMeaning, type PatternMeaning, type PatternTable } from './patterns.js';

/**
 * The memory graph H as a sparse edge list (docs/model.md, "Objects": Xi H has, in column mu, the
 * combination of mu's successors). Edge e goes from pattern `from[e]` to pattern `to[e]` with weight 1; `symbol[e]` is
 * the symbol index of a transition edge, or -1 for a state pattern's stabilising self-loop.
 * Applying H to attention weights w: (H w)[to[e]] += w[from[e]] for every edge.
 */
export interface MemoryEdges {
  readonly count: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly symbol: Int32Array;
}

/** Node label of the graphlib memory graph: the pattern's meaning, with names for display. */
export interface MemoryNodeLabel {
  readonly pattern: number;
  readonly meaning: PatternMeaning;
  readonly stateName: string;
  readonly symbolName?: string;
}

/** Edge label of the graphlib memory graph. */
export interface MemoryEdgeLabel {
  /** Symbol index, or -1 for a stabilising self-loop. */
  readonly symbol: number;
  readonly symbolName?: string;
}

/**
 * The edges of H for a DFA: conjunction (q, s) -> state pattern of delta(q, s), and each state pattern
 * -> itself. Every pattern has exactly one successor. Edges are listed in pattern order. O(p).
 */
export function buildMemoryEdges(dfa: Dfa, patterns: PatternTable): MemoryEdges {
  const p = patterns.count;
  const from = new Int32Array(p);
  const to = new Int32Array(p);
  const symbol = new Int32Array(p);
  for (let mu = 0; mu < p; mu++) {
    const q = patterns.state[mu];
    const s = patterns.input[mu];
    from[mu] = mu;
    if (s === patterns.symbolCount) {
      to[mu] = mu;
      symbol[mu] = -1;
    } else {
      to[mu] = patterns.statePattern[dfa.delta[q][s]];
      symbol[mu] = s;
    }
  }
  return { count: p, from, to, symbol };
}

/**
 * The memory graph as a directed graphlib multigraph: node `String(mu)` per pattern (label: its
 * meaning), one edge per entry of `edges` named by its symbol (`'loop'` for a self-loop). For
 * inspection and export; the runtime applies `MemoryEdges` directly. O(p + edges).
 */
export function toMemoryGraph(
  dfa: Dfa,
  patterns: PatternTable,
  edges: MemoryEdges,
): Graph<unknown, MemoryNodeLabel, MemoryEdgeLabel> {
  // The package's ESM build has only a default export, whatever its typings say.
  const graph = new graphlib.Graph<unknown, MemoryNodeLabel, MemoryEdgeLabel>({ directed: true, multigraph: true });
  for (let mu = 0; mu < patterns.count; mu++) {
    const meaning = patternMeaning(patterns, mu);
    const label: MemoryNodeLabel =
      meaning.kind === 'state'
        ? { pattern: mu, meaning, stateName: dfa.states[meaning.state] }
        : { pattern: mu, meaning, stateName: dfa.states[meaning.state], symbolName: dfa.alphabet[meaning.symbol] };
    graph.setNode(String(mu), label);
  }
  for (let e = 0; e < edges.count; e++) {
    const s = edges.symbol[e];
    const label: MemoryEdgeLabel = s < 0 ? { symbol: -1 } : { symbol: s, symbolName: dfa.alphabet[s] };
    graph.setEdge(String(edges.from[e]), String(edges.to[e]), label, s < 0 ? 'loop' : `on ${dfa.alphabet[s]}`);
  }
  return graph;
}
