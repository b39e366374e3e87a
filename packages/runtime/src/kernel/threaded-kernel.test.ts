import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRng, compileSequence } from '@cdam/compiler';
import { afterEach, describe, expect, it } from 'vitest';
import { SequenceNetwork } from '../recall/recall.js';
import { createKernel, type KernelChoice } from './create-kernel.js';
import type { Kernel, PatternSource } from './kernel.js';
import { ThreadedKernel, threadedKernelFactory } from './threaded-kernel.js';

function randomSource(n: number, p: number, bipolar: boolean, seed: number): PatternSource & { data: Float64Array } {
  const rng = createRng(seed, 'test-patterns');
  const data = Float64Array.from({ length: n * p }, () => (bipolar ? (rng.next() < 0.5 ? -1 : 1) : rng.next() * 2 - 1));
  return { n, p, data, column: (mu, out) => out.set(data.subarray(mu * n, (mu + 1) * n)) };
}

function randomVector(length: number, seed: number): Float64Array {
  const rng = createRng(seed, 'test-vector');
  return Float64Array.from({ length }, () => rng.next() * 4 - 2);
}

/** The first index where two arrays differ as bits (Object.is), or -1. */
function firstDifference(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

function expectIdentical(actual: Float64Array, expected: Float64Array, what: string) {
  const at = firstDifference(actual, expected);
  expect(at, `${what}: entry ${at} is ${actual[at]}, the single kernel gives ${expected[at]}`).toBe(-1);
}

/** Runs the four products of both kernels on the same inputs and checks every output bit for bit. */
function expectSameProducts(threaded: Kernel, single: Kernel, batches: readonly number[], seed: number) {
  const { n, p } = single;
  for (const batch of batches) {
    const x = randomVector(n * batch, seed + batch);
    const c = randomVector(p * batch, seed + 100 + batch);
    for (const form of ['project', 'combine'] as const) {
      const [input, rows] = form === 'project' ? [x, p] : [c, n];
      const want = new Float64Array(rows * batch);
      const got = new Float64Array(rows * batch).fill(Number.NaN);
      if (batch === 1) {
        single[form](input, want);
        threaded[form](input, got);
      } else {
        single[`${form}Batch`](input, batch, want);
        threaded[`${form}Batch`](input, batch, got);
      }
      expectIdentical(got, want, `${form}, n = ${n}, p = ${p}, batch = ${batch}`);
    }
  }
}

const open: ThreadedKernel[] = [];
function threaded(source: PatternSource, bipolar: boolean, choice: Exclude<KernelChoice, 'factored'>, threads = 2) {
  const kernel = new ThreadedKernel(source, bipolar, { threads, minWork: 0, choice });
  open.push(kernel);
  return kernel;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((kernel) => kernel.close()));
});

describe('ThreadedKernel', () => {
  it('gives the single kernel’s products bit for bit on ±1 patterns: wasm, packed and dense, odd sizes', () => {
    const cases = [
      [37, 101, 'auto'],
      [37, 101, 'packed'],
      [70, 33, 'dense'],
      [5, 3, 'auto'],
    ] as const;
    for (const [n, p, choice] of cases) {
      const source = randomSource(n, p, true, n + p);
      expectSameProducts(threaded(source, true, choice), createKernel(source, choice, true), [1, 2, 5, 7], p);
    }
  });

  it('gives the single kernel’s batch products bit for bit when batches are split by ranges', () => {
    const source = randomSource(45, 77, true, 21);
    const kernel = new ThreadedKernel(source, true, { minWork: 0, batchSplit: 'ranges' });
    open.push(kernel);
    expectSameProducts(kernel, createKernel(source, 'auto', true), [2, 5], 22);
  });

  it('gives the dense kernel’s products bit for bit on real-valued patterns, on two and three threads', () => {
    for (const threads of [2, 3]) {
      const source = randomSource(41, 57, false, 7 + threads);
      expectSameProducts(threaded(source, false, 'auto', threads), createKernel(source, 'auto', false), [1, 3, 4], 9);
    }
  });

  it('keeps small calls on this thread and splits large ones, and runs every call on this thread once closed', async () => {
    const source = randomSource(64, 64, true, 4);
    const kernel = new ThreadedKernel(source, true, { threads: 2, minWork: 64 * 64 * 3 });
    open.push(kernel);
    expect([1, 2, 3, 8].map((batch) => kernel.threadsFor(batch))).toEqual([1, 1, 2, 2]);
    expect(new ThreadedKernel(source, true, { threads: 1, minWork: 0 }).threadsFor(8)).toBe(1);
    expectSameProducts(kernel, createKernel(source, 'auto', true), [1, 2, 3, 8], 5);
    expect(kernel.innerName).toBe('wasm');
    await kernel.close();
    expect(kernel.threadsFor(8)).toBe(1);
    expectSameProducts(kernel, createKernel(source, 'auto', true), [1, 8], 6);
  });

  it('recalls a sequence exactly as the single-thread kernel does', () => {
    const items = Array.from({ length: 40 }, (_, i) => `item${i}`);
    const compiled = compileSequence(
      { name: 'S', items, loop: true, dwell: items.map(() => 1), network: {} },
      { neurons: 96 },
    );
    if (compiled.kind !== 'ok') throw new Error(compiled.error.message);
    const factory = threadedKernelFactory({ minWork: 0 });
    const network = new SequenceNetwork(compiled.sequence, { kernel: factory });
    open.push(network.kernel as ThreadedKernel);
    const options = { ticks: 90, cueNoise: 0.3, recordCorrelations: true };
    const single = new SequenceNetwork(compiled.sequence).recall(options);
    const run = network.recall(options);
    expect(run).toEqual(single);
    expect(run.summary.exact).toBe(true);
  });

  it('throws a clear error when a worker fails, and keeps failing instead of hanging', () => {
    // An entry that is not ±1 where only the worker reads it (second half of the patterns and of the
    // neurons): the worker's int8 kernel refuses it; this thread's share is fine.
    const source = randomSource(40, 60, true, 11);
    source.data[45 * 40 + 30] = 0.5;
    const kernel = threaded(source, false, 'dense-int8');
    const x = randomVector(40, 1);
    const out = new Float64Array(60);
    expect(() => kernel.project(x, out)).toThrow(
      /^threaded kernel: worker 1 of 1 failed: int8 storage needs ±1 patterns; pattern 15 has 0\.5 at neuron 30$/,
    );
    expect(() => kernel.project(x, out)).toThrow(/worker 1 of 1 failed/);
  });

  it('lets the process exit without close()', () => {
    const module = new URL('./threaded-kernel.ts', import.meta.url).href;
    const script =
      `const { ThreadedKernel } = await import(${JSON.stringify(module)});` +
      `const source = { n: 64, p: 64, column: (mu, out) => { for (let i = 0; i < 64; i++) out[i] = (mu * i) % 3 ? 1 : -1; } };` +
      `const kernel = new ThreadedKernel(source, true, { threads: 2, minWork: 0 });` +
      `const out = new Float64Array(64); kernel.project(new Float64Array(64).fill(1), out);` +
      `console.log(kernel.threadsFor(1), out[63]);`;
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^2 -?\d+$/);
  });
});
