/** The checks through real text: each diagnostic's span covers exactly the offending words. */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../check-source.js';

/** `[code, the text under its span]` for every diagnostic of `text`. */
function underlined(text: string): [string, string][] {
  return checkSource(text).diagnostics.map((d) => [d.code, text.slice(d.span.start.offset, d.span.end.offset)]);
}

describe('checks on parsed text', () => {
  it('point at names, labels, keywords and values', () => {
    const text = `
dfa A {
  alphabet x, y, x
  states p, q, p
  start p, q
  accept r
  p -> q on x, z, ε
  q -> q on *
  q -> p on *
  alphabet w
  network { neurons = 1 nurons = 3 neurons = 2 }
}
sequence A { items B(0) }
sequence S { loop }
`;
    expect(underlined(text)).toEqual([
      ['FSA206', 'x'],
      ['FSA206', 'p'],
      ['FSA211', 'q'],
      ['FSA201', 'r'],
      ['FSA203', 'z'],
      ['FSA205', 'ε'],
      ['FSA204', '*'],
      ['FSA212', 'alphabet'],
      ['FSA209', '1'],
      ['FSA210', 'nurons'],
      ['FSA212', 'neurons'],
      ['FSA206', 'A'],
      ['FSA214', '0'],
      ['FSA213', 'S'],
    ]);
  });

  it('put the warnings of a clean automaton where the state or symbol is first named', () => {
    const text = `
nfa N {
  alphabet a, b, c
  start s
  accept t
  s -> t on a
  s -> trap on b
  lost -> t on a
  t -> t on *
  s -> s on a, b, c
  s -> s on *
}
dfa Z { alphabet a start s s -> s on a }
`;
    expect(underlined(text)).toEqual([
      ['FSA241', 'trap'],
      ['FSA240', 'lost'],
      ['FSA244', '*'],
      ['FSA243', 'Z'],
    ]);
  });

  it('report a missing start and alphabet at the automaton name', () => {
    expect(underlined('dfa "my machine" { accept q  q -> q on go }')).toEqual([
      ['FSA207', '"my machine"'],
      ['FSA208', '"my machine"'],
    ]);
  });
});
