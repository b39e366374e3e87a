/**
 * The smallest beta for which the leakage argument of docs/compiler.md holds, for worst gap g (dot-product
 * units), n neurons, p patterns and strengths a, h (entries of Xi bounded by 1):
 * beta · g / 2 >= ln p + 12 + max(0, ln(8 n (|a| + |h|) / g)).
 * Then every non-winning pattern gets at most e^-12 / p of the attention and the error this leaves in x
 * never moves a score by more than g / 4, so it cannot build up over iterations. With no competitor
 * (g null) any beta works and 1 is returned. O(1).
 */
export function minimumBeta(worstGap: number | null, n: number, p: number, a: number, h: number): number {
  if (worstGap === null) return 1;
  if (!(worstGap > 0)) return Infinity;
  const spread = Math.max(0, Math.log((8 * n * (Math.abs(a) + Math.abs(h))) / worstGap));
  return (2 * (Math.log(Math.max(p, 2)) + 12 + spread)) / worstGap;
}

/** The language's largest beta (FSA209); the artifact loader refuses more. */
export const MAX_BETA = 1e6;

/**
 * The beta the compiler picks when none is given: the floor of `minimumBeta`, capped at `MAX_BETA`, or 1
 * when there is no floor (no positive gap: nothing makes attention one-hot). Always finite. O(1).
 */
export function automaticBeta(floor: number): number {
  return Number.isFinite(floor) ? Math.min(floor, MAX_BETA) : 1;
}
