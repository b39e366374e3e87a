import { describe, expect, it } from 'vitest';
import type { AutomatonSpec } from '@cdam/language';
import { EPSILON, NO_EDGE } from './fa-types.js';
import { fromSpec, nfaAsDfa, toDfa } from './from-spec.js';

const parity: AutomatonSpec = {
  name: 'Parity',
  kind: 'dfa',
  alphabet: ['0', '1'],
  states: ['even', 'odd', 'lost'],
  start: ['even'],
  accept: ['even'],
  transitions: [
    ['even', '1', 'odd'],
    ['odd', '1', 'even'],
    ['even', '0', 'even'],
    ['odd', '0', 'odd'],
  ],
  network: {},
};

const endsAbb: AutomatonSpec = {
  name: 'EndsAbb',
  kind: 'nfa',
  alphabet: ['a', 'b'],
  states: ['q0', 'q1', 'q2', 'q3'],
  start: ['q0'],
  accept: ['q3'],
  transitions: [
    ['q0', 'a', 'q0'],
    ['q0', 'b', 'q0'],
    ['q0', 'a', 'q1'],
    ['q1', 'b', 'q2'],
    ['q2', 'b', 'q3'],
    ['q3', '', 'q0'],
  ],
  network: {},
};

describe('fromSpec', () => {
  it('keeps the spec order of states and symbols and maps "" to EPSILON', () => {
    const nfa = fromSpec(endsAbb);
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
      ...endsAbb,
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
    const copy = structuredClone(endsAbb);
    fromSpec(endsAbb);
    expect(endsAbb).toEqual(copy);
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
    const result = toDfa(endsAbb);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.dfa.states).toEqual(['{q0}', '{q0,q1}', '{q0,q2}', '{q0,q3}']);
    expect([...result.dfa.accepting]).toEqual([3]);
  });

  it('reports too-many-states as a value', () => {
    expect(toDfa(endsAbb, { maxStates: 2 })).toEqual({ kind: 'too-many-states', limit: 2 });
  });
});

describe('nfaAsDfa', () => {
  it('refuses an automaton with two targets for one symbol', () => {
    expect(nfaAsDfa(fromSpec(endsAbb))).toBeUndefined();
  });
});
