import { fsaLexer } from './tokens.js';

/** One token of `.fsa` text as an editor sees it: its lexer name (`Dfa`, `Identifier`, `LineComment`, ...) and offsets. */
export interface LexedToken {
  readonly type: string;
  /** 0-based UTF-16 offset of the first character. */
  readonly offset: number;
  /** Exclusive end offset. */
  readonly end: number;
}

/**
 * The tokens of `text` in source order, comments included, whitespace and unlexable characters left out.
 * For editors (semantic tokens, completion context); never throws. O(text length).
 */
export function lexTokens(text: string): LexedToken[] {
  const lexed = fsaLexer.tokenize(text);
  const all = [...lexed.tokens, ...(lexed.groups.comments ?? [])];
  return all
    .map((t) => ({ type: t.tokenType.name, offset: t.startOffset, end: t.startOffset + t.image.length }))
    .sort((a, b) => a.offset - b.offset);
}
