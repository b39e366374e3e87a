import { suggest } from '../suggest.js';

/** Reserved words of the language; a name equal to one must be written quoted. */
const KEYWORDS: ReadonlySet<string> = new Set([
  'dfa',
  'nfa',
  'sequence',
  'alphabet',
  'states',
  'start',
  'accept',
  'on',
  'network',
  'items',
  'loop',
  'epsilon',
]);

/** Quotes a user's word for a message: `'push'`. */
export function quote(value: string): string {
  return `'${value}'`;
}

/** A name as it would be written in a `.fsa` file: bare when it can be, else a quoted string with escapes. */
export function sourceName(value: string): string {
  if (/^[0-9]+$/.test(value)) return value;
  if (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(value) && !KEYWORDS.has(value)) return value;
  const escaped = Array.from(value, (ch) => {
    if (ch === '"' || ch === '\\') return `\\${ch}`;
    if (ch === '\n') return '\\n';
    if (ch === '\t') return '\\t';
    const code = ch.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f ? `\\u{${code.toString(16)}}` : ch;
  }).join('');
  return `"${escaped}"`;
}

/** A comma-separated list of names as written in source, cut after `limit` entries ("..., and 7 more"). */
export function listNames(values: readonly string[], limit = 12): string {
  const shown = values.slice(0, limit).map(sourceName).join(', ');
  return values.length > limit ? `${shown}, and ${values.length - limit} more` : shown;
}

/** `did you mean 'x'?` for the closest candidate, or `undefined` when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const best = suggest(word, candidates);
  return best === undefined ? undefined : `did you mean ${quote(best)}?`;
}
