import { describe, expect, it } from 'vitest';
import { findBadEscapes, fsaLexer, isTerminatedBlockComment, isTerminatedString, unescapeString } from './tokens.js';

function lex(text: string): string[] {
  const result = fsaLexer.tokenize(text);
  return result.tokens.map((t) => `${t.tokenType.name}:${t.image}`);
}

describe('fsaLexer', () => {
  it('reads keywords, punctuation and names', () => {
    expect(lex('dfa X { q0 -> q1 on a, * }')).toEqual([
      'Dfa:dfa',
      'Identifier:X',
      'LCurly:{',
      'Identifier:q0',
      'Arrow:->',
      'Identifier:q1',
      'On:on',
      'Identifier:a',
      'Comma:,',
      'Star:*',
      'RCurly:}',
    ]);
  });

  it('reserves keywords but keeps longer identifiers whole', () => {
    expect(lex('start starts onward on_ epsilon ε εx loop loops')).toEqual([
      'Start:start',
      'Identifier:starts',
      'Identifier:onward',
      'Identifier:on_',
      'Epsilon:epsilon',
      'Epsilon:ε',
      'Identifier:εx',
      'Loop:loop',
      'Identifier:loops',
    ]);
  });

  it('reads unicode identifiers, including astral letters', () => {
    expect(lex('Zustand_ä 状态 𝒜b x٣ _')).toEqual([
      'Identifier:Zustand_ä',
      'Identifier:状态',
      'Identifier:𝒜b',
      'Identifier:x٣',
      'Identifier:_',
    ]);
  });

  it('tells integers (names and numbers) from other numbers', () => {
    expect(lex('0 01 =-1 0.5 (.5 1e3 2E-2 1.5e+3 7')).toEqual([
      'Integer:0',
      'Integer:01',
      'Equals:=',
      'Decimal:-1',
      'Decimal:0.5',
      'LParen:(',
      'Decimal:.5',
      'Decimal:1e3',
      'Decimal:2E-2',
      'Decimal:1.5e+3',
      'Integer:7',
    ]);
  });

  it('reads - and . as operators except right after = or (', () => {
    expect(lex('a-1 .5 x=-1 y(.5')).toEqual([
      'Identifier:a',
      'Minus:-',
      'Integer:1',
      'Dot:.',
      'Integer:5',
      'Identifier:x',
      'Equals:=',
      'Decimal:-1',
      'Identifier:y',
      'LParen:(',
      'Decimal:.5',
    ]);
  });

  it('reads regex, over, test and reject as keywords that are still names', () => {
    expect(lex('regex over test reject regexp | & + ? ! @')).toEqual([
      'Regex:regex',
      'Over:over',
      'Test:test',
      'Reject:reject',
      'Identifier:regexp',
      'Pipe:|',
      'Amp:&',
      'Plus:+',
      'Question:?',
      'Bang:!',
      'At:@',
    ]);
  });

  it('reads quoted strings with escapes as one token', () => {
    expect(lex('"SYN-ACK" "a \\"b\\" \\\\ \\n \\t \\u{1F600}" ""')).toEqual([
      'StringLiteral:"SYN-ACK"',
      'StringLiteral:"a \\"b\\" \\\\ \\n \\t \\u{1F600}"',
      'StringLiteral:""',
    ]);
  });

  it('puts comments in their own group', () => {
    const result = fsaLexer.tokenize('a // one\n/* two\n */ b');
    expect(result.tokens.map((t) => t.image)).toEqual(['a', 'b']);
    expect(result.groups.comments.map((t) => t.image)).toEqual(['// one', '/* two\n */']);
  });

  it('keeps an unterminated string or block comment as a token and reports a stray character', () => {
    const result = fsaLexer.tokenize('"open\nx /* never closed');
    expect(result.tokens.map((t) => t.image)).toEqual(['"open', 'x']);
    expect(result.groups.comments.map((t) => t.image)).toEqual(['/* never closed']);
    expect(fsaLexer.tokenize('a $ b').errors.map((e) => [e.offset, e.length])).toEqual([[2, 1]]);
  });
});

describe('string helpers', () => {
  it('unescapes the defined escapes', () => {
    expect(unescapeString('"a\\"b\\\\c\\nd\\te\\u{1F600}\\u{41}"')).toBe('a"b\\c\nd\te😀A');
    expect(unescapeString('"open')).toBe('open');
  });

  it('finds escapes the language does not define', () => {
    expect(findBadEscapes('"a\\qb\\u{110000}\\u{}"').map((b) => b.text)).toEqual(['\\q', '\\u{110000}', '\\u']);
    expect(findBadEscapes('"\\"\\\\\\n\\t\\u{10FFFF}"')).toEqual([]);
  });

  it('tells terminated strings and comments from unterminated ones', () => {
    expect(isTerminatedString('"a"')).toBe(true);
    expect(isTerminatedString('"a\\"')).toBe(false);
    expect(isTerminatedString('"')).toBe(false);
    expect(isTerminatedBlockComment('/**/')).toBe(true);
    expect(isTerminatedBlockComment('/*/')).toBe(false);
  });
});
