/**
 * Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring).
 * Runs in O(|a| |b|).
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo
 * (at most 3 edits and less than half the word changed); ties go to the earlier candidate.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(word.length, candidate.length) / 2)));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * For a missing file, the file among `names` that is really close to `name`: the same extension (letter case
 * aside), and a stem at most a third of its length off (`turnstyle.fsa` -> `turnstile.fsa`, `Turnstile.fsa` ->
 * `turnstile.fsa`; not `nope.fsa` -> `dupe.fsa`, two of four letters). Ties go to the earlier name.
 * O(names * name length^2).
 */
export function closestFileName(name: string, names: readonly string[]): string | undefined {
  const [stem, extension] = splitExtension(name);
  const limit = Math.floor([...stem].length / 3);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of names) {
    const [candidateStem, candidateExtension] = splitExtension(candidate);
    if (candidate === name || candidateExtension.toLowerCase() !== extension.toLowerCase()) continue;
    const distance = candidateStem.toLowerCase() === stem.toLowerCase() ? 0 : editDistance(stem, candidateStem);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `name` as stem and extension (with its dot; empty when there is none, or only a leading dot). */
function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
}
