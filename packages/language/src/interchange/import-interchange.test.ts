import { describe, expect, it } from 'vitest';
import type { AutomatonSpec, SequenceSpec } from '../spec.js';
import { toAutomatonJson } from './automaton-json.js';
import { importInterchange } from './import-interchange.js';
import { toJflap } from './jflap-export.js';
import { toSequenceJson } from './sequence-json.js';

const automaton: AutomatonSpec = {
  name: 'Toggle',
  kind: 'dfa',
  alphabet: ['t'],
  states: ['off', 'on'],
  start: ['off'],
  accept: ['on'],
  transitions: [
    ['off', 't', 'on'],
    ['on', 't', 'off'],
  ],
  network: {},
};
const sequence: SequenceSpec = { name: 'S', items: ['a', 'b'], loop: false, dwell: [1, 1], network: {} };

describe('importInterchange', () => {
  it('reads cdam JSON by its "format" field, whatever the file is called', () => {
    expect(importInterchange(toAutomatonJson(automaton), 'toggle.json')).toEqual({
      kind: 'ok',
      format: 'cdam-automaton',
      spec: automaton,
    });
    expect(importInterchange(toSequenceJson(sequence), 'data.txt')).toEqual({
      kind: 'ok',
      format: 'cdam-sequence',
      spec: sequence,
    });
  });

  it('reads .jff and .xml as JFLAP, named after the file unless it records a name', () => {
    const unnamed = toJflap(automaton).replace(/<!--cdam:name [^\n]*\n/, '');
    const jff = importInterchange(unnamed, 'dir/sub\\Toggle Switch.jff');
    expect(jff).toEqual({ kind: 'ok', format: 'jflap', spec: { ...automaton, name: 'Toggle Switch' } });
    expect(importInterchange(toJflap(automaton), 'Toggle Switch.jff')).toEqual({
      kind: 'ok',
      format: 'jflap',
      spec: automaton,
    });
    expect(importInterchange(toJflap(automaton), 'x.XML').kind).toBe('ok');
    expect(importInterchange(`\n${toJflap(automaton)}`, 'noext').kind).toBe('ok');
  });

  it('reports what it cannot read', () => {
    const messages = (text: string, file: string) => {
      const result = importInterchange(text, file);
      return result.kind === 'error' ? result.diagnostics.map((d) => `${d.code} ${d.message}`) : [];
    };
    expect(messages('{"format": "graphml"}', 'g.json')).toEqual([
      'FSA302 /format: "graphml" is not a supported format',
    ]);
    expect(messages('{"states": []}', 'g.json')).toEqual(["FSA301 /: missing required property 'format'"]);
    expect(messages('[1]', 'g.json')).toEqual(['FSA301 /: must be object']);
    expect(messages('digraph { a -> b }', 'g.dot')).toEqual(["FSA302 'g.dot' is not a known interchange format"]);
    expect(messages('{"format": "cdam-automaton", ', 'a.json')[0]).toMatch(/^FSA301 invalid JSON at line 1, column 30/);
    expect(messages('<structure><type>pda</type></structure>', 'p.jff')[0]).toMatch(/^FSA302 JFLAP type 'pda'/);
  });

  it('says binary data is not a JFLAP or JSON text file, whatever the extension, once at the first NUL', () => {
    const elf = '\u007fELF\u0002\u0001\u0001\u0000\u0000\u0000<{';
    for (const file of ['ls.jff', 'ls.json', 'ls.xml', 'ls']) {
      const result = importInterchange(elf, file);
      expect(result.kind === 'error' && result.diagnostics).toEqual([
        expect.objectContaining({
          code: 'FSA105',
          message: 'this file holds binary data (a NUL byte at offset 7), not a JFLAP or JSON text file',
          hint: 'import reads a JFLAP file (.jff) or a cdam JSON document (.json), both UTF-8 text',
          span: expect.objectContaining({ start: expect.objectContaining({ offset: 7, line: 1, column: 8 }) }),
        }),
      ]);
    }
    const utf16 = importInterchange('\uFFFD\uFFFD<\u0000s\u0000t\u0000r\u0000', 'utf16.jff');
    expect(utf16.kind === 'error' && utf16.diagnostics[0].hint).toMatch(/^this looks like UTF-16 text; save it again/);
  });
});
