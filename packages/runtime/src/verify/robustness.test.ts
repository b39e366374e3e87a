import { describe, expect, it } from 'vitest';
import { Network } from '../network.js';
import { BatchStepper } from './batch-stepper.js';
import { expectedDfa, StepComparison } from './expected.js';
import { noiseTable } from './robustness.js';
import { compileText, THIRD_FROM_END } from './test-networks.js';

describe('noiseTable', () => {
  const compiled = compileText(THIRD_FROM_END);
  const network = new Network(compiled);
  const expected = expectedDfa(compiled.source.spec);
  if (!expected) throw new Error('no dfa');
  const comparison = new StepComparison(expected, compiled);
  const words = [
    [1, 0, 1, 1, 0, 0],
    [0, 0, 0],
    [1, 1, 1, 1, 1, 1, 1, 1],
    [1, 0],
  ];
  const seeds = [11, 12, 13, 14];

  /** Accuracy computed word by word with Network.run, the runtime's own noisy path. */
  function accuracyByRun(level: number): number {
    let correct = 0;
    words.forEach((word, i) => {
      const names = word.map((s) => expected!.alphabet[s]);
      const run = network.run(names, { noise: level, noiseSeed: seeds[i] });
      let q = expected!.start;
      const ok = word.every((s, t) => {
        q = expected!.delta[q][s];
        const decoded = run.points[t + 1].decoded;
        return !decoded.quiescent && decoded.name === expected!.states[q];
      });
      if (ok) correct++;
    });
    return correct / words.length;
  }

  it('agrees with Network.run under the same noise seeds at every level', () => {
    const table = noiseTable(new BatchStepper(network, 3), comparison, words, [0, 0.2, 0.4, 0.5], seeds);
    expect(table.map((row) => row.accuracy)).toEqual([0, 0.2, 0.4, 0.5].map(accuracyByRun));
    expect(table[0].accuracy).toBe(1);
  });

  it('loses accuracy as the noise grows to half the state part', () => {
    const many = Array.from({ length: 40 }, (_, i) => Array.from({ length: 12 }, (_, t) => (i * 7 + t * 3) % 2));
    const table = noiseTable(
      new BatchStepper(network, 16),
      comparison,
      many,
      [0, 0.5],
      many.map((_, i) => i),
    );
    expect(table[0].accuracy).toBe(1);
    expect(table[1].accuracy).toBeLessThan(0.5);
  });
});
