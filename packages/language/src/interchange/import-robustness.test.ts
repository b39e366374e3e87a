import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAutomatonSpec, arbSequenceSpec } from '../testing/spec-arbitraries.js';
import { importAutomatonJson, toAutomatonJson } from './automaton-json.js';
import type { ImportError, InterchangeResult } from './import-result.js';
import { importInterchange } from './import-interchange.js';
import { toJflap } from './jflap-export.js';
import { importJflap } from './jflap-import.js';
import { importSequenceJson, toSequenceJson } from './sequence-json.js';
import { propertyRuns } from '../testing/property-runs.js';

const runs = propertyRuns(100);

/**
 * Every importer on one text; each must return a result (never throw), and an error has FSA301/FSA302
 * diagnostics (or, from `importInterchange` on text with a NUL, FSA105).
 */
function importEverything(text: string): void {
  const results: (InterchangeResult | { kind: 'ok' } | ImportError)[] = [
    importAutomatonJson(text),
    importSequenceJson(text),
    importJflap(text),
    importInterchange(text, 'in.json'),
    importInterchange(text, 'in.jff'),
    importInterchange(text, 'in'),
  ];
  for (const result of results) {
    if (result.kind === 'ok') continue;
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) {
      expect(text.includes('\0') ? ['FSA105', 'FSA301', 'FSA302'] : ['FSA301', 'FSA302']).toContain(d.code);
      expect(d.severity).toBe('error');
      expect(d.span.start.offset).toBeLessThanOrEqual(d.span.end.offset);
    }
  }
}

/** Random edits of a valid text: delete, insert or replace a slice. */
const arbMutation = (text: string) =>
  fc.array(
    fc.record({
      at: fc.nat({ max: text.length }),
      remove: fc.nat({ max: 4 }),
      insert: fc.oneof(
        fc.string({ maxLength: 3 }),
        fc.constantFrom('"', '{', '}', '[', ']', ',', '<', '>', '/', '&', '0', 'null', '""', '<read>', '</state>'),
      ),
    }),
    { minLength: 1, maxLength: 3 },
  );

function mutate(text: string, edits: readonly { at: number; remove: number; insert: string }[]): string {
  let out = text;
  for (const { at, remove, insert } of edits) {
    const p = Math.min(at, out.length);
    out = out.slice(0, p) + insert + out.slice(p + remove);
  }
  return out;
}

/** Replaces the value at a random place of a JSON document with a random JSON value. */
function replaceSomewhere(document: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0 || document === null || typeof document !== 'object') return replacement;
  const entries = Object.entries(document);
  if (entries.length === 0) return replacement;
  const [key, value] = entries[path[0] % entries.length];
  const copy: Record<string, unknown> | unknown[] = Array.isArray(document) ? [...document] : { ...document };
  (copy as Record<string, unknown>)[key] = replaceSomewhere(value, path.slice(1), replacement);
  return copy;
}

describe('importers never throw', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => importEverything(text)),
      runs,
    );
  });

  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => importEverything(text)),
      runs,
    );
  });

  it('on valid documents with characters edited', () => {
    const arbDocument = fc.oneof(
      arbAutomatonSpec().map(toAutomatonJson),
      arbSequenceSpec.map(toSequenceJson),
      arbAutomatonSpec().map(toJflap),
    );
    fc.assert(
      fc.property(
        arbDocument.chain((text) => fc.tuple(fc.constant(text), arbMutation(text))),
        ([text, edits]) => importEverything(mutate(text, edits)),
      ),
      runs,
    );
  });

  it('on valid JSON documents with one value replaced by any JSON value', () => {
    const arbDocument = fc.oneof(arbAutomatonSpec().map(toAutomatonJson), arbSequenceSpec.map(toSequenceJson));
    fc.assert(
      fc.property(
        arbDocument,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.jsonValue({ maxDepth: 2 }),
        (text, path, replacement) =>
          importEverything(JSON.stringify(replaceSomewhere(JSON.parse(text), path, replacement))),
      ),
      runs,
    );
  });

  it('on hostile shapes', () => {
    for (const text of [
      '['.repeat(50_000),
      '<a>'.repeat(20_000),
      '{"format":"cdam-automaton","__proto__":{"kind":"dfa"}}',
      '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><structure><type>&b;</type></structure>',
      '<structure><state id="0" name="&#xFFFFFFFF;&#99999999999;"><initial/></state></structure>',
      '\uFEFF',
      '\uD800',
    ]) {
      importEverything(text);
    }
  });
});
