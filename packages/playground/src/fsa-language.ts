import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StreamParser } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { KEYWORDS as LANGUAGE_KEYWORDS } from '@cdam/language';

// The language's reserved words, and the soft keywords of regexes and test blocks (names elsewhere).
const KEYWORDS = new Set([...LANGUAGE_KEYWORDS, 'regex', 'over', 'test', 'reject']);

interface State {
  inBlockComment: boolean;
}

/** Tokens of `.fsa` for highlighting: the keywords, names, numbers, strings, comments and `->` of the grammar. */
const fsaParser: StreamParser<State> = {
  name: 'fsa',
  startState: () => ({ inBlockComment: false }),
  token(stream, state) {
    if (state.inBlockComment) {
      if (stream.skipTo('*/')) {
        stream.match('*/');
        state.inBlockComment = false;
      } else stream.skipToEnd();
      return 'blockComment';
    }
    if (stream.eatSpace()) return null;
    if (stream.match('//')) {
      stream.skipToEnd();
      return 'lineComment';
    }
    if (stream.match('/*')) {
      state.inBlockComment = true;
      return 'blockComment';
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
    if (stream.match('->')) return 'operator';
    if (stream.match(/^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/)) return 'number';
    if (stream.match(/^[\p{L}_][\p{L}\p{N}_]*/u)) {
      const word = stream.current();
      if (KEYWORDS.has(word)) return 'keyword';
      if (word === 'epsilon' || word === 'ε') return 'atom';
      return 'variableName';
    }
    if (stream.match(/^[{}(),=*]/)) return 'punctuation';
    stream.next();
    return 'invalid';
  },
  blankLine() {},
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
};

export const fsaLanguage = StreamLanguage.define(fsaParser);

/** Colours by CSS variables, so light and dark themes share one style. */
export const fsaHighlight = syntaxHighlighting(
  HighlightStyle.define([
    { tag: tags.keyword, color: 'var(--syntax-keyword)', fontWeight: '600' },
    { tag: tags.variableName, color: 'var(--syntax-name)' },
    { tag: tags.string, color: 'var(--syntax-string)' },
    { tag: tags.number, color: 'var(--syntax-number)' },
    { tag: tags.atom, color: 'var(--syntax-number)' },
    { tag: [tags.lineComment, tags.blockComment], color: 'var(--syntax-comment)', fontStyle: 'italic' },
    { tag: tags.operator, color: 'var(--syntax-keyword)' },
    { tag: tags.invalid, color: 'var(--error)' },
  ]),
);
