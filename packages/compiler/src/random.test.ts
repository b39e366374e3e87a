import { describe, expect, it } from 'vitest';
import { createRng } from './random.js';

const draw = (seed: number, purpose: string, count: number) => {
  const rng = createRng(seed, purpose);
  return Array.from({ length: count }, () => rng.nextUint32());
};

describe('createRng', () => {
  it('gives the same stream for the same seed and purpose', () => {
    expect(draw(7, 'state-codes', 50)).toEqual(draw(7, 'state-codes', 50));
  });

  it('gives different streams for another seed or another purpose', () => {
    const base = draw(7, 'state-codes', 20);
    expect(draw(8, 'state-codes', 20)).not.toEqual(base);
    expect(draw(7, 'noise', 20)).not.toEqual(base);
  });

  it('keeps streams independent: drawing from one never shifts another', () => {
    const alone = draw(3, 'state-codes', 10);
    const noise = createRng(3, 'noise');
    for (let i = 0; i < 1000; i++) noise.next();
    expect(draw(3, 'state-codes', 10)).toEqual(alone);
  });

  it('draws uniform numbers in [0, 1) and integers below the bound', () => {
    const rng = createRng(1, 'test');
    let sum = 0;
    const counts = new Array(5).fill(0);
    let outside = 0;
    for (let i = 0; i < 20000; i++) {
      const u = rng.next();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      counts[rng.nextInt(5)]++;
    }
    expect(outside).toBe(0);
    expect(sum / 20000).toBeGreaterThan(0.48);
    expect(sum / 20000).toBeLessThan(0.52);
    for (const c of counts) expect(Math.abs(c - 4000)).toBeLessThan(300);
  });
});
