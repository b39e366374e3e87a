import { describe, expect, it } from 'vitest';
import { softmaxInPlace } from './softmax.js';

describe('softmaxInPlace', () => {
  it('matches the textbook formula for moderate inputs', () => {
    const z = Float64Array.from([1, 2, 3]);
    softmaxInPlace(z, 1);
    const e = [Math.exp(1), Math.exp(2), Math.exp(3)];
    const sum = e[0] + e[1] + e[2];
    e.forEach((v, i) => expect(z[i]).toBeCloseTo(v / sum, 15));
  });

  it.each([1e6, 1e-9])('stays finite and sums to 1 for beta = %s', (beta) => {
    const z = Float64Array.from([1000, -1000, 999.999, 0, 1000]);
    softmaxInPlace(z, beta);
    expect([...z].every((v) => Number.isFinite(v) && v >= 0 && v <= 1)).toBe(true);
    expect(z.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    if (beta === 1e6) {
      expect(z[0]).toBeCloseTo(0.5, 12);
      expect(z[4]).toBeCloseTo(0.5, 12);
      expect(z[2]).toBe(0);
    } else {
      for (const v of z) expect(v).toBeCloseTo(0.2, 5);
    }
  });

  it('works on a block of a larger array and leaves the rest alone', () => {
    const z = Float64Array.from([9, 0, 0, 9]);
    softmaxInPlace(z, 1, 1, 2);
    expect([...z]).toEqual([9, 0.5, 0.5, 9]);
  });

  it('splits the mass among infinite scores and rejects NaN as a bug', () => {
    const z = Float64Array.from([Infinity, 1, Infinity]);
    softmaxInPlace(z, 2);
    expect([...z]).toEqual([0.5, 0, 0.5]);
    expect(() => softmaxInPlace(Float64Array.from([NaN, 1]), 1)).toThrow(RangeError);
  });
});
