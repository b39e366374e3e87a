import { Network } from '@cdam/runtime';
import { describe, expect, it } from 'vitest';
import { modelFromNetwork, networkPerformer } from './step-model.js';
import { compiledFamilyTree } from './testing/index.js';

describe('networkPerformer', () => {
  const compiled = compiledFamilyTree();
  const K = compiled.params.iterations;
  const symbol = (name: string) => compiled.dfa.alphabet.indexOf(name);
  const present = (name: string, position: number, noise = 0) => ({ symbol: symbol(name), noise, position });

  it('reads the same states and margins as Network.run, input by input', () => {
    const performer = networkPerformer(compiled);
    const word = ['wife', 'daughter', 'brother'];
    const run = new Network(compiled).run(word);
    let reading = performer.initial();
    const states = [reading.state];
    const margins = [reading.margin];
    word.forEach((s, i) => {
      reading = performer.advance({ from: reading, present: present(s, i), iterations: K });
      states.push(reading.state);
      margins.push(reading.margin);
    });
    expect(states.map((q) => compiled.dfa.states[q])).toEqual(['Homer', 'Marge', 'Lisa', 'Bart']);
    expect(states).toEqual(run.points.map((p) => p.decoded.state));
    expect(margins).toEqual(run.points.map((p) => p.decoded.margin));
  });

  it('splits an input into a presentation and single iterations with the same end result', () => {
    const performer = networkPerformer(compiled);
    const start = performer.initial();
    const whole = performer.advance({ from: start, present: present('wife', 0), iterations: K });
    let split = performer.advance({ from: start, present: present('wife', 0), iterations: 0 });
    for (let k = 0; k < K; k++) split = performer.advance({ from: split, present: null, iterations: 1 });
    expect(Array.from(split.x)).toEqual(Array.from(whole.x));
  });

  it('leaves the reading it starts from untouched, so history can be replayed', () => {
    const performer = networkPerformer(compiled);
    const start = performer.initial();
    const before = Array.from(start.x);
    const first = performer.advance({ from: start, present: present('son', 0, 0.3), iterations: K });
    expect(Array.from(start.x)).toEqual(before);
    const again = performer.advance({ from: start, present: present('son', 0, 0.3), iterations: K });
    expect(Array.from(again.x)).toEqual(Array.from(first.x));
    expect(Array.from(again.correlations)).toEqual(Array.from(first.correlations));
  });

  it('perturbs the state part by the noise level, seeded by position', () => {
    const performer = networkPerformer(compiled);
    const start = performer.initial();
    const clean = performer.advance({ from: start, present: present('wife', 0), iterations: 0 });
    const noisy = performer.advance({ from: start, present: present('wife', 0, 0.3), iterations: 0 });
    const elsewhere = performer.advance({ from: start, present: present('wife', 1, 0.3), iterations: 0 });
    const ns = compiled.params.stateNeurons;
    const changed = (a: Float64Array, b: Float64Array) => a.slice(0, ns).filter((v, i) => v !== b[i]).length;
    expect(changed(noisy.x, clean.x)).toBe(Math.round(0.3 * ns));
    expect(Array.from(noisy.x.slice(ns))).toEqual(Array.from(clean.x.slice(ns)));
    expect(Array.from(elsewhere.x)).not.toEqual(Array.from(noisy.x));
  });
});

describe('modelFromNetwork', () => {
  it('shows the parameters the network runs with', () => {
    const compiled = compiledFamilyTree();
    const model = modelFromNetwork(compiled);
    expect(model.kind).toBe('automaton');
    expect(model.name).toBe('FamilyTree');
    expect(model.dfa).toBe(compiled.dfa);
    expect(model.parameters).toMatchObject({
      neurons: compiled.params.neurons,
      split: `${compiled.params.stateNeurons} state + ${compiled.params.inputNeurons} input`,
      beta: compiled.params.beta,
      auto: compiled.params.auto,
      hetero: compiled.params.hetero,
      eta: compiled.params.eta,
      iterations: compiled.params.iterations,
    });
  });
});
