import { formatName } from '../source-name.js';
import { suggest } from '../suggest.js';

/** Quotes a user's word for a message: `'push'`. */
export function quote(value: string): string {
  return `'${value}'`;
}

/** A comma-separated list of names as written in source, cut after `limit` entries ("..., and 7 more"). */
export function listNames(values: readonly string[], limit = 12): string {
  const shown = values.slice(0, limit).map(formatName).join(', ');
  return values.length > limit ? `${shown}, and ${values.length - limit} more` : shown;
}

/** `did you mean 'x'?` for the closest candidate, or `undefined` when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const best = suggest(word, candidates);
  return best === undefined ? undefined : `did you mean ${quote(best)}?`;
}
