import { describe, expect, it } from 'vitest';
import { checkSource } from './check-source.js';
import type { Span } from './diagnostics.js';

const TURNSTILE = `dfa T {
  alphabet a, b
  states q0, q1
  start q0
  accept q1
  q0 -> q1 on a
  q1 -> q0 on b
}
`;

/** Each diagnostic as `line:column code message`. */
function reported(source: string): string[] {
  const at = (span: Span) => `${span.start.line}:${span.start.column}`;
  return checkSource(source).diagnostics.map((d) => `${at(d.span)} ${d.code} ${d.message}`);
}

describe('a misspelt keyword', () => {
  it.each([
    ['alphabet a, b', 'alphabat a, b', '2:3', 'alphabat', 'alphabet'],
    ['states q0, q1', 'sates q0, q1', '3:3', 'sates', 'states'],
    ['start q0', 'strat q0', '4:3', 'strat', 'start'],
    ['accept q1', 'acept q1', '5:3', 'acept', 'accept'],
    ['start q0', 'Start q0', '4:3', 'Start', 'start'],
  ])(
    '%s written %s is one error with "did you mean", and the next line is not reported',
    (right, wrong, place, word, keyword) => {
      expect(reported(TURNSTILE.replace(right, wrong))).toEqual([
        `${place} FSA101 unknown keyword '${word}'; did you mean '${keyword}'?`,
      ]);
    },
  );

  it('in a declaration keyword is one error too', () => {
    const [only, ...rest] = checkSource(TURNSTILE.replace('dfa T', 'dfs T')).diagnostics;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ code: 'FSA101', message: "unknown keyword 'dfs'; did you mean 'dfa'?" });
    expect(only.hint).toBe("a declaration is written 'dfa T { ... }'");
  });

  it('leaves a real error on a later line reported', () => {
    expect(reported(TURNSTILE.replace('start q0', 'strat q0').replace('q1 -> q0 on b', 'q1 -> q0 on b ;'))).toEqual([
      "4:3 FSA101 unknown keyword 'strat'; did you mean 'start'?",
      "7:17 FSA100 unexpected character ';'",
    ]);
  });

  it('is no error where a name spelt like a keyword is a state', () => {
    const source = TURNSTILE.replace('q1 -> q0 on b', 'q1 -> strat on b\n  strat -> q0 on a, b');
    expect(reported(source.replace('states q0, q1', 'states q0, q1, strat'))).toEqual([]);
  });
});

describe('an arrow written wrong', () => {
  it.each(['- >', '=>', '-->', '= >', '\u2014>'])('q0 %s q1 is one error that suggests ->', (arrow) => {
    const source = TURNSTILE.replace('q0 -> q1 on a', `q0 ${arrow} q1 on a`);
    const { diagnostics } = checkSource(source);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['FSA101', `'${arrow}' is not an arrow; did you mean '->'?`],
    ]);
    expect(diagnostics[0].span.start).toMatchObject({ line: 6, column: 6 });
    expect(diagnostics[0].span.end.column).toBe(6 + arrow.length);
  });

  it('is left alone in a comment or a string, and an error nearby is reported as it was', () => {
    expect(reported(`${TURNSTILE}// q0 => q1\n`)).toEqual([]);
    expect(reported(TURNSTILE.replace('start q0', 'start q0 // => \n  ;'))).toEqual([
      "5:3 FSA100 unexpected character ';'",
    ]);
  });
});
