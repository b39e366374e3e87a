import type { CompiledNetwork } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { Network } from '../network.js';
import { BatchStepper } from './batch-stepper.js';
import { expectedDfa, StepComparison } from './expected.js';
import { MarginStats } from './margins.js';
import { defaultClosureBudget, exploreStateClosure } from './state-closure.js';
import { compileText, redirect, THIRD_FROM_END, TURNSTILE } from './test-networks.js';

function explore(text: string | CompiledNetwork, maxStates?: number, maxInputs?: number) {
  const network = new Network(typeof text === 'string' ? compileText(text) : text);
  const dfa = expectedDfa(network.compiled.source.spec)!;
  return exploreStateClosure(network, dfa, new StepComparison(dfa, network.compiled), {
    ...(maxStates ? { maxStates } : {}),
    ...(maxInputs ? { maxInputs } : {}),
  });
}

describe('exploreStateClosure', () => {
  it('closes on a compiled turnstile: every word of every length agrees', () => {
    const closure = explore(TURNSTILE);
    expect(closure).toMatchObject({ closed: true });
    expect(closure.mismatch).toBeUndefined();
    // Each reached pair was stepped with both symbols.
    expect(closure.transitionsChecked).toBe(2 * closure.networkStates);
    expect(closure.networkStates).toBeGreaterThanOrEqual(2);
  });

  it('stops at its budget and says so, without claiming closure', () => {
    const closure = explore(THIRD_FROM_END, 2);
    expect(closure.closed).toBe(false);
    expect(closure.networkStates).toBe(2);
    expect(closure.stoppedBecause).toBe('more than 2 distinct network states');
  });

  it('after a mismatch in the middle of a level, counts as checked only the lengths before it', () => {
    // locked -push-> decodes as unlocked: the second of the two words of length 1 fails.
    const closure = explore(redirect(compileText(TURNSTILE), 'locked', 'push', 'unlocked'));
    expect(closure.mismatch).toMatchObject({ word: ['push'], expected: 'locked', got: 'unlocked' });
    expect(closure).toMatchObject({ closed: false, depth: 1, checkedLength: 0, transitionsChecked: 2 });
    // A mismatch one level deeper leaves every word of length 1 checked.
    const deeper = explore(redirect(compileText(TURNSTILE), 'unlocked', 'push', 'unlocked'));
    expect(deeper.mismatch?.word).toEqual(['coin', 'push']);
    expect(deeper).toMatchObject({ depth: 2, checkedLength: 1 });
  });

  it('stops at its input budget, with every word up to the last whole level checked', () => {
    const closure = explore(THIRD_FROM_END, undefined, 3);
    expect(closure).toMatchObject({ closed: false, transitionsChecked: 3, stoppedBecause: 'more than 3 inputs' });
    // The start pair takes 2 steps (one per symbol), the next level at least 2 more: 3 inputs finish length 1 only.
    expect(closure.checkedLength).toBe(1);
  });

  it('gives the same result whatever the batch size', () => {
    const network = new Network(compileText(THIRD_FROM_END));
    const dfa = expectedDfa(network.compiled.source.spec)!;
    const comparison = new StepComparison(dfa, network.compiled);
    const results = [1, 3, 256].map((capacity) => {
      const margins = new MarginStats();
      const closure = exploreStateClosure(network, dfa, comparison, {
        stepper: new BatchStepper(network, capacity),
        margins,
      });
      return { closure, margins: margins.summary() };
    });
    expect(results[0].closure.closed).toBe(true);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('keeps the stored vectors under about 200 MB whatever n is', () => {
    expect(defaultClosureBudget(48)).toBe(100_000);
    expect(defaultClosureBudget(1_000_000) * 1_000_000 * 8).toBeLessThanOrEqual(200_000_000);
    expect(defaultClosureBudget(10_000_000)).toBe(2);
  });
});
