import { describe, expect, it } from 'vitest';
import { findForeignFormat } from './foreign-format.js';
import { Locator } from './locator.js';
import { parse } from './parse.js';

const found = (text: string) => findForeignFormat(new Locator(text));

describe('findForeignFormat', () => {
  it('names JFLAP XML at its first character and says how to convert it', () => {
    const d = found('\n  <?xml version="1.0"?>\n<structure>\n<type>fa</type></structure>');
    expect(d?.code).toBe('FSA106');
    expect(d?.message).toBe('this file is XML (a JFLAP automaton), not .fsa text');
    expect(d?.hint).toMatch(/cdam import FILE -o NAME\.fsa/);
    expect(d?.span.start).toMatchObject({ line: 2, column: 3, offset: 3 });
  });

  it('tells XML that is not JFLAP from JFLAP', () => {
    expect(found('<html><body/></html>')?.message).toBe('this file is XML, not .fsa text');
  });

  it.each([
    ['{"format":"cdam-network","version":1}', "('cdam-network')", /cdam run FILE --input WORD/],
    ['{ "format" : "cdam-sequence-network" }', "('cdam-sequence-network')", /cdam recall FILE/],
    ['{"format":"cdam-automaton","kind":"dfa"}', "('cdam-automaton')", /cdam import FILE/],
    ['[1, 2]', '', /cdam import FILE/],
  ])('names JSON %s with the command that reads it', (text, format, hint) => {
    const d = found(text);
    expect(d?.message).toBe(`this file is JSON${format ? ` ${format}` : ''}, not .fsa text`);
    expect(d?.hint).toMatch(hint);
  });

  it('looks past comments and blank space, and leaves .fsa text and unterminated comments to the parser', () => {
    expect(found('// a comment\n/* another */ {"format":"cdam-network"}')?.span.start.line).toBe(2);
    expect(found('// dfa below\ndfa D { alphabet a\n start q }\n')).toBeUndefined();
    expect(found('/* never closed <structure>')).toBeUndefined();
    expect(found('')).toBeUndefined();
    expect(found('  \n// only a comment\n')).toBeUndefined();
  });

  it('makes parse report the one error instead of a syntax error per line', () => {
    const jflap = '<?xml version="1.0"?>\n<structure>\n<type>fa</type>\n<automaton>\n</automaton>\n</structure>\n';
    const { diagnostics } = parse(jflap);
    expect(diagnostics.map((d) => d.code)).toEqual(['FSA106']);
  });
});
