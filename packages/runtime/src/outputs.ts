import type { CompiledNetwork } from '@cdam/compiler';

/** The output a network shows in its state (docs/compiler.md, "Transducers"). */
export interface ReadOutput {
  /** The best-correlated output symbol, or null for the "no output" code (Mealy start, dead state). */
  readonly output: string | null;
  /** Index of the best output code (`names.length` is "no output"). */
  readonly index: number;
  /** Best minus second-best cosine similarity. */
  readonly margin: number;
}

/**
 * Reads the output part of a state vector: the last n_o neurons of the state part, with xī added back,
 * compared with every output code by cosine similarity (the codes are orthogonal, and a cosine keeps them
 * so where a Pearson correlation, which centres them, would not); the best one is the output. `undefined` for a network
 * without outputs. O((outputs + 1) · n_o).
 */
export function readOutput(compiled: CompiledNetwork, x: Float64Array, offset = 0): ReadOutput | undefined {
  const outputs = compiled.outputs;
  if (outputs === undefined) return undefined;
  const { length, codes, names } = outputs;
  const start = compiled.params.stateNeurons - length;
  let norm = 0;
  for (let i = 0; i < length; i++) norm += (x[offset + start + i] + compiled.mean[start + i]) ** 2;
  let best = -1;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (let c = 0; c <= names.length; c++) {
    let dot = 0;
    for (let i = 0; i < length; i++) dot += (x[offset + start + i] + compiled.mean[start + i]) * codes[c * length + i];
    // Codes are ±1, so each has norm sqrt(n_o).
    const score = norm > 0 ? dot / Math.sqrt(norm * length) : 0;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = c;
    } else if (score > second) second = score;
  }
  return { output: best < names.length ? names[best] : null, index: best, margin: bestScore - second };
}
