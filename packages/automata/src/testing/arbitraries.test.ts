import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPSILON, NO_EDGE } from '../fa-types.js';
import { reachableStates } from '../trim.js';
import { arbDfa, arbNfa, arbWord, propertyRuns } from './index.js';

describe('arbitraries', () => {
  const { seed } = propertyRuns();
  const dfas = fc.sample(arbDfa(6), { seed, numRuns: 300 });
  const nfas = fc.sample(arbNfa(5), { seed, numRuns: 300 });

  it('arbDfa produces well-formed DFAs with partial rows, unreachable states and multi-character symbols', () => {
    for (const d of dfas) {
      expect(d.delta).toHaveLength(d.states.length);
      for (const row of d.delta) {
        expect(row).toHaveLength(d.alphabet.length);
        for (const r of row) expect(r === NO_EDGE || (r >= 0 && r < d.states.length)).toBe(true);
      }
    }
    expect(dfas.some((d) => d.delta.flat().includes(NO_EDGE))).toBe(true);
    expect(dfas.some((d) => reachableStates(d).size < d.states.length)).toBe(true);
    expect(dfas.some((d) => d.alphabet.some((s) => s.length > 1))).toBe(true);
  });

  it('arbNfa produces epsilon cycles, several starts and no starts', () => {
    const hasEpsilonCycle = nfas.some((n) =>
      n.edges.some((list, p) =>
        list.some((e) => e.symbol === EPSILON && n.edges[e.to].some((f) => f.symbol === EPSILON && f.to === p)),
      ),
    );
    expect(hasEpsilonCycle).toBe(true);
    expect(nfas.some((n) => n.start.length === 2)).toBe(true);
    expect(nfas.some((n) => n.start.length === 0)).toBe(true);
  });

  it('arbWord draws only from the alphabet', () => {
    for (const w of fc.sample(arbWord(['x', 'yy'], 4), { seed, numRuns: 50 })) {
      expect(w.length).toBeLessThanOrEqual(4);
      expect(w.every((s) => s === 'x' || s === 'yy')).toBe(true);
    }
  });
});
