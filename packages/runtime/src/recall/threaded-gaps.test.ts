import {
  compileSequence,
  packedGapRowBounds,
  sequenceGaps,
  type CompiledSequence,
  type SequenceCompileOptions,
} from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { threadedSequenceGaps } from './threaded-gaps.js';

function loop(items: number, options: SequenceCompileOptions = {}): CompiledSequence {
  const names = Array.from({ length: items }, (_, i) => `i${i % Math.ceil(items / 2)}`);
  const result = compileSequence(
    { name: 'S', items: names, loop: true, dwell: names.map((_, i) => 1 + (i % 3)), network: {} },
    options,
  );
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.sequence;
}

describe('threadedSequenceGaps', () => {
  it('gives exactly the gaps of the single-thread check, on two and three threads', () => {
    // repeated items and dwell: patterns share item codes, so rivals come from every kind of pair
    const { codes, positions } = loop(101, { neurons: 90 });
    const single = sequenceGaps(codes, positions);
    for (const threads of [2, 3]) {
      expect(threadedSequenceGaps(codes, positions, { threads, minWork: 0 })).toEqual(single);
    }
    expect(threadedSequenceGaps(codes, positions, { threads: 1 })).toEqual(single);
  });

  it('checks uniform codes on this thread, with the same gaps', () => {
    const { codes, positions } = loop(30, { neurons: 200, encoding: 'uniform' });
    expect(threadedSequenceGaps(codes, positions, { minWork: 0 })).toEqual(sequenceGaps(codes, positions));
  });

  it('compiles the same network with the threaded check as with the default one', () => {
    const items = Array.from({ length: 60 }, (_, i) => `item${i}`);
    const spec = { name: 'L', items, loop: true, dwell: items.map(() => 1), network: {} };
    const gapCheck = (codes: CompiledSequence['codes'], positions: CompiledSequence['positions']) =>
      threadedSequenceGaps(codes, positions, { minWork: 0 });
    expect(compileSequence(spec, { gapCheck })).toEqual(compileSequence(spec));
  });

  it('splits rows so that every thread compares about as many pairs', () => {
    const p = 10_000;
    const pairs = (from: number, to: number) => ((to - from) * (2 * p - 1 - from - to)) / 2;
    for (const parts of [2, 3, 4]) {
      const bounds = packedGapRowBounds(p, parts);
      expect(bounds[0]).toBe(0);
      expect(bounds[parts]).toBe(p);
      const total = pairs(0, p);
      for (let k = 0; k < parts; k++) {
        expect(Math.abs(pairs(bounds[k], bounds[k + 1]) - total / parts)).toBeLessThan(p);
      }
    }
  });
});
