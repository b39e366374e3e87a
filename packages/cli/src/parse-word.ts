// The word reader lives in the language package, so the browser playground reads words as `--input` does.
export { listAlphabet, parseWord, quoteIfNeeded } from '@cdam/language';
export type { ParsedWord } from '@cdam/language';
