import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPSILON, type Nfa } from './fa-types.js';
import { toSpec } from './to-spec.js';
import { fromSpec, nfaAsDfa } from './from-spec.js';
import { arbDfa, arbNfa, propertyRuns } from './testing/index.js';

const runs = propertyRuns(100);

describe('toSpec', () => {
  it('writes epsilon as "" and keeps names, kind and network parameters', () => {
    const nfa: Nfa = {
      alphabet: ['a'],
      states: ['p', 'q'],
      start: [1],
      accepting: new Set([0]),
      edges: [[{ symbol: EPSILON, to: 1 }], [{ symbol: 0, to: 0 }]],
    };
    expect(toSpec(nfa, { name: 'N', network: { seed: 3 } })).toEqual({
      name: 'N',
      kind: 'nfa',
      alphabet: ['a'],
      states: ['p', 'q'],
      start: ['q'],
      accept: ['p'],
      transitions: [
        ['p', '', 'q'],
        ['q', 'a', 'p'],
      ],
      network: { seed: 3 },
    });
  });

  it('fromSpec(toSpec(nfa)) rebuilds the nfa (edges without duplicates)', () =>
    fc.assert(
      fc.property(arbNfa(), (nfa) => {
        const deduplicated = {
          ...nfa,
          edges: nfa.edges.map((list) =>
            list.filter((e, i) => list.findIndex((f) => f.symbol === e.symbol && f.to === e.to) === i),
          ),
        };
        expect(fromSpec(toSpec(nfa, { name: 'x' }))).toEqual(deduplicated);
      }),
      runs,
    ));

  it('a dfa survives toSpec and back through nfaAsDfa unchanged', () =>
    fc.assert(
      fc.property(arbDfa(), (dfa) => {
        const spec = toSpec(dfa, { name: 'x' });
        expect(spec.kind).toBe('dfa');
        expect(nfaAsDfa(fromSpec(spec))).toEqual(dfa);
      }),
      runs,
    ));
});
