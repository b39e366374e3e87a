import { describe, expect, it } from 'vitest';
import { astBuilder } from './testing/ast-builders.js';
import { parityMembers } from './testing/spec-fixtures.js';
import { toAutomatonSpec, toNetworkParameters, toSequenceSpec } from './resolve.js';

describe('toAutomatonSpec', () => {
  it('lists declared states first, then implied ones: start, accept, transitions in source order', () => {
    const b = astBuilder();
    const states = b.states('b');
    const start = b.start('s');
    const dfa = b.dfa(
      'P',
      b.alphabet('x', 'y', 'z'),
      b.transition('t1', 't2', 'x'),
      start,
      states,
      b.accept('f', 'b'),
      b.transition('s', 't1', 'y'),
    );
    const spec = toAutomatonSpec(dfa);
    expect(spec.states).toEqual(['b', 's', 'f', 't1', 't2']);
    expect(spec.start).toEqual(['s']);
    expect(spec.accept).toEqual(['f', 'b']);
    expect(spec.stateSpans?.get('b')).toEqual(states.states[0].span);
    expect(spec.stateSpans?.get('s')).toEqual(start.states[0].span);
  });

  it('expands catch-alls in alphabet order, skipping symbols named explicitly from the same state', () => {
    const b = astBuilder();
    const dfa = b.dfa(
      'P',
      b.alphabet('d', 'c', 'b', 'a'),
      b.start('q'),
      b.transition('q', 'dead', '*'),
      b.transition('q', 'r', 'b'),
      b.transition('r', 'q', 'a'),
      b.transition('q', 'q', 'c'),
    );
    expect(toAutomatonSpec(dfa).transitions).toEqual([
      ['q', 'd', 'dead'],
      ['q', 'a', 'dead'],
      ['q', 'b', 'r'],
      ['r', 'a', 'q'],
      ['q', 'c', 'q'],
    ]);
  });

  it('writes epsilon as the empty symbol and keeps each triple once', () => {
    const b = astBuilder();
    const nfa = b.nfa(
      'N',
      b.alphabet('a'),
      b.start('s'),
      b.transition('s', 't', 'ε', 'a'),
      b.transition('s', 't', 'a', 'epsilon'),
    );
    const spec = toAutomatonSpec(nfa);
    expect(spec.kind).toBe('nfa');
    expect(spec.transitions).toEqual([
      ['s', '', 't'],
      ['s', 'a', 't'],
    ]);
  });

  it('resolves the Parity example of the brief', () => {
    const b = astBuilder();
    const parity = b.dfa('Parity', ...parityMembers(b), b.network({ neurons: 512, seed: 7, encoding: 'bipolar' }));
    const { stateSpans, ...spec } = toAutomatonSpec(parity);
    expect(stateSpans?.size).toBe(2);
    expect(spec).toEqual({
      name: 'Parity',
      kind: 'dfa',
      alphabet: ['0', '1'],
      states: ['even', 'odd'],
      start: ['even'],
      accept: ['even'],
      transitions: [
        ['even', '1', 'odd'],
        ['odd', '1', 'even'],
        ['even', '0', 'even'],
        ['odd', '0', 'odd'],
      ],
      network: { neurons: 512, seed: 7, encoding: 'bipolar' },
    });
  });

  it('does not throw on a partial automaton', () => {
    const b = astBuilder();
    const spec = toAutomatonSpec(b.dfa('E', b.transition('a', 'b', '*'), b.alphabet(), b.alphabet('x', 'x')));
    expect(spec.alphabet).toEqual(['x']);
    expect(spec.transitions).toEqual([['a', 'x', 'b']]);
    expect(spec.start).toEqual([]);
    expect(spec.network).toEqual({});
  });
});

describe('toSequenceSpec', () => {
  it('gives items, loop, one dwell per item and the network', () => {
    const b = astBuilder();
    const walk = b.sequence('Walk', b.items('A', 'B', ['A', 3], 'C'), b.loop(), b.network({ neurons: 2000 }));
    expect(toSequenceSpec(walk)).toEqual({
      name: 'Walk',
      items: ['A', 'B', 'A', 'C'],
      loop: true,
      dwell: [1, 1, 3, 1],
      network: { neurons: 2000 },
    });
  });

  it('does not throw without items, and treats a bad dwell as 1', () => {
    const b = astBuilder();
    expect(toSequenceSpec(b.sequence('S'))).toEqual({ name: 'S', items: [], loop: false, dwell: [], network: {} });
    expect(toSequenceSpec(b.sequence('S', b.items(['A', 0]))).dwell).toEqual([1]);
  });
});

describe('toNetworkParameters', () => {
  it('gives {} without a block', () => {
    expect(toNetworkParameters()).toEqual({});
  });

  it('keeps known names with valid values, the first setting winning', () => {
    const b = astBuilder();
    const network = b.network([
      ['beta', 4],
      ['beta', 9],
      ['eta', 0.5],
      ['auto', -1],
      ['hetero', 2],
      ['iterations', 3],
      ['encoding', 'uniform'],
      ['neurons', 1.5],
      ['colour', 3],
    ]);
    expect(toNetworkParameters(network)).toEqual({
      beta: 4,
      eta: 0.5,
      auto: -1,
      hetero: 2,
      iterations: 3,
      encoding: 'uniform',
    });
  });
});
