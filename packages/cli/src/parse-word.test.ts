import { describe, expect, it } from 'vitest';
import { parseWord } from './parse-word.js';

const turnstile = ['coin', 'push'];
const tcp = ['passive open', 'SYN', 'ACK', 'say "hi"'];
const binary = ['0', '1'];

describe('parseWord', () => {
  it('splits symbols on whitespace', () => {
    expect(parseWord('coin push  coin', turnstile)).toEqual({ ok: true, symbols: ['coin', 'push', 'coin'] });
    expect(parseWord('\tcoin\n', turnstile)).toEqual({ ok: true, symbols: ['coin'] });
  });

  it('reads quoted strings with the .fsa escapes', () => {
    expect(parseWord('"passive open" SYN', tcp)).toEqual({ ok: true, symbols: ['passive open', 'SYN'] });
    expect(parseWord('"say \\"hi\\"" "\\u{41}CK"', tcp)).toEqual({ ok: true, symbols: ['say "hi"', 'ACK'] });
  });

  it('reads a run of one-character symbols without spaces', () => {
    expect(parseWord('1011', binary)).toEqual({ ok: true, symbols: ['1', '0', '1', '1'] });
    expect(parseWord('10 1', binary)).toEqual({ ok: true, symbols: ['1', '0', '1'] });
  });

  it('reads the empty word from an empty text or a lone ""', () => {
    expect(parseWord('', turnstile)).toEqual({ ok: true, symbols: [] });
    expect(parseWord('   ', turnstile)).toEqual({ ok: true, symbols: [] });
    expect(parseWord('""', turnstile)).toEqual({ ok: true, symbols: [] });
  });

  it('names a symbol outside the alphabet and its column', () => {
    expect(parseWord('coin pull', turnstile)).toEqual({
      ok: false,
      symbol: 'pull',
      column: 6,
      message: "symbol 'pull' at column 6 is not in the alphabet (coin, push)",
    });
    expect(parseWord('10201', binary)).toMatchObject({ ok: false, symbol: '2', column: 3 });
    expect(parseWord('passive open', tcp)).toMatchObject({ ok: false, symbol: 'passive', column: 1 });
  });

  it('escapes control and bidirectional characters in a message as \\u{HEX}, never printing them raw', () => {
    const nul = parseWord('coin\u0000push', turnstile);
    expect(nul).toMatchObject({ ok: false, column: 1 });
    if (!nul.ok) expect(nul.message).toBe('symbol "coin\\u{0}push" at column 1 is not in the alphabet (coin, push)');
    const bidi = parseWord('\u202Ecoin', turnstile);
    if (!bidi.ok) expect(bidi.message).toMatch(/^symbol "\\u\{202E\}coin" at column 1/);
    expect(bidi.ok).toBe(false);
    const escape = parseWord('push \u001b[31m', ['push', 'a\u0007b']);
    if (!escape.ok) {
      expect(escape.message).toBe('symbol "\\u{1B}[31m" at column 6 is not in the alphabet (push, "a\\u{7}b")');
      expect(escape.message).not.toMatch(/[\u0000-\u001f]/);
    }
    expect(escape.ok).toBe(false);
  });

  it('does not split multi-character tokens when some symbol is longer than one character', () => {
    expect(parseWord('coinpush', turnstile)).toMatchObject({ ok: false, symbol: 'coinpush', column: 1 });
  });

  it('reports an unterminated string and a bad escape', () => {
    expect(parseWord('SYN "passive', tcp)).toMatchObject({
      ok: false,
      column: 5,
      message: 'unterminated string starting at column 5; end it with a closing "',
    });
    expect(parseWord('"a\\qb"', tcp)).toMatchObject({ ok: false, column: 3 });
  });

  it('rejects "" inside a longer word', () => {
    expect(parseWord('coin "" push', turnstile)).toMatchObject({ ok: false, column: 6 });
  });

  it('keeps integer names as written', () => {
    expect(parseWord('01 1', ['01', '1'])).toEqual({ ok: true, symbols: ['01', '1'] });
    expect(parseWord('001', ['01', '1'])).toMatchObject({ ok: false, symbol: '001' });
  });
});
