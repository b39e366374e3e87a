/**
 * w = softmax(beta · z) in place over z[from ..< from + length] (docs/model.md, "One update"). Subtracts
 * the maximum of beta · z first, so no exponent overflows for any beta; every entry is then in [0, 1] and
 * they sum to 1 (the maximum contributes exp(0) = 1, so the sum is never 0). Entries equal to +Infinity
 * share the mass; a NaN in z is a bug upstream and throws a RangeError. O(length).
 */
export function softmaxInPlace(z: Float64Array, beta: number, from = 0, length = z.length - from): void {
  const end = from + length;
  let max = -Infinity;
  for (let i = from; i < end; i++) {
    const v = beta * z[i];
    if (Number.isNaN(v)) throw new RangeError(`softmax input ${i - from} is NaN (beta = ${beta}, z = ${z[i]})`);
    if (v > max) max = v;
  }
  if (max === Infinity) {
    let count = 0;
    for (let i = from; i < end; i++) count += beta * z[i] === Infinity ? 1 : 0;
    for (let i = from; i < end; i++) z[i] = beta * z[i] === Infinity ? 1 / count : 0;
    return;
  }
  if (max === -Infinity) {
    for (let i = from; i < end; i++) z[i] = 1 / length; // every score is -Infinity: no preference
    return;
  }
  let sum = 0;
  for (let i = from; i < end; i++) {
    const shifted = beta * z[i] - max;
    // exp underflows to exactly 0 below about -745.13; skipping the call there changes no bit.
    const w = shifted < -746 ? 0 : Math.exp(shifted);
    z[i] = w;
    sum += w;
  }
  const scale = 1 / sum;
  for (let i = from; i < end; i++) z[i] *= scale;
}
