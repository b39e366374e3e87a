import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AutomatonAst, FileAst, SequenceAst } from '../ast.js';
import { NO_SPAN } from '../diagnostics.js';
import { formatFile } from '../format.js';
import { parse } from '../parse.js';
import { toAutomatonSpec, toSequenceSpec } from '../resolve.js';
import type { AutomatonSpec } from '../spec.js';
import { importAutomatonJson, toAutomatonJson } from './automaton-json.js';
import { fromAutomatonSpec, fromSequenceSpec } from './from-spec.js';
import { toJflap } from './jflap-export.js';
import { importJflap } from './jflap-import.js';
import { importSequenceJson, toSequenceJson } from './sequence-json.js';
import { importedSpec, stripCdamComments } from '../testing/import-results.js';

const samplesDir = fileURLToPath(new URL('../../../../samples/', import.meta.url));
const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.fsa'))
  .sort()
  .map((f) => ({ name: f, file: parse(readFileSync(samplesDir + f, 'utf8')).file }));
const automata = samples.flatMap(({ name, file }) =>
  file.declarations
    .filter((d): d is AutomatonAst => d.kind === 'automaton')
    .map((d) => [`${name}: ${d.name.value}`, d] as const),
);
const sequences = samples.flatMap(({ name, file }) =>
  file.declarations
    .filter((d): d is SequenceAst => d.kind === 'sequence')
    .map((d) => [`${name}: ${d.name.value}`, d] as const),
);

/** .fsa text of one declaration, parsed back and resolved. */
function viaFsa(spec: AutomatonSpec): AutomatonSpec {
  const file: FileAst = { kind: 'file', declarations: [fromAutomatonSpec(spec)], comments: [], span: NO_SPAN };
  const reparsed = parse(formatFile(file));
  expect(reparsed.diagnostics).toEqual([]);
  return toAutomatonSpec(reparsed.file.declarations[0] as AutomatonAst);
}

/** The spec without source positions, transitions as a sorted set (the grouping into lines may reorder them). */
function comparable(spec: AutomatonSpec): Omit<AutomatonSpec, 'stateSpans'> {
  const { stateSpans: _spans, ...rest } = spec;
  return {
    ...rest,
    transitions: [...spec.transitions].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
  };
}

describe('round trips through the interchange formats, over samples/', () => {
  it('has automata and sequences to test', () => {
    expect(automata.length).toBeGreaterThanOrEqual(8);
    expect(sequences.length).toBeGreaterThanOrEqual(1);
  });

  it.each(automata)('%s: fsa -> json -> fsa gives the same AutomatonSpec, and the json is a fixed point', (_, ast) => {
    const spec = toAutomatonSpec(ast);
    const json = toAutomatonJson(spec);
    const imported = importedSpec(importAutomatonJson(json));
    const { stateSpans: _spans, ...withoutSpans } = spec;
    expect(imported).toEqual(withoutSpans);
    expect(comparable(viaFsa(imported))).toEqual(comparable(spec));
    expect(toAutomatonJson(imported)).toBe(json);
  });

  it.each(automata)('%s: fsa -> jff -> fsa gives the same AutomatonSpec', (_, ast) => {
    const spec = toAutomatonSpec(ast);
    const xml = toJflap(spec);
    const imported = importedSpec(importJflap(xml, { name: 'file-name' }));
    const { stateSpans: _spans, ...withoutSpans } = spec;
    expect(imported).toEqual(withoutSpans);
    expect(comparable(viaFsa(imported))).toEqual(comparable(spec));
    expect(toJflap(imported)).toBe(xml);
  });

  it.each(automata)('%s: as JFLAP reads the jff (no cdam comments), symbols are strings of characters', (_, ast) => {
    const spec = toAutomatonSpec(ast);
    const single = spec.alphabet.every((s) => Array.from(s).length === 1);
    const foreign = stripCdamComments(toJflap(spec));
    expect(foreign).not.toContain('cdam:');
    if (spec.kind === 'mealy' || spec.kind === 'moore') {
      // A transducer emits one output per symbol, so a read of several characters cannot become a chain.
      const result = importJflap(foreign, { name: spec.name });
      if (single) expect(result.kind).toBe('ok');
      else expect(result.kind === 'error' && result.diagnostics[0].code).toBe('FSA302');
      return;
    }
    const imported = importedSpec(importJflap(foreign, { name: spec.name }));
    const used = [...new Set(spec.transitions.map((t) => t[1]).filter((s) => s !== ''))].sort();
    if (!single) {
      // JFLAP reads strings, not symbols: a multi-character symbol comes back as a chain of characters.
      expect(imported.states.length).toBeGreaterThan(spec.states.length);
      expect(imported.alphabet.every((s) => Array.from(s).length === 1)).toBe(true);
      return;
    }
    // JFLAP has one initial state: several start states get a fresh one with epsilon moves.
    const init = spec.start.length > 1 ? ['init'] : [];
    expect(spec.states).not.toContain('init');
    const back = viaFsa(imported);
    expect(comparable(back)).toEqual(
      comparable({
        ...spec,
        states: [...spec.states, ...init],
        start: init.length > 0 ? init : spec.start,
        transitions: [...spec.transitions, ...init.flatMap((i) => spec.start.map((s) => [i, '', s] as const))],
        alphabet: used,
        accept: spec.states.filter((s) => spec.accept.includes(s)),
        kind: back.kind, // JFLAP has no dfa/nfa distinction; checked below
        network: {},
        stateSpans: undefined,
      }),
    );
    if (spec.kind === 'dfa') expect(back.kind).toBe('dfa');
  });

  it.each(sequences)('%s: fsa -> json -> fsa gives the same SequenceSpec', (_, ast) => {
    const spec = toSequenceSpec(ast);
    const imported = importSequenceJson(toSequenceJson(spec));
    expect(imported).toEqual({ kind: 'ok', spec });
    if (imported.kind !== 'ok') return;
    const file: FileAst = {
      kind: 'file',
      declarations: [fromSequenceSpec(imported.spec)],
      comments: [],
      span: NO_SPAN,
    };
    const reparsed = parse(formatFile(file));
    expect(reparsed.diagnostics).toEqual([]);
    expect(toSequenceSpec(reparsed.file.declarations[0] as SequenceAst)).toEqual(spec);
  });
});
