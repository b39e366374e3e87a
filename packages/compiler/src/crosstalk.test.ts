import { describe, expect, it } from 'vitest';
import { drawCodes } from './codes.js';
import { stateDot, stateGram } from './crosstalk.js';

function bruteForce(codes: ReturnType<typeof drawCodes>) {
  const Q = codes.stateCount;
  const maxCross = new Float64Array(Q).fill(-Infinity);
  const minCross = new Float64Array(Q).fill(Infinity);
  for (let q = 0; q < Q; q++) {
    for (let r = 0; r < Q; r++) {
      if (r === q) continue;
      const d = stateDot(codes, q, r);
      maxCross[q] = Math.max(maxCross[q], d);
      minCross[q] = Math.min(minCross[q], d);
    }
  }
  return { maxCross, minCross };
}

describe('stateGram', () => {
  it.each([1, 31, 32, 33, 70])('matches a brute-force Gram for bipolar codes of %i bits', (length) => {
    const codes = drawCodes('bipolar', length, 40, length, 1, 2);
    const gram = stateGram(codes);
    const brute = bruteForce(codes);
    expect(gram.visitedAll).toBe(true);
    expect([...gram.maxCross]).toEqual([...brute.maxCross]);
    expect([...gram.minCross]).toEqual([...brute.minCross]);
    expect([...gram.self].every((s) => s === length)).toBe(true);
  });

  it('matches a brute-force Gram for uniform codes', () => {
    const codes = drawCodes('uniform', 5, 37, 20, 2, 4);
    const gram = stateGram(codes);
    const brute = bruteForce(codes);
    for (let q = 0; q < 37; q++) {
      expect(gram.maxCross[q]).toBeCloseTo(brute.maxCross[q], 10);
      expect(gram.minCross[q]).toBeCloseTo(brute.minCross[q], 10);
    }
  });

  it('stops early when asked, reporting a partial scan', () => {
    const codes = drawCodes('bipolar', 1, 200, 64, 1, 2);
    let calls = 0;
    const gram = stateGram(codes, () => ++calls === 1);
    expect(calls).toBe(1);
    expect(gram.visitedAll).toBe(false);
  });

  it('has no cross terms with a single state', () => {
    const gram = stateGram(drawCodes('bipolar', 1, 1, 16, 1, 2));
    expect(gram.maxCross[0]).toBe(-Infinity);
    expect(gram.minCross[0]).toBe(Infinity);
  });
});
