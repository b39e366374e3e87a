import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AutomatonSpec } from '../spec.js';
import { arbAutomatonSpec, arbCharacterSymbol } from '../testing/spec-arbitraries.js';
import { paritySpec } from '../testing/spec-fixtures.js';
import { importedSpec, stripCdamComments } from '../testing/import-results.js';
import { toJflap } from './jflap-export.js';
import { importJflap } from './jflap-import.js';
import { propertyRuns } from '../testing/property-runs.js';

const runs = propertyRuns(150);

const parity: AutomatonSpec = { ...paritySpec, network: { neurons: 64 } };

const imported = (text: string): AutomatonSpec => importedSpec(importJflap(text, { name: 'T' }));

/** The file as JFLAP would write it back: without cdam's comments. */
function withoutCdamComments(xml: string): string {
  const stripped = stripCdamComments(xml);
  expect(stripped).not.toContain('cdam:');
  return stripped;
}

describe('toJflap', () => {
  it('writes JFLAP 7 XML: header, ids 0..n-1, names, circle positions, <read/> for epsilon', () => {
    const xml = toJflap({ ...parity, kind: 'nfa', transitions: [...parity.transitions, ['odd', '', 'even']] });
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?><structure>&#13;<type>fa</type>&#13;<automaton>',
      ),
    ).toBe(true);
    expect(xml).toContain('<state id="0" name="even"><x>200.0</x><y>80.0</y><initial/><final/></state>&#13;\n');
    expect(xml).toContain('<state id="1" name="odd"><x>200.0</x><y>320.0</y></state>&#13;\n');
    expect(xml).toContain('<transition><from>0</from><to>1</to><read>1</read></transition>&#13;\n');
    expect(xml).toContain('<transition><from>1</from><to>0</to><read/></transition>&#13;\n');
    expect(xml.endsWith('</automaton>&#13;\n</structure>\n')).toBe(true);
  });

  it('escapes names and symbols for XML', () => {
    const xml = toJflap({
      ...parity,
      states: ['a&b', '<"it\'s">'],
      start: ['a&b'],
      accept: [],
      transitions: [['a&b', '<', '<"it\'s">']],
    });
    expect(xml).toContain('name="a&amp;b"');
    expect(xml).toContain('name="&lt;&quot;it&apos;s&quot;&gt;"');
    expect(xml).toContain('<read>&lt;</read>');
  });

  it('gives an nfa with several start states one fresh initial state with epsilon moves, as JFLAP reads it', () => {
    const spec: AutomatonSpec = {
      ...parity,
      kind: 'nfa',
      states: ['init', 'b'],
      start: ['init', 'b'],
      transitions: [],
    };
    expect(imported(withoutCdamComments(toJflap(spec)))).toMatchObject({
      states: ['init', 'b', 'init_2'],
      start: ['init_2'],
      transitions: [
        ['init_2', '', 'init'],
        ['init_2', '', 'b'],
      ],
    });
  });

  it('writes a multi-character symbol as one read, which cdam reads back as that symbol and JFLAP as a chain', () => {
    const spec: AutomatonSpec = {
      ...parity,
      alphabet: ['push', 'coin'],
      states: ['s'],
      start: ['s'],
      transitions: [['s', 'push', 's']],
    };
    const xml = toJflap(spec);
    expect(xml).toContain('<read>push</read>');
    expect(xml).toContain('<!--cdam:alphabet ["push","coin"]-->&#13;\n');
    expect(imported(xml)).toMatchObject({ alphabet: ['push', 'coin'], transitions: [['s', 'push', 's']] });
    const foreign = imported(withoutCdamComments(xml));
    expect(foreign.alphabet).toEqual(['h', 'p', 's', 'u']);
    expect(foreign.transitions.map((t) => t[1]).join('')).toBe('push');
  });

  it('records name, kind, alphabet, start, accept and network in comments before the states', () => {
    const xml = toJflap(parity);
    expect(xml).toContain(
      '<automaton>&#13;\n<!--cdam:name "Parity"-->&#13;\n<!--cdam:kind "dfa"-->&#13;\n<!--cdam:alphabet ["0","1"]-->&#13;\n' +
        '<!--cdam:start ["even"]-->&#13;\n<!--cdam:accept ["even"]-->&#13;\n<!--cdam:network {"neurons":64}-->&#13;\n' +
        '<!--The list of states and transitions.-->',
    );
    expect(toJflap({ ...parity, network: {} })).not.toContain('cdam:network');
  });

  it('keeps the comments well-formed XML whatever the names: `--` and `>` are JSON escapes', () => {
    const awkward = ['a--b', '--', '-', 'x->y', '<!--', '-->', ']]>', '\u0085\uffff', 'tab\t"q"'];
    const spec: AutomatonSpec = { ...parity, name: 'n--->', alphabet: awkward, transitions: [['even', '-->', 'odd']] };
    const xml = toJflap(spec);
    expect(xml).toContain('<!--cdam:name "n\\u002d\\u002d-\\u003e"-->');
    for (const comment of xml.matchAll(/<!--([\s\S]*?)-->/g)) {
      expect(comment[1]).not.toContain('--');
      expect(comment[1]).not.toMatch(/-$/);
    }
    expect(imported(xml)).toMatchObject({ name: 'n--->', alphabet: awkward, transitions: [['even', '-->', 'odd']] });
  });
});

