import { describe, expect, it } from 'vitest';
import { benchMinimise } from './bench-minimise.js';
import { seededRng } from './testing/index.js';

describe('benchMinimise', () => {
  it('reports sizes and the time read from the injected clock', () => {
    let clock = 0;
    const result = benchMinimise({ states: 500, symbols: 2, rng: seededRng(1), now: () => (clock += 5) });
    expect(result.inputStates).toBe(500);
    expect(result.outputStates).toBeGreaterThan(0);
    expect(result.outputStates).toBeLessThanOrEqual(500);
    expect(result.milliseconds).toBe(5);
  });
});
