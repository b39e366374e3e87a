/**
 * Writes x[offset ..< offset + n] minus its mean into `out` and returns the norm of the result: the
 * centring step of a Pearson correlation (docs/model.md, "Reading the state"). A constant or zero x gives
 * norm 0. When the sum or the squares overflow (entries near 1e308), x is first divided by its largest
 * magnitude: correlations do not depend on scale, and ordinary states keep their exact arithmetic. O(n).
 */
export function centreInto(x: Float64Array, offset: number, n: number, out: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[offset + i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    out[i] = x[offset + i] - mean;
    squares += out[i] * out[i];
  }
  if (Number.isFinite(squares)) return Math.sqrt(squares);
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, Math.abs(x[offset + i]));
  if (!Number.isFinite(largest)) return 0; // an infinite entry has no meaningful direction
  let scaledSum = 0;
  for (let i = 0; i < n; i++) scaledSum += x[offset + i] / largest;
  const scaledMean = scaledSum / n;
  let scaledSquares = 0;
  for (let i = 0; i < n; i++) {
    out[i] = x[offset + i] / largest - scaledMean;
    scaledSquares += out[i] * out[i];
  }
  return Math.sqrt(scaledSquares);
}
