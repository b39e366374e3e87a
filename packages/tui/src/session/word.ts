/** The result of reading a typed word: symbol names, or the first problem (same shape as the CLI's `parseWord`). */
export type WordParse =
  | { readonly ok: true; readonly symbols: readonly string[] }
  | { readonly ok: false; readonly symbol: string; readonly column: number; readonly message: string };

/** Reads typed text into alphabet symbols. */
export type WordParser = (text: string) => WordParse;

/** Writes symbols back as text that the matching parser reads. */
export type WordFormatter = (symbols: readonly string[]) => string;

/**
 * A plain reader for when no parser is supplied: symbols separated by whitespace, each one a member of
 * `alphabet`. The CLI supplies its own `parseWord` (quoted symbols, runs of one-character symbols). O(|text|).
 */
export function splitWord(alphabet: readonly string[]): WordParser {
  const known = new Set(alphabet);
  return (text) => {
    const symbols: string[] = [];
    for (const match of text.matchAll(/\S+/gu)) {
      const symbol = match[0];
      const column = Array.from(text.slice(0, match.index)).length + 1;
      if (!known.has(symbol)) {
        return {
          ok: false,
          symbol,
          column,
          message: `symbol '${symbol}' at column ${column} is not in the alphabet (${alphabet.join(', ')})`,
        };
      }
      symbols.push(symbol);
    }
    return { ok: true, symbols };
  };
}

/** Symbols joined by spaces (the format `splitWord` reads). */
export const joinWord: WordFormatter = (symbols) => symbols.join(' ');