/**
 * What spec -> jff -> spec gives for one-character symbols: JFLAP keeps no name, network or
 * unused symbols, and accepting states come back in state order.
 */
function afterJflap(spec: AutomatonSpec, name: string): AutomatonSpec {
  const used = [...new Set(spec.transitions.map((t) => t[1]).filter((s) => s !== ''))].sort();
  let { states, start, transitions } = spec;
  if (start.length > 1) {
    let init = 'init';
    for (let k = 2; states.includes(init); k++) init = `init_${k}`;
    states = [...states, init];
    transitions = [...transitions, ...start.map((s) => [init, '', s] as const)];
    start = [init];
  }
  const targets = new Map<string, string>();
  const deterministic =
    start.length === 1 &&
    transitions.every(([from, symbol, to]) => {
      const key = `${from}\u0000${symbol}`;
      const ok = symbol !== '' && (targets.get(key) ?? to) === to;
      targets.set(key, to);
      return ok;
    });
  return {
    name,
    kind: deterministic ? 'dfa' : 'nfa',
    alphabet: used,
    states,
    start,
    accept: states.filter((s) => spec.accept.includes(s)),
    transitions,
    network: {},
  };
}

describe('JFLAP round trip', () => {
  it('spec -> jff -> spec gives back the spec exactly, multi-character symbols included', () => {
    fc.assert(
      fc.property(arbAutomatonSpec(), (spec) => {
        expect(importJflap(toJflap(spec), { name: 'file name' })).toEqual({ kind: 'ok', spec });
      }),
      runs,
    );
  });

  it('jff -> spec -> jff is a fixed point', () => {
    fc.assert(
      fc.property(arbAutomatonSpec(), (spec) => {
        const xml = toJflap(spec);
        const back = importJflap(xml);
        expect(back.kind === 'ok' && toJflap(back.spec)).toBe(xml);
      }),
      runs,
    );
  });

  it('without the cdam comments, spec -> jff -> spec keeps states, start, accept and transitions for one-character symbols', () => {
    fc.assert(
      fc.property(arbAutomatonSpec({ symbol: arbCharacterSymbol }), (spec) => {
        expect(importJflap(withoutCdamComments(toJflap(spec)), { name: spec.name })).toEqual({
          kind: 'ok',
          spec: afterJflap(spec, spec.name),
        });
      }),
      runs,
    );
  });

  it('without the cdam comments, a dfa of one-character symbols stays a dfa', () => {
    fc.assert(
      fc.property(arbAutomatonSpec({ kind: 'dfa', symbol: arbCharacterSymbol }), (spec) => {
        const back = importJflap(withoutCdamComments(toJflap(spec)), { name: spec.name });
        expect(back.kind === 'ok' && back.spec.kind).toBe('dfa');
      }),
      runs,
    );
  });
});
