import type { BatchStepper } from './batch-stepper.js';
import type { StepComparison } from './expected.js';
import type { NoiseRow } from './report.js';
import { checkWords } from './word-check.js';

/** Noise levels of the robustness table: fraction of the state part perturbed before every input. */
export const DEFAULT_NOISE_LEVELS: readonly number[] = [0, 0.1, 0.2, 0.3, 0.4, 0.5];

/**
 * Accuracy under noise: for each level, the fraction of `words` whose every decoded state matches the
 * automaton when, before every input, that fraction of the state neurons is flipped (bipolar) or redrawn
 * (uniform), exactly as `Network.run` does with `{ noise: level, noiseSeed }`. Word i uses noise seed
 * `noiseSeeds[i]` at every level. Levels come back sorted and without duplicates. Progress counts inputs.
 * O(levels · Σ lengths · (K iterations + decoding)).
 */
export function noiseTable(
  stepper: BatchStepper,
  comparison: StepComparison,
  words: readonly (readonly number[])[],
  levels: readonly number[],
  noiseSeeds: readonly number[],
  onProgress?: (inputs: number) => void,
): NoiseRow[] {
  const sorted = [...new Set(levels)].sort((a, b) => a - b);
  const perLevel = words.reduce((sum, w) => sum + w.length, 0);
  let finished = 0;
  return sorted.map((level) => {
    const failures = checkWords(stepper, comparison, words, {
      noise: { fraction: level, seedOf: (w) => noiseSeeds[w] },
      onProgress: (_, inputs) => onProgress?.(finished + inputs),
    });
    finished += perLevel;
    let correct = 0;
    for (const f of failures) if (f < 0) correct++;
    return { level, accuracy: words.length === 0 ? 1 : correct / words.length, words: words.length };
  });
}
