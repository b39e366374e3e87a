import { describe, expect, it } from 'vitest';
import { drawCodes, hadamardOrder } from './codes.js';

const dot = (a: Float64Array, i: number, j: number, length: number) => {
  let s = 0;
  for (let t = 0; t < length; t++) s += a[i * length + t] * a[j * length + t];
  return s;
};

describe('drawCodes', () => {
  it('draws ±1 state codes and exactly orthogonal bipolar input codes', () => {
    const codes = drawCodes('bipolar', 11, 5, 40, 6, 24);
    expect(hadamardOrder(6)).toBe(8);
    expect([...codes.state].every((v) => v === 1 || v === -1)).toBe(true);
    for (let v = 0; v < 6; v++) {
      expect(dot(codes.input, v, v, 24)).toBe(24);
      for (let w = 0; w < v; w++) expect(dot(codes.input, v, w, 24)).toBe(0);
    }
  });

  it('is deterministic in the seed and differs across seeds', () => {
    const a = drawCodes('bipolar', 3, 4, 33, 3, 8);
    expect(drawCodes('bipolar', 3, 4, 33, 3, 8)).toEqual(a);
    expect(drawCodes('bipolar', 4, 4, 33, 3, 8).state).not.toEqual(a.state);
  });

  it('draws uniform codes in [0, 1)', () => {
    const codes = drawCodes('uniform', 3, 4, 30, 3, 10);
    expect([...codes.state, ...codes.input].every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('refuses an input part that is not a multiple of the Hadamard order (a bug, not user input)', () => {
    expect(() => drawCodes('bipolar', 1, 2, 8, 5, 12)).toThrow(RangeError);
  });
});
