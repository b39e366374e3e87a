import { describe, expect, it } from 'vitest';
import { iterateBatch } from './dynamics.js';
import { randomDynamics } from './random-dynamics.js';

describe('randomDynamics', () => {
  it('builds the yardstick network and every kernel steps it alike', () => {
    const packed = randomDynamics({ n: 40, p: 24, batch: 3, seed: 1 });
    const dense = randomDynamics({ n: 40, p: 24, batch: 3, seed: 1, kernel: 'dense' });
    expect(packed.dynamics.beta).toBeCloseTo(4 / Math.sqrt(40), 15);
    expect(packed.x).toEqual(dense.x);
    expect([...packed.x].every((v) => v === 1 || v === -1)).toBe(true);
    for (let t = 0; t < 3; t++) {
      iterateBatch(packed.dynamics, packed.scratch, packed.x, 3);
      iterateBatch(dense.dynamics, dense.scratch, dense.x, 3);
    }
    for (let i = 0; i < packed.x.length; i++) expect(packed.x[i]).toBeCloseTo(dense.x[i], 9);
    expect(packed.x.every(Number.isFinite)).toBe(true);
  });
});
