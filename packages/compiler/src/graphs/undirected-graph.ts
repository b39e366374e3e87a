/**
 * A simple undirected graph over memory patterns: vertex i is pattern i, `labels[i]` names it. Edges are
 * unordered pairs (u < v), without self-loops or repeats. The paper's range-of-recall experiment runs on
 * such graphs with symmetric normalisation (docs/modes.md).
 */
export interface UndirectedGraph {
  readonly name: string;
  readonly labels: readonly string[];
  /** `[u, v]` with u < v, sorted, no repeats. */
  readonly edges: readonly (readonly [number, number])[];
}

/**
 * The graph on `labels` with the given edges, read as undirected: self-loops are dropped and repeated or
 * reversed pairs merged. Out-of-range endpoints are a programmer error (RangeError). O(E log E).
 */
export function toUndirectedGraph(
  name: string,
  labels: readonly string[],
  from: ArrayLike<number>,
  to: ArrayLike<number>,
): UndirectedGraph {
  if (from.length !== to.length) throw new RangeError(`edge lists differ in length: ${from.length} and ${to.length}`);
  const seen = new Set<number>();
  const edges: [number, number][] = [];
  const k = labels.length;
  for (let e = 0; e < from.length; e++) {
    const u = from[e];
    const v = to[e];
    if (!(u >= 0 && u < k && v >= 0 && v < k)) throw new RangeError(`edge ${u} - ${v} is outside 0..${k - 1}`);
    if (u === v) continue;
    const lo = Math.min(u, v);
    const hi = Math.max(u, v);
    const key = lo * k + hi;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push([lo, hi]);
  }
  edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { name, labels: [...labels], edges };
}

function numberedLabels(k: number): string[] {
  return Array.from({ length: k }, (_, i) => String(i));
}

/** The cycle 0 - 1 - ... - (k-1) - 0 (k >= 3; k = 2 is one edge, k = 1 none). O(k). */
export function cycleGraph(k: number): UndirectedGraph {
  const from = Array.from({ length: k }, (_, i) => i);
  const to = from.map((i) => (i + 1) % k);
  return toUndirectedGraph(`cycle:${k}`, numberedLabels(k), from, to);
}

/** The path 0 - 1 - ... - (k-1). O(k). */
export function pathGraph(k: number): UndirectedGraph {
  const from = Array.from({ length: Math.max(0, k - 1) }, (_, i) => i);
  const to = from.map((i) => i + 1);
  return toUndirectedGraph(`path:${k}`, numberedLabels(k), from, to);
}

/** Number of edges at each vertex. O(V + E). */
export function degrees(graph: UndirectedGraph): Int32Array {
  const degree = new Int32Array(graph.labels.length);
  for (const [u, v] of graph.edges) {
    degree[u]++;
    degree[v]++;
  }
  return degree;
}
