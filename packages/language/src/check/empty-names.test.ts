import { describe, expect, it } from 'vitest';
import { checkSource } from '../check-source.js';

function emptyNameFindings(text: string): string[] {
  return checkSource(text)
    .diagnostics.filter((d) => d.code === 'FSA215')
    .map((d) => `${d.span.start.line}:${d.span.start.column} ${d.message}`);
}

describe('empty names (FSA215)', () => {
  it('rejects an empty symbol, which would otherwise be an epsilon move in a dfa', () => {
    const text = 'dfa E {\n  alphabet "", a\n  start q\n  accept r\n  q -> r on ""\n  r -> q on a\n}\n';
    expect(emptyNameFindings(text)).toEqual([
      `2:12 the empty symbol "" in 'E' is not allowed`,
      `5:13 the empty symbol "" in 'E' is not allowed`,
    ]);
    expect(checkSource(text).diagnostics[0]).toMatchObject({
      severity: 'error',
      hint: "to move without reading a symbol, write 'epsilon' (nfa only); otherwise give the symbol at least one character",
    });
  });

  it('rejects an empty declaration, state or item name wherever it is written', () => {
    const text = [
      'nfa "" {',
      '  alphabet a',
      '  states "", q',
      '  start ""',
      '  accept ""',
      '  "" -> q on a',
      '}',
      'sequence S { items A, "" }',
      '',
    ].join('\n');
    expect(emptyNameFindings(text)).toEqual([
      '1:5 an nfa may not be named ""',
      '3:10 a state of this nfa may not be named ""',
      '4:9 a state of this nfa may not be named ""',
      '5:10 a state of this nfa may not be named ""',
      '6:3 a state of this nfa may not be named ""',
      `8:23 an item of 'S' may not be named ""`,
    ]);
  });

  it('is silent for names of one character or more, quoted or not', () => {
    expect(
      emptyNameFindings('dfa " " {\n  alphabet " ", a\n  start " "\n  accept " "\n  " " -> " " on " ", a\n}\n'),
    ).toEqual([]);
  });
});
