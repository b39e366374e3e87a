import type { Rng } from '@cdam/compiler';

/**
 * Perturbs the state part (the first `stateNeurons` entries of x[offset..]) before an input: chooses
 * round(fraction · n_s) distinct neurons uniformly (partial Fisher-Yates with `rng.nextInt`) and, in pattern
 * space y = x + xī, flips them (bipolar: y_i <- -y_i) or redraws them (uniform: y_i <- rng.next()).
 * Returns the number of neurons changed. O(n_s).
 */
export function perturbStatePart(
  x: Float64Array,
  offset: number,
  mean: Float64Array,
  stateNeurons: number,
  fraction: number,
  encoding: 'bipolar' | 'uniform',
  rng: Rng,
  order: Int32Array,
): number {
  const count = Math.round(Math.min(1, Math.max(0, fraction)) * stateNeurons);
  for (let i = 0; i < stateNeurons; i++) order[i] = i;
  for (let t = 0; t < count; t++) {
    const j = t + rng.nextInt(stateNeurons - t);
    const chosen = order[j];
    order[j] = order[t];
    order[t] = chosen;
    const y = x[offset + chosen] + mean[chosen];
    const perturbed = encoding === 'bipolar' ? -y : rng.next();
    x[offset + chosen] = perturbed - mean[chosen];
  }
  return count;
}
