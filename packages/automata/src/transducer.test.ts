import { describe, expect, it } from 'vitest';
import type { AutomatonSpec } from '@cdam/language';
import { mooreForm, outputsOfWord, runTransducer, transducerOf, transducersEquivalent } from './transducer.js';
import { NO_EDGE } from './fa-types.js';

const vending: AutomatonSpec = {
  name: 'Vending',
  kind: 'mealy',
  alphabet: ['coin', 'push'],
  states: ['locked', 'unlocked'],
  start: ['locked'],
  accept: ['locked', 'unlocked'],
  outputAlphabet: ['unlock', 'lock', 'nothing'],
  transitions: [
    ['locked', 'coin', 'unlocked', 'unlock'],
    ['locked', 'push', 'locked', 'nothing'],
    ['unlocked', 'coin', 'unlocked', 'nothing'],
    ['unlocked', 'push', 'locked', 'lock'],
  ],
  network: {},
};

const light: AutomatonSpec = {
  name: 'Light',
  kind: 'moore',
  alphabet: ['tick'],
  states: ['g', 'y', 'r'],
  start: ['g'],
  accept: ['g', 'y', 'r'],
  outputAlphabet: ['go', 'stop'],
  outputs: { g: 'go', y: 'stop', r: 'stop' },
  transitions: [
    ['g', 'tick', 'y'],
    ['y', 'tick', 'r'],
    ['r', 'tick', 'g'],
  ],
  network: {},
};

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

describe('transducers', () => {
  it('a mealy emits on transitions and a moore on the states it enters', () => {
    const mealy = must(transducerOf(vending));
    expect(outputsOfWord(mealy, ['coin', 'coin', 'push', 'push'])).toEqual(['unlock', 'nothing', 'lock', 'nothing']);
    const moore = must(transducerOf(light));
    const run = runTransducer(moore, ['tick', 'tick', 'tick']);
    expect(run.outputs).toEqual(['stop', 'stop', 'go']);
    expect(run.initialOutput).toBe('go');
    expect(run.states).toEqual([0, 1, 2, 0]);
  });

  it('falling off a partial machine or an unknown symbol gives null from there on', () => {
    const partial = must(transducerOf({ ...vending, transitions: vending.transitions.slice(0, 2) }));
    expect(outputsOfWord(partial, ['push', 'coin', 'push', 'coin'])).toEqual(['nothing', 'unlock', null, null]);
    expect(outputsOfWord(partial, ['bogus', 'push'])).toEqual([null, null]);
  });

  it('equivalence finds a shortest word with different tapes', () => {
    const mealy = must(transducerOf(vending));
    expect(transducersEquivalent(mealy, mealy)).toEqual({ equal: true });
    const changed = must(
      transducerOf({
        ...vending,
        transitions: vending.transitions.map((t) =>
          t[0] === 'unlocked' && t[1] === 'push' ? [t[0], t[1], t[2], 'nothing'] : t,
        ),
      }),
    );
    const result = transducersEquivalent(mealy, changed);
    expect(result).toEqual({
      equal: false,
      shortestCounterexample: ['coin', 'push'],
      left: ['unlock', 'lock'],
      right: ['unlock', 'nothing'],
    });
    // A three-state moore light equals its mealy reading, where outputs move onto the transitions.
    const moore = must(transducerOf(light));
    const asMealy = must(
      transducerOf({
        ...light,
        kind: 'mealy',
        transitions: light.transitions.map(([f, s, t]) => [f, s, t, must(light.outputs)[t]] as const),
      }),
    );
    expect(transducersEquivalent(moore, asMealy)).toEqual({ equal: true });
    const otherStart = must(transducerOf({ ...light, outputs: { g: 'stop', y: 'stop', r: 'stop' } }));
    expect(transducersEquivalent(moore, otherStart)).toMatchObject({ equal: false, shortestCounterexample: [] });
  });

  it('the moore form of a mealy carries the output of the entering transition in each state', () => {
    const mealy = must(transducerOf(vending));
    const form = mooreForm(mealy);
    expect(form.dfa.states).toEqual(['locked', 'unlocked/unlock', 'locked/nothing', 'unlocked/nothing', 'locked/lock']);
    // Every run of the form shows, in the state it reaches, the output the mealy emits on that step.
    for (const word of [
      ['coin', 'coin', 'push'],
      ['push', 'coin', 'push', 'push'],
    ]) {
      let q = form.dfa.start;
      const shown = word.map((symbol) => {
        q = form.dfa.delta[q][form.dfa.alphabet.indexOf(symbol)];
        expect(q).not.toBe(NO_EDGE);
        return mealy.outputs[form.stateOutput[q]];
      });
      expect(shown).toEqual(outputsOfWord(mealy, word));
    }
    expect(form.stateOutput[form.dfa.start]).toBe(-1);
    expect(form.stateOf).toEqual([0, 1, 0, 1, 0]);
  });
});
