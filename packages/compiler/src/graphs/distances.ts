import type { UndirectedGraph } from './undirected-graph.js';

/**
 * All-pairs shortest-path lengths (hops) by breadth-first search from every vertex: row u of the result is
 * the distance from u to each vertex, -1 where unreachable. O(V · (V + E)) time, O(V²) memory.
 */
export function graphDistances(graph: UndirectedGraph): Int32Array[] {
  const k = graph.labels.length;
  const neighbours: number[][] = Array.from({ length: k }, () => []);
  for (const [u, v] of graph.edges) {
    neighbours[u].push(v);
    neighbours[v].push(u);
  }
  const rows: Int32Array[] = [];
  const queue = new Int32Array(k);
  for (let source = 0; source < k; source++) {
    const distance = new Int32Array(k).fill(-1);
    distance[source] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    while (head < tail) {
      const u = queue[head++];
      for (const v of neighbours[u]) {
        if (distance[v] >= 0) continue;
        distance[v] = distance[u] + 1;
        queue[tail++] = v;
      }
    }
    rows.push(distance);
  }
  return rows;
}
