import { describe, expect, it } from 'vitest';
import type { AutomatonSpec } from '@cdam/language';
import { endsAbbSpec, paritySpec } from '@cdam/language/testing';
import { EPSILON, NO_EDGE } from './fa-types.js';
import { fromSpec, nfaAsDfa, toDfa } from './from-spec.js';

/** Parity with an extra state no transition touches. */
const parity: AutomatonSpec = { ...paritySpec, states: [...paritySpec.states, 'lost'] };

describe('fromSpec', () => {
  it('keeps the spec order of states and symbols and maps "" to EPSILON', () => {
    const nfa = fromSpec(endsAbbSpec);
    expect(nfa.states).toEqual(['q0', 'q1', 'q2', 'q3']);
    expect(nfa.alphabet).toEqual(['a', 'b']);
    expect(nfa.start).toEqual([0]);
    expect([...nfa.accepting]).toEqual([3]);
    expect(nfa.edges[0]).toEqual([
      { symbol: 0, to: 0 },
      { symbol: 1, to: 0 },
      { symbol: 0, to: 1 },
    ]);
    expect(nfa.edges[3]).toEqual([{ symbol: EPSILON, to: 0 }]);
  });

  it('appends names missing from states or alphabet instead of throwing, and drops duplicate edges', () => {
    const nfa = fromSpec({
      ...endsAbbSpec,
      states: [],
      alphabet: ['a'],
      transitions: [
        ['q0', 'c', 'x'],
        ['q0', 'c', 'x'],
      ],
    });
    expect(nfa.states).toEqual(['q0', 'q3', 'x']);
    expect(nfa.alphabet).toEqual(['a', 'c']);
    expect(nfa.edges[0]).toEqual([{ symbol: 1, to: 2 }]);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(endsAbbSpec);
    fromSpec(endsAbbSpec);
    expect(endsAbbSpec).toEqual(copy);
  });
});

describe('toDfa', () => {
  it('keeps the names and indices of a deterministic dfa spec, unreachable states included', () => {
    const result = toDfa(parity);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.dfa.states).toEqual(['even', 'odd', 'lost']);
    expect(result.dfa.start).toBe(0);
    expect(result.dfa.delta).toEqual([
      [0, 1],
      [1, 0],
      [NO_EDGE, NO_EDGE],
    ]);
    expect([...result.dfa.accepting]).toEqual([0]);
  });

  it('determinises an nfa spec with subset names', () => {
    const result = toDfa(endsAbbSpec);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.dfa.states).toEqual(['{q0}', '{q0,q1}', '{q0,q2}', '{q0,q3}']);
    expect([...result.dfa.accepting]).toEqual([3]);
  });

  it('reports too-many-states as a value', () => {
    expect(toDfa(endsAbbSpec, { maxStates: 2 })).toEqual({ kind: 'too-many-states', limit: 2 });
  });
});

describe('nfaAsDfa', () => {
  it('refuses an automaton with two targets for one symbol', () => {
    expect(nfaAsDfa(fromSpec(endsAbbSpec))).toBeUndefined();
  });
});
