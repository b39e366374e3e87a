import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AutomatonSpec } from '../spec.js';
import { arbAutomatonSpec } from '../testing/spec-arbitraries.js';
import { endsAbbSpec, paritySpec } from '../testing/spec-fixtures.js';
import { importErrors } from '../testing/import-results.js';
import { importAutomatonJson, toAutomatonJson } from './automaton-json.js';
import { propertyRuns } from '../testing/property-runs.js';

const runs = propertyRuns(150);

const endsAbb: AutomatonSpec = { ...endsAbbSpec, network: { neurons: 512, seed: 7, encoding: 'bipolar' } };

/** A valid document as a plain object, for tests that break one field. */
function document(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...JSON.parse(toAutomatonJson(paritySpec)), ...overrides });
}

function errorsOf(text: string): string[] {
  return importErrors(importAutomatonJson(text));
}

describe('toAutomatonJson', () => {
  it('writes the documented layout: start as a string for a dfa, one transition per line', () => {
    expect(toAutomatonJson(paritySpec)).toBe(
      [
        '{',
        '  "format": "cdam-automaton",',
        '  "version": 1,',
        '  "name": "Parity",',
        '  "kind": "dfa",',
        '  "alphabet": ["0", "1"],',
        '  "states": ["even", "odd"],',
        '  "start": "even",',
        '  "accept": ["even"],',
        '  "transitions": [',
        '    ["even", "1", "odd"],',
        '    ["odd", "1", "even"],',
        '    ["even", "0", "even"],',
        '    ["odd", "0", "odd"]',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes start as an array for an nfa, epsilon as "" and network only when there are parameters', () => {
    const json = JSON.parse(toAutomatonJson(endsAbb));
    expect(json.start).toEqual(['q0']);
    expect(json.transitions[5]).toEqual(['q3', '', 'q0']);
    expect(json.network).toEqual({ neurons: 512, seed: 7, encoding: 'bipolar' });
    expect('network' in JSON.parse(toAutomatonJson(paritySpec))).toBe(false);
  });
});

describe('importAutomatonJson', () => {
  it('reads back what it wrote, network included', () => {
    expect(importAutomatonJson(toAutomatonJson(paritySpec))).toEqual({ kind: 'ok', spec: paritySpec });
    expect(importAutomatonJson(toAutomatonJson(endsAbb))).toEqual({ kind: 'ok', spec: endsAbb });
  });

  it('accepts a dfa start written as a one-element array and an nfa start written as a string', () => {
    const dfa = importAutomatonJson(document({ start: ['even'] }));
    expect(dfa.kind === 'ok' && dfa.spec.start).toEqual(['even']);
    const nfa = importAutomatonJson(document({ kind: 'nfa', start: 'odd' }));
    expect(nfa.kind === 'ok' && nfa.spec.start).toEqual(['odd']);
  });

  it('ignores unknown fields, and an invalid network field', () => {
    const result = importAutomatonJson(document({ comment: 'hi', layout: { x: 1 }, network: { neurons: 1 } }));
    expect(result).toEqual({ kind: 'ok', spec: paritySpec });
    const partial = importAutomatonJson(document({ network: { neurons: 64, colour: 'red' } }));
    expect(partial.kind === 'ok' && partial.spec.network).toEqual({});
    const valid = importAutomatonJson(document({ network: { beta: 0.5, iterations: 3 } }));
    expect(valid.kind === 'ok' && valid.spec.network).toEqual({ beta: 0.5, iterations: 3 });
  });

  it('reports a schema violation with its JSON pointer, placed on the offending value', () => {
    const text = toAutomatonJson(paritySpec).replace('["odd", "0", "odd"]', '["odd", 0, "odd"]');
    const result = importAutomatonJson(text);
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d.code).toBe('FSA301');
    expect(d.message).toBe('/transitions/3/1: must be string');
    expect(d.span.start.line).toBe(14);
    expect(text.slice(d.span.start.offset, d.span.end.offset)).toBe('0');
  });

  it('reports every schema violation, not just the first', () => {
    const errors = errorsOf(document({ kind: 'pda', alphabet: ['0', '0'], accept: 'even', name: '' }));
    expect(errors).toEqual([
      'FSA301 /name: must not be empty',
      'FSA301 /kind: must be one of "dfa", "nfa", "mealy", "moore"',
      'FSA301 /alphabet: "0" is listed twice (items 0 and 1); names must be unique',
      'FSA301 /accept: must be array',
    ]);
  });

  it('checks long name lists in linear time: 100 000 states and symbols import, and a repeat is found', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `q${i}`);
    const big = { alphabet: names, states: names, start: 'q0', accept: ['q0'], transitions: [['q0', 'q1', 'q0']] };
    const result = importAutomatonJson(document(big));
    expect(result.kind === 'ok' ? result.spec.states.length : importErrors(result)).toBe(100_000);
    expect(errorsOf(document({ ...big, alphabet: [...names, 'q7'] }))).toEqual([
      'FSA301 /alphabet: "q7" is listed twice (items 7 and 100000); names must be unique',
    ]);
  });

  it('reports missing fields and the wrong format', () => {
    expect(errorsOf('{"format":"cdam-automaton","version":1}')[0]).toBe("FSA301 /: missing required property 'name'");
    expect(errorsOf('{"format":"cdam-sequence","version":1}')).toEqual([
      "FSA301 /format: this is a 'cdam-sequence' document, not a 'cdam-automaton' one",
    ]);
    expect(errorsOf('[1, 2]')).toEqual(['FSA301 /: must be object']);
  });

  it('reports a later version as unsupported (FSA302)', () => {
    expect(errorsOf(document({ version: 3 }))).toEqual([
      "FSA302 /version: version 3 of 'cdam-automaton' is not supported; this reader knows version 1 and 2",
    ]);
  });

  it('reports JSON syntax errors with line and column', () => {
    const result = importAutomatonJson('{\n  "format": "cdam-automaton",\n  "version": 1,,\n}');
    expect(result.kind === 'error' && result.diagnostics.map((d) => [d.code, d.message, d.span.start.line])).toEqual([
      ['FSA301', "invalid JSON at line 3, column 16: expected a property name in double quotes but found ','", 3],
    ]);
  });

  it('checks that named states are listed and symbols are in the alphabet', () => {
    const errors = errorsOf(
      document({
        start: 'nowhere',
        accept: ['even', 'gone'],
        transitions: [
          ['even', '2', 'odd'],
          ['odd', '1', 'limbo'],
        ],
      }),
    );
    expect(errors).toEqual([
      "FSA301 /start: state 'nowhere' is not listed in states",
      "FSA301 /accept/1: state 'gone' is not listed in states",
      "FSA301 /transitions/0/1: symbol '2' is not in the alphabet",
      "FSA301 /transitions/1/2: state 'limbo' is not listed in states",
    ]);
    const result = importAutomatonJson(document({ start: 'nowhere' }));
    expect(result.kind === 'error' && result.diagnostics[0].hint).toBe(`add 'nowhere' to "states"`);
  });

  it('checks dfa rules: one start state, no epsilon, determinism', () => {
    expect(
      errorsOf(
        document({
          start: ['even', 'odd'],
          transitions: [
            ['even', '1', 'odd'],
            ['even', '', 'odd'],
            ['even', '1', 'odd'],
            ['even', '1', 'even'],
          ],
        }),
      ),
    ).toEqual([
      'FSA301 /start: a dfa has exactly one start state, not 2',
      'FSA301 /transitions/1/1: epsilon ("") transition in a dfa',
      "FSA301 /transitions/3: dfa is not deterministic: 'even' on '1' goes to 'odd' (/transitions/0) and to 'even'",
    ]);
    // The same transitions are fine in an nfa.
    expect(
      importAutomatonJson(document({ kind: 'nfa', start: ['even', 'odd'], transitions: [['even', '', 'odd']] })).kind,
    ).toBe('ok');
  });

  it('caps the number of diagnostics', () => {
    const transitions = Array.from({ length: 50 }, (_, i) => ['even', '1', `s${i}`]);
    const result = importAutomatonJson(document({ kind: 'nfa', transitions }));
    expect(result.kind === 'error' && result.diagnostics.length).toBe(20);
  });
});

describe('JSON round trip', () => {
  it('spec -> json -> spec is the identity on valid specs', () => {
    fc.assert(
      fc.property(arbAutomatonSpec(), (spec) => {
        expect(importAutomatonJson(toAutomatonJson(spec))).toEqual({ kind: 'ok', spec });
      }),
      runs,
    );
  });

  it('export is a fixed point: json -> spec -> json gives the same text', () => {
    fc.assert(
      fc.property(arbAutomatonSpec(), (spec) => {
        const text = toAutomatonJson(spec);
        const again = importAutomatonJson(text);
        expect(again.kind === 'ok' && toAutomatonJson(again.spec)).toBe(text);
      }),
      runs,
    );
  });
});
