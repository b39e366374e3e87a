import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sequenceSpec as spec } from '../testing/index.js';
import { drawSequenceCodes } from './sequence-codes.js';
import { floatSequenceGaps, packedSequenceGaps, sequenceGaps } from './sequence-gaps.js';
import { sequenceLayout } from './sequence-patterns.js';

const runs = { seed: Number(process.env.CDAM_PROP_SEED ?? 424242), numRuns: Number(process.env.CDAM_PROP_RUNS ?? 150) };

/** A random sequence layout (items repeat, dwell up to 3) and bipolar codes for it. */
const bipolarCase = fc
  .record({
    steps: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 14 }),
    dwell: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 14, maxLength: 14 }),
    loop: fc.boolean(),
    itemNeurons: fc.integer({ min: 1, max: 80 }),
    contextNeurons: fc.integer({ min: 1, max: 80 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  })
  .map(({ steps, dwell, loop, itemNeurons, contextNeurons, seed }) => {
    const layout = sequenceLayout(
      spec(
        steps.map((s) => `I${s}`),
        { dwell: dwell.slice(0, steps.length), loop },
      ),
    );
    const codes = drawSequenceCodes(
      'bipolar',
      seed,
      layout.items.length,
      itemNeurons,
      layout.positions.length,
      contextNeurons,
    );
    return { codes, positions: layout.positions };
  });

describe('packedSequenceGaps', () => {
  it('equals the float gap check exactly on random bipolar codes', () => {
    fc.assert(
      fc.property(bipolarCase, ({ codes, positions }) => {
        expect(packedSequenceGaps(codes, positions)).toEqual(floatSequenceGaps(codes, positions));
      }),
      runs,
    );
  });

  it('equals the float gap check on a subset of patterns', () => {
    fc.assert(
      fc.property(bipolarCase, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), ({ codes, positions }, picks) => {
        const columns = Int32Array.from(picks, (pick) => pick % positions.length);
        expect(packedSequenceGaps(codes, positions, columns)).toEqual(floatSequenceGaps(codes, positions, columns));
      }),
      runs,
    );
  });

  it('is what sequenceGaps uses for bipolar codes, and finds a collision', () => {
    // one item bit and one context bit give at most 4 distinct patterns, so 6 patterns repeat one: attend <= 0
    const layout = sequenceLayout(spec(['A', 'B', 'C', 'D', 'E', 'F']));
    const codes = drawSequenceCodes('bipolar', 7, layout.items.length, 1, layout.positions.length, 1);
    const gaps = sequenceGaps(codes, layout.positions);
    expect(gaps).toEqual(packedSequenceGaps(codes, layout.positions));
    expect(gaps.attend).not.toBeNull();
    expect(gaps.attend!).toBeLessThanOrEqual(0);
  });
});
