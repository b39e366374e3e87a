import { describe, expect, it } from 'vitest';
import { Network } from '../network.js';
import { expectedDfa, StepComparison } from './expected.js';
import { defaultClosureBudget, exploreStateClosure } from './state-closure.js';
import { compileText, THIRD_FROM_END, TURNSTILE } from './test-networks.js';

function explore(text: string, maxStates?: number) {
  const network = new Network(compileText(text));
  const dfa = expectedDfa(network.compiled.source.spec)!;
  return exploreStateClosure(network, dfa, new StepComparison(dfa, network.compiled), maxStates ? { maxStates } : {});
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

  it('keeps the stored vectors under about 200 MB whatever n is', () => {
    expect(defaultClosureBudget(48)).toBe(100_000);
    expect(defaultClosureBudget(1_000_000) * 1_000_000 * 8).toBeLessThanOrEqual(200_000_000);
    expect(defaultClosureBudget(10_000_000)).toBe(2);
  });
});
