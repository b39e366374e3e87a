/**
 * "Did you mean" suggestions by edit distance, used in diagnostic hints.
 */

/**
 * The optimal-string-alignment distance between two strings, counted in code points:
 * insertions, deletions, substitutions and swaps of two neighbours each cost 1.
 * Runs in O(|a| * |b|) time and O(|b|) extra space per row (three rows kept).
 */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let previous2: number[] = new Array<number>(t.length + 1).fill(0);
  let previous: number[] = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current: number[] = new Array<number>(t.length + 1);
    current[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, previous2[j - 2] + 1);
      current[j] = best;
    }
    previous2 = previous;
    previous = current;
  }
  return previous[t.length];
}

/**
 * The candidate closest to `word`, or `undefined` when none is close enough to be a likely typo.
 * A candidate that differs only in letter case always qualifies; otherwise the distance may be at most
 * a third of the word's length (so one-letter names never suggest an unrelated one-letter name).
 * Ties go to the earliest candidate, so the answer is deterministic.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.floor(Array.from(word).length / 3);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(word, candidate);
    if (distance <= limit && distance < Array.from(candidate).length && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
