import { describe, expect, it } from 'vitest';
import { checkSource } from './check-source.js';
import { parse } from './parse.js';

/** The first bytes of an x86-64 ELF executable, decoded as UTF-8 the way `cdam` reads a file. */
const ELF = Buffer.from([
  0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3e,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x0a, 0x3b, 0x22, 0xff, 0xfe, 0x7b,
]).toString('utf8');

describe('binary input (FSA105)', () => {
  it('gives exactly one error, at the first NUL, with its byte offset and the fix', () => {
    const { file, diagnostics } = parse(ELF);
    expect(diagnostics).toHaveLength(1);
    const [binary] = diagnostics;
    expect(binary.code).toBe('FSA105');
    expect(binary.severity).toBe('error');
    expect(binary.span.start).toEqual({ offset: 7, line: 1, column: 8 });
    expect(binary.span.end.offset).toBe(8);
    expect(binary.message).toBe('this file holds binary data (a NUL byte at offset 7), not .fsa text');
    expect(binary.hint).toMatch(/UTF-8 text.*\.cdam\.json.*'cdam run'.*\.jff.*'cdam import'/);
    expect(file.declarations).toEqual([]);
    expect(checkSource(ELF).diagnostics).toEqual(diagnostics);
  });

  it('does not lex the rest: stray characters, strings and comments around a NUL add nothing', () => {
    const text = 'dfa A {\n  ; # "open\n}\n\0 /* x ;;;\n';
    const { diagnostics } = checkSource(text);
    expect(diagnostics.map((d) => [d.code, d.span.start.line, d.span.start.column])).toEqual([['FSA105', 4, 1]]);
  });

  it('counts the offset in bytes of the file, not in characters', () => {
    const offsetOf = (text: string) => /offset (\d+)/.exec(parse(text).diagnostics[0].message)?.[1];
    expect(offsetOf('é\0')).toBe('2');
    expect(offsetOf('状\0')).toBe('3');
    expect(offsetOf('😀\0')).toBe('4');
    // An undecodable byte comes back as one U+FFFD; it was one byte in the file.
    expect(offsetOf(Buffer.from([0xff, 0x41, 0x00]).toString('utf8'))).toBe('2');
  });

  it('recognises UTF-16 text and says to save it as UTF-8', () => {
    for (const encoded of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('dfa A { }', 'utf16le')]),
      Buffer.from('dfa A { }', 'utf16le').swap16(),
    ]) {
      const [binary] = parse(encoded.toString('utf8')).diagnostics;
      expect(binary.code).toBe('FSA105');
      expect(binary.hint).toMatch(/UTF-16.*save it again as UTF-8/);
    }
  });

  it('leaves text without a NUL to the lexer, control characters and all', () => {
    const { diagnostics } = parse('dfa A { \u0001 }');
    expect(diagnostics.map((d) => d.code)).toEqual(['FSA100']);
  });
});
