import { describe, expect, it } from 'vitest';
import { createScratch, iterate, type Dynamics } from './dynamics.js';
import { DenseKernel } from './kernel/dense-kernel.js';
import type { Kernel, PatternSource } from './kernel/kernel.js';
import { PackedBipolarKernel } from './kernel/packed-bipolar-kernel.js';
import { ReferenceKernel } from './kernel/reference-kernel.js';

/**
 * n = 4, p = 3, worked out by hand:
 *   ξ1 = [1, 1, -1, -1], ξ2 = [1, -1, 1, -1], ξ3 = [1, -1, -1, 1]; H: 1 -> 2, 2 -> 3, 3 -> 3
 *   xī = [1, -1/3, -1/3, -1/3]; a = -1, h = 2, eta = 1/2, beta = ln(3) / 4; x = ξ1
 *   Xi^T x = [4, 0, 0], beta Xi^T x = [ln 3, 0, 0], w = [3/5, 1/5, 1/5]
 *   H w = [0, 3/5, 2/5], c = a w + h H w = [-3/5, 1, 3/5]
 *   Xi c = [1, -11/5, 1, 1/5], Xi c - xī - x = [-1, -43/15, 7/3, 23/15]
 *   x + eta (Xi c - xī - x) = [1/2, -13/30, 1/6, -7/30]
 */
const columns = [
  [1, 1, -1, -1],
  [1, -1, 1, -1],
  [1, -1, -1, 1],
];
const source: PatternSource = { n: 4, p: 3, column: (mu, out) => out.set(columns[mu]) };

function dynamicsWith(kernel: Kernel): Dynamics {
  return {
    kernel,
    beta: Math.log(3) / 4,
    a: -1,
    h: 2,
    eta: 0.5,
    mean: Float64Array.from([1, -1 / 3, -1 / 3, -1 / 3]),
    graph: { count: 3, from: Int32Array.from([0, 1, 2]), to: Int32Array.from([1, 2, 2]) },
  };
}

describe('one iteration', () => {
  it.each([
    ['reference', () => new ReferenceKernel(source)],
    ['dense', () => new DenseKernel(source)],
    ['dense-int8', () => new DenseKernel(source, 'int8')],
    ['packed', () => new PackedBipolarKernel(source)],
  ] as const)('matches the hand-computed example with the %s kernel', (_, make) => {
    const dynamics = dynamicsWith(make());
    const scratch = createScratch(dynamics);
    const x = Float64Array.from([1, 1, -1, -1]);
    iterate(dynamics, scratch, x);
    const expected = [1 / 2, -13 / 30, 1 / 6, -7 / 30];
    expected.forEach((v, i) => expect(x[i]).toBeCloseTo(v, 14));
    [3 / 5, 1 / 5, 1 / 5].forEach((v, i) => expect(scratch.w[i]).toBeCloseTo(v, 15));
    [-3 / 5, 1, 3 / 5].forEach((v, i) => expect(scratch.c[i]).toBeCloseTo(v, 15));
  });
});

describe('eta = 1', () => {
  it('sets x to Xi c - xī exactly, so the old x leaves no rounding trace', () => {
    const dynamics = { ...dynamicsWith(new DenseKernel(source)), eta: 1 };
    const scratch = createScratch(dynamics);
    // Two starts with the same attention up to rounding but different low bits.
    const first = Float64Array.from([1, 1, -1, -1]);
    const second = Float64Array.from([1 + 2 ** -40, 1, -1, -1 - 2 ** -40]);
    iterate(dynamics, scratch, first);
    const target = Float64Array.from(scratch.target);
    first.forEach((v, i) => expect(v).toBe(target[i] - dynamics.mean[i]));
    iterate(dynamics, scratch, second);
    second.forEach((v, i) => expect(v).toBe(scratch.target[i] - dynamics.mean[i]));
  });
});
