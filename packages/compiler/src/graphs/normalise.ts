import { degrees, type UndirectedGraph } from './undirected-graph.js';

/**
 * A weighted directed edge list, the shape the runtime applies as H: (H w)[to[e]] += weight[e] · w[from[e]].
 */
export interface WeightedEdges {
  readonly count: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
}

/**
 * D^-1/2 A D^-1/2 of an undirected graph (the paper's normalisation, docs/model.md, "Objects"): each edge
 * u - v becomes u -> v and v -> u, both with weight 1 / sqrt(deg u · deg v). The matrix is symmetric, so
 * its orientation does not matter. An isolated vertex has no edges. O(V + E).
 */
export function symmetricNormalise(graph: UndirectedGraph): WeightedEdges {
  const degree = degrees(graph);
  const count = 2 * graph.edges.length;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  const weight = new Float64Array(count);
  graph.edges.forEach(([u, v], e) => {
    const w = 1 / Math.sqrt(degree[u] * degree[v]);
    from[2 * e] = u;
    to[2 * e] = v;
    weight[2 * e] = w;
    from[2 * e + 1] = v;
    to[2 * e + 1] = u;
    weight[2 * e + 1] = w;
  });
  return { count, from, to, weight };
}
