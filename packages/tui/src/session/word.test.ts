import { describe, expect, it } from 'vitest';
import { joinWord, splitWord } from './word.js';

describe('splitWord', () => {
  const parse = splitWord(['wife', 'son']);

  it('reads whitespace-separated alphabet symbols', () => {
    expect(parse('  wife son ')).toEqual({ ok: true, symbols: ['wife', 'son'] });
    expect(parse('')).toEqual({ ok: true, symbols: [] });
  });

  it('names the first symbol outside the alphabet and its column', () => {
    expect(parse('wife sun son')).toEqual({
      ok: false,
      symbol: 'sun',
      column: 6,
      message: "symbol 'sun' at column 6 is not in the alphabet (wife, son)",
    });
  });

  it('is read back by joinWord', () => {
    expect(parse(joinWord(['son', 'wife']))).toEqual({ ok: true, symbols: ['son', 'wife'] });
  });
});
