import { toDfa } from '@cdam/automata';
import { describe, expect, it } from 'vitest';
import { buildMemoryEdges, toMemoryGraph } from './memory-graph.js';
import { buildPatterns, patternMeaning } from './patterns.js';
import { parity } from './testing/index.js';

describe('memory graph', () => {
  const result = toDfa(parity);
  if (result.kind !== 'ok') throw new Error('parity is a DFA');
  const dfa = result.dfa;
  const patterns = buildPatterns(dfa);
  const edges = buildMemoryEdges(dfa, patterns);

  it('orders patterns by state: the state pattern, then its conjunctions in alphabet order', () => {
    expect([...patterns.state]).toEqual([0, 0, 0, 1, 1, 1]);
    expect([...patterns.input]).toEqual([2, 0, 1, 2, 0, 1]);
    expect(patternMeaning(patterns, 2)).toEqual({ kind: 'conjunction', state: 0, symbol: 1 });
    expect(patternMeaning(patterns, 3)).toEqual({ kind: 'state', state: 1 });
  });

  it('links each conjunction to its successor state pattern and each state pattern to itself', () => {
    expect([...edges.to]).toEqual([0, 0, 3, 3, 3, 0]);
    expect([...edges.symbol]).toEqual([-1, 0, 1, -1, 0, 1]);
  });

  it('builds the same graph as a graphlib multigraph with meanings and symbol names', () => {
    const graph = toMemoryGraph(dfa, patterns, edges);
    expect(graph.isMultigraph()).toBe(true);
    expect(graph.nodeCount()).toBe(6);
    expect(graph.edgeCount()).toBe(6);
    expect(graph.node('2')).toMatchObject({ stateName: 'even', symbolName: '1', meaning: { kind: 'conjunction' } });
    expect(graph.edge('2', '3', 'on 1')).toEqual({ symbol: 1, symbolName: '1' });
    expect(graph.edge('3', '3', 'loop')).toEqual({ symbol: -1 });
  });
});
