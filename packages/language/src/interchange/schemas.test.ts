import Ajv2020Module from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUTOMATON_SCHEMA } from './automaton-schema.js';
import { SEQUENCE_SCHEMA } from './sequence-schema.js';

const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default;
const grammar = (file: string) => fileURLToPath(new URL(`../../../../grammar/${file}`, import.meta.url));

describe('published JSON Schemas', () => {
  // The files in grammar/ are these objects as JSON (formatted by prettier); compared by value.
  it('grammar/cdam-automaton.schema.json is the schema the importer validates with', () => {
    expect(JSON.parse(readFileSync(grammar('cdam-automaton.schema.json'), 'utf8'))).toEqual(AUTOMATON_SCHEMA);
  });

  it('grammar/cdam-sequence.schema.json is the schema the importer validates with', () => {
    expect(JSON.parse(readFileSync(grammar('cdam-sequence.schema.json'), 'utf8'))).toEqual(SEQUENCE_SCHEMA);
  });

  it('the published files compile as draft 2020-12 in strict mode and judge documents as documented', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    const automaton = ajv.compile(JSON.parse(readFileSync(grammar('cdam-automaton.schema.json'), 'utf8')));
    const sequence = ajv.compile(JSON.parse(readFileSync(grammar('cdam-sequence.schema.json'), 'utf8')));
    const base = {
      format: 'cdam-automaton',
      version: 1,
      name: 'A',
      kind: 'nfa',
      alphabet: ['a'],
      states: ['p'],
      start: ['p'],
      accept: [],
      transitions: [['p', '', 'p']],
    };
    expect(automaton(base)).toBe(true);
    expect(automaton({ ...base, start: 'p', extra: { anything: true } })).toBe(true);
    expect(automaton({ ...base, start: [] })).toBe(false);
    expect(automaton({ ...base, transitions: [['p', 'a']] })).toBe(false);
    expect(automaton({ ...base, version: 3 })).toBe(false);
    expect(automaton({ ...base, version: 2, kind: 'mealy', outputAlphabet: ['x'] })).toBe(true);
    expect(automaton({ ...base, transitions: [['p', 'a', 'p', 'x', 'y']] })).toBe(false);
    const walk = { format: 'cdam-sequence', version: 1, name: 'Walk', items: ['A', 'B', 'A'], loop: true };
    expect(sequence(walk)).toBe(true);
    expect(sequence({ ...walk, dwell: [1, 3, 1] })).toBe(true);
    expect(sequence({ ...walk, dwell: [0, 3, 1] })).toBe(false);
    expect(sequence({ ...walk, items: [] })).toBe(false);
    expect(sequence({ ...walk, loop: 'yes' })).toBe(false);
  });
});
