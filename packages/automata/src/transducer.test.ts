import { describe, expect, it } from 'vitest';
import type { AutomatonSpec } from '@cdam/language';
import fc from 'fast-check';
import {
  minimiseTransducer,
  mooreForm,
  outputsOfWord,
  runTransducer,
  transducerOf,
  transducersEquivalent,
  type Transducer,
} from './transducer.js';
import { arbDfa } from './testing/arbitraries.js';
import { transducerToSpec } from './to-spec.js';
import { propertyRuns } from '@cdam/language/testing';
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

/** A generated Mealy or Moore machine over a generated partial DFA. */
const arbTransducer: fc.Arbitrary<Transducer> = fc
  .tuple(fc.boolean(), arbDfa(7), fc.integer({ min: 1, max: 3 }))
  .chain(([mealy, dfa, count]) =>
    fc
      .array(
        fc.array(fc.integer({ min: 0, max: count - 1 }), {
          minLength: dfa.alphabet.length,
          maxLength: dfa.alphabet.length,
        }),
        {
          minLength: dfa.states.length,
          maxLength: dfa.states.length,
        },
      )
      .map((choice): Transducer => {
        const outputs = ['x', 'y', 'z'].slice(0, count);
        const all = { ...dfa, accepting: new Set(dfa.states.map((_, q) => q)) };
        return mealy
          ? {
              kind: 'mealy',
              dfa: all,
              outputs,
              edgeOutput: dfa.delta.map((row, q) => row.map((to, s) => (to === NO_EDGE ? NO_EDGE : choice[q][s]))),
            }
          : { kind: 'moore', dfa: all, outputs, stateOutput: choice.map((row) => row[0]) };
      }),
  );

describe('minimiseTransducer', () => {
  it('merges a redundant copy of a state', () => {
    const mealy = must(transducerOf(vending));
    const copy = must(
      transducerOf({
        ...vending,
        states: ['locked', 'unlocked', 'locked2'],
        accept: ['locked', 'unlocked', 'locked2'],
        transitions: [
          ['locked', 'coin', 'unlocked', 'unlock'],
          ['locked', 'push', 'locked2', 'nothing'],
          ['locked2', 'coin', 'unlocked', 'unlock'],
          ['locked2', 'push', 'locked', 'nothing'],
          ['unlocked', 'coin', 'unlocked', 'nothing'],
          ['unlocked', 'push', 'locked2', 'lock'],
        ],
      }),
    );
    const minimal = minimiseTransducer(copy);
    expect(minimal.dfa.states).toEqual(['locked', 'unlocked']);
    expect(transducersEquivalent(minimal, mealy)).toEqual({ equal: true });
  });

  it('keeps the output of every word, and no two of its states give the same outputs (generated machines)', () => {
    fc.assert(
      fc.property(arbTransducer, (t) => {
        const minimal = minimiseTransducer(t);
        expect(transducersEquivalent(minimal, t)).toEqual({ equal: true });
        const from = (q: number): Transducer => ({ ...minimal, dfa: { ...minimal.dfa, start: q } });
        for (let p = 0; p < minimal.dfa.states.length; p++) {
          for (let q = p + 1; q < minimal.dfa.states.length; q++) {
            const moore = minimal.kind === 'moore';
            const distinct =
              (moore && minimal.stateOutput[p] !== minimal.stateOutput[q]) ||
              !transducersEquivalent(from(p), from(q)).equal;
            expect(distinct).toBe(true);
          }
        }
      }),
      propertyRuns(200),
    );
  });
});

describe('transducerToSpec', () => {
  it('writes a spec that transducerOf reads back as the same machine (generated machines)', () => {
    fc.assert(
      fc.property(arbTransducer, (t) => {
        const spec = transducerToSpec(t, { name: 'T' });
        expect(spec.kind).toBe(t.kind);
        const back = must(transducerOf(spec));
        expect(back.dfa.states).toEqual(t.dfa.states);
        expect(back.dfa.delta).toEqual(t.dfa.delta);
        expect(transducersEquivalent(back, t)).toEqual({ equal: true });
        if (back.kind === 'moore' && t.kind === 'moore') {
          expect(back.stateOutput.map((o) => back.outputs[o])).toEqual(t.stateOutput.map((o) => t.outputs[o]));
        }
      }),
      propertyRuns(200),
    );
  });
});
