import { createRng } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { compiled, withDeadEnd } from '../testing/fixtures.js';
import { createKernel, createNetworkKernel, patternSourceOf } from './create-kernel.js';
import type { Kernel, PatternSource } from './kernel.js';
import { ReferenceKernel } from './reference-kernel.js';
import { randomDynamics } from '../random-dynamics.js';

function randomSource(n: number, p: number, bipolar: boolean, seed: number): PatternSource {
  const rng = createRng(seed, 'test-patterns');
  const data = Float64Array.from({ length: n * p }, () => (bipolar ? (rng.next() < 0.5 ? -1 : 1) : rng.next()));
  return { n, p, column: (mu, out) => out.set(data.subarray(mu * n, (mu + 1) * n)) };
}

function randomVector(length: number, seed: number): Float64Array {
  const rng = createRng(seed, 'test-vector');
  return Float64Array.from({ length }, () => rng.next() * 4 - 2);
}

function expectClose(actual: Float64Array, expected: Float64Array) {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < actual.length; i++)
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / (1 + Math.abs(expected[i])));
  expect(worst).toBeLessThan(1e-12);
}

/** Checks a kernel against the ml-matrix reference, single and batch, and batch against single bit for bit. */
function checkKernel(kernel: Kernel, source: PatternSource) {
  const reference = new ReferenceKernel(source);
  const { n, p } = kernel;
  const batch = 5;
  const x = randomVector(n * batch, 1);
  const c = randomVector(p * batch, 2);
  const projected = new Float64Array(p * batch);
  const combined = new Float64Array(n * batch);
  kernel.projectBatch(x, batch, projected);
  kernel.combineBatch(c, batch, combined);
  const refProjected = new Float64Array(p * batch);
  const refCombined = new Float64Array(n * batch);
  reference.projectBatch(x, batch, refProjected);
  reference.combineBatch(c, batch, refCombined);
  expectClose(projected, refProjected);
  expectClose(combined, refCombined);
  for (let b = 0; b < batch; b++) {
    const single = new Float64Array(p);
    kernel.project(x.slice(b * n, (b + 1) * n), single);
    expect(single).toEqual(projected.slice(b * p, (b + 1) * p));
    const singleCombined = new Float64Array(n);
    kernel.combine(c.slice(b * p, (b + 1) * p), singleCombined);
    expect(singleCombined).toEqual(combined.slice(b * n, (b + 1) * n));
  }
}

describe('kernels agree with the ml-matrix reference', () => {
  const bipolar = randomSource(37, 29, true, 3);
  const uniform = randomSource(21, 13, false, 4);
  it.each(['dense', 'dense-int8', 'packed'] as const)('%s on ±1 patterns (n and p not multiples of 8)', (choice) => {
    checkKernel(createKernel(bipolar, choice, true), bipolar);
  });

  it.each([
    [37, 45],
    [64, 96],
    [5, 3],
  ])('packed with n = %i, p = %i (full and partial passes over groups of 32 patterns)', (n, p) => {
    const source = randomSource(n, p, true, n + p);
    checkKernel(createKernel(source, 'packed', true), source);
  });

  it('dense on uniform patterns', () => {
    checkKernel(createKernel(uniform, 'dense', false), uniform);
  });

  it.each(['bipolar', 'uniform'] as const)('factored on a compiled %s network', (encoding) => {
    const network = compiled(withDeadEnd, { encoding });
    checkKernel(createNetworkKernel(network, 'factored'), patternSourceOf(network));
  });

  it('refuses non-±1 patterns in ±1-only kernels and buffers that are too small', () => {
    expect(() => createKernel(uniform, 'packed', true)).toThrow(RangeError);
    expect(() => createKernel(uniform, 'dense-int8', true)).toThrow(RangeError);
    const kernel = createKernel(bipolar, 'dense', true);
    expect(() => kernel.project(new Float64Array(3), new Float64Array(29))).toThrow(RangeError);
  });
});

describe('kernel sizes', () => {
  const huge: PatternSource = { n: 2 ** 17, p: 2 ** 17, column: () => undefined };
  it.each(['dense', 'dense-int8', 'packed', 'reference'] as const)(
    'the %s kernel refuses a pattern matrix past 2^28 entries before allocating it',
    (choice) => {
      expect(() => createKernel(huge, choice, true)).toThrow(/n · p must be at most 268435456 \(2\^28\)/);
    },
  );

  it('randomDynamics refuses the same, naming n and p', () => {
    expect(() => randomDynamics({ n: 2 ** 17, p: 2 ** 17 })).toThrow(/n = 131072 by p = 131072 patterns/);
  });
});
