import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbSequenceSpec } from '../testing/spec-arbitraries.js';
import { walkSpec } from '../testing/spec-fixtures.js';
import { importErrors } from '../testing/import-results.js';
import { importSequenceJson, toSequenceJson } from './sequence-json.js';
import { propertyRuns } from '../testing/property-runs.js';

const runs = propertyRuns(150);

function errorsOf(text: string): string[] {
  return importErrors(importSequenceJson(text));
}

const base = { format: 'cdam-sequence', version: 1, name: 'S', items: ['x', 'y'], loop: false };

describe('toSequenceJson', () => {
  it('writes the documented layout', () => {
    expect(toSequenceJson(walkSpec)).toBe(
      [
        '{',
        '  "format": "cdam-sequence",',
        '  "version": 1,',
        '  "name": "Walk",',
        '  "items": ["A", "B", "A", "C"],',
        '  "loop": true,',
        '  "dwell": [1, 1, 3, 1],',
        '  "network": {',
        '    "neurons": 2000',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('leaves out dwell when every count is 1 and network when there are no parameters', () => {
    const json = JSON.parse(toSequenceJson({ ...walkSpec, dwell: [1, 1, 1, 1], network: {} }));
    expect(Object.keys(json)).toEqual(['format', 'version', 'name', 'items', 'loop']);
  });
});

describe('importSequenceJson', () => {
  it('reads back what it wrote', () => {
    expect(importSequenceJson(toSequenceJson(walkSpec))).toEqual({ kind: 'ok', spec: walkSpec });
  });

  it('fills in dwell 1 per item when dwell is absent', () => {
    expect(importSequenceJson(JSON.stringify(base))).toEqual({
      kind: 'ok',
      spec: { name: 'S', items: ['x', 'y'], loop: false, dwell: [1, 1], network: {} },
    });
  });

  it('requires one dwell count per item', () => {
    expect(errorsOf(JSON.stringify({ ...base, dwell: [2] }))).toEqual(['FSA301 /dwell: has 1 counts for 2 items']);
  });

  it('reports schema violations by JSON pointer', () => {
    expect(errorsOf(JSON.stringify({ ...base, items: [], loop: 1, dwell: [0, 1.5] }))).toEqual([
      'FSA301 /items: must NOT have fewer than 1 items',
      'FSA301 /loop: must be boolean',
      'FSA301 /dwell/0: must be >= 1',
      'FSA301 /dwell/1: must be integer',
    ]);
    expect(errorsOf(JSON.stringify({ ...base, items: ['x', 7] }))).toEqual(['FSA301 /items/1: must be string']);
  });

  it('tells an automaton document apart and rejects later versions', () => {
    expect(errorsOf('{"format":"cdam-automaton"}')).toEqual([
      "FSA301 /format: this is a 'cdam-automaton' document, not a 'cdam-sequence' one",
    ]);
    expect(errorsOf(JSON.stringify({ ...base, version: 3 }))[0]).toMatch(/^FSA302 \/version: version 3/);
  });

  it('reads network back when valid and ignores it otherwise', () => {
    const ok = importSequenceJson(JSON.stringify({ ...base, network: { eta: 0.5, encoding: 'uniform' } }));
    expect(ok.kind === 'ok' && ok.spec.network).toEqual({ eta: 0.5, encoding: 'uniform' });
    const ignored = importSequenceJson(JSON.stringify({ ...base, network: { eta: 2 } }));
    expect(ignored.kind === 'ok' && ignored.spec.network).toEqual({});
  });
});

describe('sequence JSON round trip', () => {
  it('spec -> json -> spec is the identity, and json is a fixed point', () => {
    fc.assert(
      fc.property(arbSequenceSpec, (spec) => {
        const text = toSequenceJson(spec);
        const result = importSequenceJson(text);
        expect(result).toEqual({ kind: 'ok', spec });
        expect(result.kind === 'ok' && toSequenceJson(result.spec)).toBe(text);
      }),
      runs,
    );
  });
});
