import { describe, expect, it } from 'vitest';
import { MAX_BETA, automaticBeta, minimumBeta } from './beta.js';

describe('automaticBeta', () => {
  it('is the floor of minimumBeta when it is in the language range', () => {
    const floor = minimumBeta(64, 1024, 100, -1, 2);
    expect(automaticBeta(floor)).toBe(floor);
  });

  it('is capped at 1e6 for a tiny positive gap, and 1 when no gap is positive', () => {
    expect(minimumBeta(1e-9, 1024, 100, -1, 2)).toBeGreaterThan(MAX_BETA);
    expect(automaticBeta(minimumBeta(1e-9, 1024, 100, -1, 2))).toBe(1e6);
    expect(automaticBeta(minimumBeta(0, 1024, 100, -1, 2))).toBe(1);
    expect(automaticBeta(minimumBeta(-3, 1024, 100, -1, 2))).toBe(1);
  });
});
