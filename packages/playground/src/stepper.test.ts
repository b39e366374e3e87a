import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileAutomaton, findAutomatonSpec } from '@cdam/compiler';
import { checkSource } from '@cdam/language';
import { outputTape, Stepper } from './stepper.js';

function compiled(path: string) {
  const { file } = checkSource(readFileSync(new URL(`../../../samples/${path}`, import.meta.url), 'utf8'));
  const found = findAutomatonSpec(file);
  if (!found.ok) throw new Error(found.message);
  const result = compileAutomaton(found.declaration);
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.network;
}

describe('Stepper', () => {
  const family = compiled('family-tree.fsa');
  const name = (q: number) => family.dfa.states[q];

  it('steps the family tree Homer, Marge, Lisa, Bart in network and automaton', () => {
    const stepper = new Stepper(family);
    stepper.reset(['wife', 'daughter', 'brother']);
    const seen = [name(stepper.current.decoded)];
    while (stepper.next()) {
      expect(stepper.current.decoded).toBe(stepper.current.automaton);
      seen.push(name(stepper.current.decoded));
    }
    expect(seen).toEqual(['Homer', 'Marge', 'Lisa', 'Bart']);
    const [from, symbol, to] = stepper.current.lastTransition!;
    expect([name(from), family.dfa.alphabet[symbol], name(to)]).toEqual(['Lisa', 'brother', 'Bart']);
    expect(stepper.networkAccepts()).toBe(true);
    expect(stepper.automatonAccepts()).toBe(true);
  });

  it('back returns the exact earlier snapshot; an extra iteration keeps the position', () => {
    const stepper = new Stepper(family);
    stepper.reset(['wife', 'husband']);
    stepper.next();
    const after = stepper.current;
    stepper.next();
    stepper.iterate();
    expect(stepper.current.consumed).toBe(2);
    expect(stepper.current.iterations).toBe(family.params.iterations + 1);
    stepper.back();
    stepper.back();
    expect(stepper.current).toBe(after);
    expect(stepper.back()).toBe(true);
    expect(stepper.back()).toBe(false);
    expect(stepper.current.consumed).toBe(0);
  });

  it('noise perturbs the state before each input, the same way each time', () => {
    const clean = new Stepper(family);
    clean.reset(['wife', 'daughter']);
    clean.runToEnd();
    const noisy = new Stepper(family);
    noisy.noise = 0.3;
    noisy.reset(['wife', 'daughter']);
    noisy.runToEnd();
    const again = Array.from(noisy.current.x);
    expect(again).not.toEqual(Array.from(clean.current.x));
    noisy.back();
    noisy.next();
    expect(Array.from(noisy.current.x)).toEqual(again);
  });

  it('rejects a relation Homer does not have, in both', () => {
    const stepper = new Stepper(family);
    stepper.reset(['husband']);
    stepper.runToEnd();
    expect(stepper.done).toBe(true);
    expect(stepper.automatonAccepts()).toBe(false);
    expect(stepper.networkAccepts()).toBe(false);
  });

  it('reads the output tapes of a Mealy and a Moore machine in network and automaton', () => {
    const vending = new Stepper(compiled('vending-machine.fsa'));
    vending.reset(['coin', 'coin', 'push']);
    vending.next();
    expect(vending.networkOutputs()).toEqual(['wait']);
    vending.runToEnd();
    expect(vending.networkOutputs()).toEqual(['wait', 'wait', 'drink']);
    expect(vending.automatonOutputs()).toEqual(['wait', 'wait', 'drink']);
    vending.back();
    expect(vending.networkOutputs()).toEqual(['wait', 'wait']);
    expect(vending.automatonOutputs()).toEqual(['wait', 'wait']);

    const signal = new Stepper(compiled('traffic-light-outputs.fsa'));
    signal.reset(['tick', 'tick', 'walk']);
    signal.runToEnd();
    expect(signal.networkOutputs()).toEqual(['get_ready', 'go', 'slow_down']);
    expect(signal.automatonOutputs()).toEqual(['get_ready', 'go', 'slow_down']);
  });

  it('has no output tapes for an acceptor', () => {
    const stepper = new Stepper(family);
    stepper.reset(['wife']);
    stepper.runToEnd();
    expect(stepper.transducer).toBe(false);
    expect(stepper.networkOutputs()).toBeUndefined();
    expect(stepper.automatonOutputs()).toBeUndefined();
  });

  it('marks the outputs of a tape that differ from the tape compared with', () => {
    expect(outputTape(['wait', null, 'two words'], ['wait', 'wait', 'two words'])).toEqual([
      { text: 'wait', differs: false },
      { text: '-', differs: true },
      { text: '"two words"', differs: false },
    ]);
    expect(outputTape(['wait', 'drink'], ['wait'])).toEqual([
      { text: 'wait', differs: false },
      { text: 'drink', differs: true },
    ]);
    expect(outputTape([null])).toEqual([{ text: '-', differs: false }]);
  });
});
