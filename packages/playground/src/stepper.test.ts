import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileAutomaton, findAutomatonSpec } from '@cdam/compiler';
import { checkSource } from '@cdam/language';
import { Stepper } from './stepper.js';

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
});
