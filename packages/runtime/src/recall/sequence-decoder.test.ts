import { compileSequence, createRng } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { createKernel } from '../kernel/create-kernel.js';
import { sequencePatternSource } from './recall.js';
import { SequenceDecoder } from './sequence-decoder.js';

function compiled(encoding: 'bipolar' | 'uniform') {
  const result = compileSequence(
    { name: 'S', items: ['A', 'B', 'A', 'C', 'B'], loop: true, dwell: [1, 2, 1, 1, 3], network: {} },
    { neurons: 200, encoding },
  );
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.sequence;
}

describe('SequenceDecoder with the network kernel', () => {
  it.each(['bipolar', 'uniform'] as const)(
    'gives the correlations of its own dot products to 1e-12 and the same decision (%s codes)',
    (encoding) => {
      const sequence = compiled(encoding);
      const n = sequence.params.neurons;
      const kernel = createKernel(sequencePatternSource(sequence), 'auto', encoding === 'bipolar');
      const plain = new SequenceDecoder(sequence);
      const projected = new SequenceDecoder(sequence, kernel);
      const rng = createRng(5, 'test-states');
      for (let trial = 0; trial < 20; trial++) {
        const x = Float64Array.from({ length: n }, () => rng.next() * 2 - 1);
        // Half the trials sit near a pattern, so the decision is not a coin toss.
        if (trial % 2 === 0) {
          const column = new Float64Array(n);
          sequencePatternSource(sequence).column(trial % kernel.p, column);
          for (let i = 0; i < n; i++) x[i] = column[i] + 0.3 * x[i];
        }
        const a = plain.decode(x);
        const scores = new Float64Array(kernel.p);
        kernel.project(x, scores);
        for (const b of [projected.decode(x), projected.decodeFromScores(x, scores)]) {
          expect(b.pattern).toBe(a.pattern);
          for (let mu = 0; mu < kernel.p; mu++)
            expect(Math.abs(b.correlations[mu] - a.correlations[mu])).toBeLessThan(1e-12);
          expect(Math.abs(b.margin - a.margin)).toBeLessThan(1e-12);
        }
      }
    },
  );

  it('refuses a kernel of another size', () => {
    const sequence = compiled('bipolar');
    const kernel = createKernel({ n: 3, p: 2, column: (_, out) => out.fill(1) }, 'packed', true);
    expect(() => new SequenceDecoder(sequence, kernel)).toThrow(
      /decoder kernel is n = 3, p = 2; the sequence has n = 200/,
    );
  });
});
