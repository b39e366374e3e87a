import { describe, expect, it } from 'vitest';
import { checkSource } from '../check-source.js';
import { formatSource } from '../format.js';
import { parse } from '../parse.js';

const errors = (text: string) =>
  checkSource(text).diagnostics.map(
    (d) => `${d.code} ${d.span.start.line}:${d.span.start.column} ${d.message} | ${d.hint ?? ''}`,
  );

const AB = 'dfa A {\n  alphabet a, b\n  start p\n  accept p\n  p -> p on a, b\n}\n';

describe('regex and derived declarations', () => {
  it('parse with the documented precedence and format back canonically', () => {
    const source = 'regex R over a,b = !a*b{2,3}|a&b-.\ndfa D = minimize(R)&reverse( @R )\n';
    const formatted = formatSource(source);
    expect(formatted.diagnostics).toEqual([]);
    expect(formatted.text).toBe('regex R over a, b = !a* b{2,3} | a & b - .\n\ndfa D = minimise(R) & reverse(@R)\n');
    expect(formatSource(formatted.text ?? '').text).toBe(formatted.text);
  });

  it('puts back only the parentheses the precedence needs', () => {
    const text = formatSource('regex R = ((a|b)(c))* | (a-(b-c)) | !(a b) | (a*)*\n').text;
    expect(text).toBe('regex R = ((a | b) c)* | a - (b - c) | !(a b) | (a*)*\n');
  });

  it('accepts an expression ending at the next declaration without a separator', () => {
    const parsed = parse('regex R = a b\nregex S = b\ntest T on R {\n  accept "a b"\n}\n');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.file.declarations.map((d) => d.kind)).toEqual(['regex', 'regex', 'test']);
  });

  it('keeps regex, over, test and reject usable as names', () => {
    expect(
      errors(
        'dfa test {\n  alphabet over, reject\n  start regex\n  accept regex\n  regex -> regex on over, reject\n}\n',
      ),
    ).toEqual([]);
  });

  it('reports a name that is not a symbol, suggesting the split or the closest symbol', () => {
    expect(errors('regex R over coin, push = coinpush | coim\n')).toEqual([
      "FSA202 1:27 'coinpush' is not a symbol of 'R' | to read it as 2 symbols, write 'coin push'",
      "FSA202 1:38 'coim' is not a symbol of 'R' | did you mean 'coin'?",
    ]);
    expect(errors('regex R over a, b = abc\n')).toEqual([
      "FSA202 1:21 'abc' is not a symbol of 'R' | the alphabet of 'R' is a, b",
    ]);
    expect(errors('regex R over a, b = ab ba\n')).toEqual([]);
  });

  it('reports unknown and cyclic references, sequences used as automata and bad bounds', () => {
    expect(errors(`${AB}regex R = @B a\ndfa D = A & Q\n`)).toEqual([
      "FSA220 7:12 no automaton named 'B' | automata of this file: A, R, D",
      "FSA220 8:13 no automaton named 'Q' | automata of this file: A, R, D",
    ]);
    expect(errors('dfa X = Y\ndfa Y = X | X\n')).toEqual([
      "FSA222 2:9 'X' is defined in terms of itself | an automaton expression may use only automata that do not use it in turn",
      "FSA222 2:13 'X' is defined in terms of itself | an automaton expression may use only automata that do not use it in turn",
    ]);
    expect(errors('sequence S {\n  items a\n}\nregex R = @S\n')).toEqual([
      "FSA220 4:12 'S' is a sequence, not an automaton | name a dfa, nfa or regex of this file",
    ]);
    expect(errors('regex R = a{3,2} b{1001}\n')).toEqual([
      'FSA221 1:11 repetition {3,2} has its upper bound below its lower bound | write {2,3}',
      'FSA221 1:18 repetition bound 1001 is above the limit of 1000 | a count this large builds a very large automaton; use * or + if any number will do',
    ]);
  });

  it('refuses a transducer defined by an expression, naming the dfa form instead', () => {
    expect(errors(`${AB}moore M = A | A\n`)).toEqual([
      "FSA225 7:7 moore 'M' is defined by an expression, but expressions combine languages, not output tapes | write 'dfa M = ...' for the language, or write the moore machine out in a block { ... }",
    ]);
  });

  it('reports a repeated symbol after over and a declaration name used twice', () => {
    expect(errors('regex R over a, a = a\nregex R = b\n')).toEqual(
      [
        "FSA206 1:17 symbol 'a' appears more than once in the alphabet of 'R'",
        "FSA206 2:7 name 'R' is already used by the regex on line 1",
      ].map((m, i) =>
        i === 0 ? `${m} | remove the repeated 'a'` : `${m} | give each automaton and sequence in a file its own name`,
      ),
    );
  });

  it('recovers from a broken expression and still reads the next declaration', () => {
    const parsed = parse('regex R = (a | \nregex S = b\ndfa D = S &\ndfa E = S\n');
    expect(parsed.diagnostics.length).toBeGreaterThan(0);
    expect(parsed.file.declarations.map((d) => d.name.value)).toEqual(['S', 'E']);
  });

  it('checks test blocks: the automaton, the symbols of each word, and output rows', () => {
    const text =
      'regex R = (a|b)*abb\ntest T on R {\n  accept "a b b", "abb", "a c"\n  "a" -> "x"\n}\ntest U on S {}\n';
    expect(errors(text)).toEqual([
      "FSA202 3:26 'c' is not a symbol of 'R' | the alphabet of 'R' is a, b",
      'FSA223 4:3 \'R\' has no outputs, so a row \'"word" -> "outputs"\' cannot be checked | write the row as accept "word" or reject "word"',
      "FSA220 6:11 no automaton named 'S' | automata of this file: R",
    ]);
    expect(formatSource(text).text).toBe(
      'regex R = (a | b)* abb\n\ntest T on R {\n  accept "a b b", "abb", "a c"\n  "a" -> "x"\n}\n\ntest U on S {}\n',
    );
  });

  it('explains syntax errors in the new forms', () => {
    const messages = (text: string) =>
      parse(text).diagnostics.map((d) => `${d.span.start.line}:${d.span.start.column} ${d.message}`);
    expect(messages('regex R = (a | \nregex S = b\n')).toEqual([
      "2:1 expected a symbol, '.', '(' or '@name' after '|' but found 'regex'",
    ]);
    expect(messages('regex R a b\n')).toEqual(["1:9 expected '=' after 'R' but found 'a'"]);
    expect(messages('dfa X\n')).toEqual(["2:1 expected '{' or '=' after 'X' but found the end of the file"]);
    expect(messages('test T on R {\n  accept a\n}\n')).toEqual([
      "2:10 expected a quoted string after 'accept' but found 'a'",
    ]);
    expect(messages('regex R = a{,3}\n')).toEqual(["1:13 expected an integer after '{' but found ','"]);
  });
});
