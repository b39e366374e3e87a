import { describe, expect, it } from 'vitest';
import { graphDistances } from './distances.js';
import { karateClubGraph } from './karate-club.js';
import { symmetricNormalise } from './normalise.js';
import { cycleGraph, degrees, pathGraph, toUndirectedGraph } from './undirected-graph.js';

describe('undirected graphs', () => {
  it('a cycle has k edges and every vertex degree 2', () => {
    const g = cycleGraph(30);
    expect(g.edges).toHaveLength(30);
    expect([...degrees(g)].every((d) => d === 2)).toBe(true);
    expect(g.edges).toContainEqual([0, 29]);
  });

  it('a path has k - 1 edges and two ends of degree 1', () => {
    const g = pathGraph(5);
    expect(g.edges).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect([...degrees(g)]).toEqual([1, 2, 2, 2, 1]);
  });

  it('reading a directed multigraph as undirected drops self-loops and merges repeats', () => {
    const g = toUndirectedGraph('m', ['a', 'b', 'c'], [0, 1, 1, 2, 2], [1, 0, 2, 2, 1]);
    expect(g.edges).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it("Zachary's karate club has 34 members, 78 edges and the published degrees", () => {
    const g = karateClubGraph();
    expect(g.labels).toHaveLength(34);
    expect(g.edges).toHaveLength(78);
    const degree = degrees(g);
    expect(degree[0]).toBe(16); // the instructor
    expect(degree[33]).toBe(17); // the administrator
    expect(degree[32]).toBe(12);
    expect([...degree].reduce((s, d) => s + d, 0)).toBe(156);
  });
});

describe('symmetric normalisation', () => {
  it('gives every edge of a cycle weight 1/2 in both directions', () => {
    const h = symmetricNormalise(cycleGraph(6));
    expect(h.count).toBe(12);
    expect([...h.weight].every((w) => w === 0.5)).toBe(true);
  });

  it('weights an edge u - v by 1 / sqrt(deg u deg v)', () => {
    const h = symmetricNormalise(pathGraph(3)); // degrees 1, 2, 1
    for (let e = 0; e < h.count; e++) expect(h.weight[e]).toBeCloseTo(1 / Math.sqrt(2), 15);
  });
});

describe('graph distances', () => {
  it('are hop counts around a cycle', () => {
    const d = graphDistances(cycleGraph(10));
    expect([...d[0]]).toEqual([0, 1, 2, 3, 4, 5, 4, 3, 2, 1]);
  });

  it('are -1 between components', () => {
    const d = graphDistances(toUndirectedGraph('two', ['a', 'b', 'c'], [0], [1]));
    expect([...d[0]]).toEqual([0, 1, -1]);
  });

  it('span the karate club in at most 5 hops', () => {
    const d = graphDistances(karateClubGraph());
    expect(Math.max(...d.map((row) => Math.max(...row)))).toBe(5);
  });
});
