import { propertyRuns } from '@cdam/automata/testing';
import { createRng } from '@cdam/compiler';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { compiled, withDeadEnd } from '../testing/fixtures.js';
import { createKernel, createNetworkKernel, patternSourceOf } from './create-kernel.js';
import type { Kernel, PatternSource } from './kernel.js';
import { DenseKernel } from './dense-kernel.js';
import { PackedBipolarKernel } from './packed-bipolar-kernel.js';
import { ReferenceKernel } from './reference-kernel.js';
import { WasmPackedKernel } from './wasm-packed-kernel.js';
import { PACKED_BIPOLAR_SIMD_WASM_BASE64 } from './wasm/packed-bipolar-simd-module.js';
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

/** Both batch products of a kernel: Xi^T x and Xi c for `batch` columns. */
function runBatch(kernel: Kernel, x: Float64Array, c: Float64Array, batch: number) {
  const projected = new Float64Array(kernel.p * batch);
  const combined = new Float64Array(kernel.n * batch);
  kernel.projectBatch(x, batch, projected);
  kernel.combineBatch(c, batch, combined);
  return { projected, combined };
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
  it.each(['dense', 'dense-int8', 'packed', 'wasm'] as const)(
    '%s on ±1 patterns (n and p not multiples of 8)',
    (choice) => {
      checkKernel(createKernel(bipolar, choice, true), bipolar);
    },
  );

  it.each([
    [37, 45],
    [64, 96],
    [5, 3],
    [1, 1],
    [33, 65],
  ])('packed and wasm with n = %i, p = %i (full and partial words of 32 neurons and patterns)', (n, p) => {
    const source = randomSource(n, p, true, n + p);
    checkKernel(createKernel(source, 'packed', true), source);
    checkKernel(createKernel(source, 'wasm', true), source);
  });

  it.each([
    [256, 4096],
    [37, 45],
    [100, 7],
  ])('wasm and packed give the same bits (n = %i, p = %i)', (n, p) => {
    const source = randomSource(n, p, true, 7 * n + p);
    const wasm = createKernel(source, 'wasm', true);
    const packed = createKernel(source, 'packed', true);
    const batch = 3;
    const x = randomVector(n * batch, 5);
    const c = randomVector(p * batch, 6);
    const fromWasm = runBatch(wasm, x, c, batch);
    expect(fromWasm).toEqual(runBatch(packed, x, c, batch));
    expect(fromWasm.projected.some((v) => v !== 0)).toBe(true);
  });

  it.each([
    [200, 300],
    [392, 1000],
    [129, 97],
  ])('packed and wasm over passes of four blocks and single blocks (n = %i, p = %i)', (n, p) => {
    const source = randomSource(n, p, true, 11 * n + p);
    const wasm = createKernel(source, 'wasm', true);
    checkKernel(wasm, source);
    const batch = 4;
    const x = randomVector(n * batch, 8);
    const projected = new Float64Array(p * batch);
    const fromPacked = new Float64Array(p * batch);
    wasm.projectBatch(x, batch, projected);
    createKernel(source, 'packed', true).projectBatch(x, batch, fromPacked);
    expect(projected).toEqual(fromPacked);
  });

  it('wasm batch forms equal the packed kernel and the single forms bit for bit, at any n, p and batch', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 1000 }),
        (n, p, batch, seed) => {
          const source = randomSource(n, p, true, seed);
          const wasm = createKernel(source, 'wasm', true);
          const packed = createKernel(source, 'packed', true);
          const x = randomVector(n * batch, seed + 1);
          const c = randomVector(p * batch, seed + 2);
          const fromWasm = runBatch(wasm, x, c, batch);
          expect(fromWasm).toEqual(runBatch(packed, x, c, batch));
          const last = batch - 1;
          if (last >= 0) {
            const single = new Float64Array(p);
            wasm.project(x.subarray(last * n), single);
            expect(single).toEqual(fromWasm.projected.subarray(last * p));
            const singleCombined = new Float64Array(n);
            wasm.combine(c.subarray(last * p), singleCombined);
            expect(singleCombined).toEqual(fromWasm.combined.subarray(last * n));
          }
        },
      ),
      propertyRuns(20),
    );
  });

  it('wasm batch forms give the same bits with and without SIMD', () => {
    const source = randomSource(100, 300, true, 12);
    const simd = new WasmPackedKernel(source);
    expect(simd.simd).toBe(true); // Node 20 validates 128-bit SIMD
    // An engine without 128-bit SIMD: it refuses the SIMD module and runs the others.
    const { Module, Instance, Memory } = (globalThis as unknown as { WebAssembly: Record<string, unknown> })
      .WebAssembly;
    const validate = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64') !== PACKED_BIPOLAR_SIMD_WASM_BASE64;
    vi.stubGlobal('WebAssembly', { Module, Instance, Memory, validate });
    let scalar: WasmPackedKernel;
    try {
      scalar = new WasmPackedKernel(source);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(scalar.simd).toBe(false);
    const batch = 7;
    const x = randomVector(100 * batch, 9);
    const c = randomVector(300 * batch, 10);
    for (const [input, rows, outRows] of [
      [x, 100, 300],
      [c, 300, 100],
    ] as const) {
      const results = [simd, scalar].map((kernel) => {
        const out = new Float64Array(outRows * batch);
        if (rows === 100) kernel.projectBatch(input, batch, out);
        else kernel.combineBatch(input, batch, out);
        return out;
      });
      expect(results[0]).toEqual(results[1]);
      expect(results[0].some((v) => v !== 0)).toBe(true);
    }
  });

  it.each([
    [0, 4],
    [4, 0],
  ])('packed and wasm with n = %i, p = %i give zeros', (n, p) => {
    const source = randomSource(n, p, true, 1);
    for (const choice of ['packed', 'wasm'] as const) {
      const kernel = createKernel(source, choice, true);
      const projected = new Float64Array(p).fill(Number.NaN);
      const combined = new Float64Array(n).fill(Number.NaN);
      kernel.project(randomVector(n, 1), projected);
      kernel.combine(randomVector(p, 2), combined);
      expect([...projected, ...combined].every((v) => v === 0)).toBe(true);
      const batch = 3;
      const projectedBatch = new Float64Array(p * batch).fill(Number.NaN);
      const combinedBatch = new Float64Array(n * batch).fill(Number.NaN);
      kernel.projectBatch(randomVector(n * batch, 1), batch, projectedBatch);
      kernel.combineBatch(randomVector(p * batch, 2), batch, combinedBatch);
      expect([...projectedBatch, ...combinedBatch].every((v) => v === 0)).toBe(true);
    }
  });

  it('auto picks the wasm kernel for ±1 patterns and dense for others', () => {
    expect(createKernel(bipolar, 'auto', true)).toBeInstanceOf(WasmPackedKernel);
    expect(createKernel(uniform, 'auto', false)).toBeInstanceOf(DenseKernel);
  });

  it('auto falls back to the JavaScript packed kernel without WebAssembly; wasm then says why', () => {
    vi.stubGlobal('WebAssembly', undefined);
    try {
      expect(createKernel(bipolar, 'auto', true)).toBeInstanceOf(PackedBipolarKernel);
      expect(() => createKernel(bipolar, 'wasm', true)).toThrow(/this JavaScript engine has no WebAssembly/);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(createKernel(bipolar, 'auto', true)).toBeInstanceOf(WasmPackedKernel);
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
    expect(() => createKernel(uniform, 'wasm', true)).toThrow(/wasm kernel needs ±1 patterns; pattern 0 has/);
    expect(() => createKernel(uniform, 'auto', true)).toThrow(/needs ±1 patterns/);
    expect(() => createKernel(uniform, 'dense-int8', true)).toThrow(RangeError);
    const kernel = createKernel(bipolar, 'dense', true);
    expect(() => kernel.project(new Float64Array(3), new Float64Array(29))).toThrow(RangeError);
  });
});

describe('kernel sizes', () => {
  const huge: PatternSource = { n: 2 ** 17, p: 2 ** 17, column: () => undefined };
  it.each(['dense', 'dense-int8', 'packed', 'wasm', 'reference'] as const)(
    'the %s kernel refuses a pattern matrix past 2^28 entries before allocating it',
    (choice) => {
      expect(() => createKernel(huge, choice, true)).toThrow(/n · p must be at most 268435456 \(2\^28\)/);
    },
  );

  it('randomDynamics refuses the same, naming n and p', () => {
    expect(() => randomDynamics({ n: 2 ** 17, p: 2 ** 17 })).toThrow(/n = 131072 by p = 131072 patterns/);
  });
});
