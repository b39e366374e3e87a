import { quoteIfNeeded } from '../parse-word.js';

/**
 * A word for messages: `"a b b"` (symbols separated by spaces, in quotes); when a symbol itself needs
 * quoting, the word is written as it would be typed for `--input`, without outer quotes
 * (`"passive open" SYN`); the empty word is `ε (the empty word)`.
 */
export function formatWord(word: readonly string[]): string {
  if (word.length === 0) return 'ε (the empty word)';
  const symbols = word.map(quoteIfNeeded);
  const plain = symbols.every((s, i) => s === word[i]);
  return plain ? `"${symbols.join(' ')}"` : symbols.join(' ');
}
