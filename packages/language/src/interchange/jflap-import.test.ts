import { describe, expect, it } from 'vitest';
import type { AutomatonSpec } from '../spec.js';
import { paritySpec } from '../testing/spec-fixtures.js';
import { importErrors, importedSpec } from '../testing/import-results.js';
import { toJflap } from './jflap-export.js';
import { importJflap } from './jflap-import.js';

/** As JFLAP 7.1 writes it, CR-LF artefacts and comments included. */
const JFLAP7 = `<?xml version="1.0" encoding="UTF-8" standalone="no"?><!--Created with JFLAP 7.1.--><structure>&#13;
\t<type>fa</type>&#13;
\t<automaton>&#13;
\t\t<!--The list of states.-->&#13;
\t\t<state id="0" name="q0">&#13;
\t\t\t<x>84.0</x>&#13;
\t\t\t<y>136.0</y>&#13;
\t\t\t<initial/>&#13;
\t\t</state>&#13;
\t\t<state id="1" name="q1">&#13;
\t\t\t<x>219.0</x>&#13;
\t\t\t<y>135.0</y>&#13;
\t\t\t<final/>&#13;
\t\t</state>&#13;
\t\t<!--The list of transitions.-->&#13;
\t\t<transition>&#13;
\t\t\t<from>0</from>&#13;
\t\t\t<to>1</to>&#13;
\t\t\t<read>b</read>&#13;
\t\t</transition>&#13;
\t\t<transition>&#13;
\t\t\t<from>1</from>&#13;
\t\t\t<to>1</to>&#13;
\t\t\t<read>a</read>&#13;
\t\t</transition>&#13;
\t</automaton>&#13;
</structure>`;

/** States and transitions directly under <structure>, no names (older JFLAP versions). */
const state = (id: string, extra = '', name?: string) =>
  `<state id="${id}"${name === undefined ? '' : ` name="${name}"`}><x>0</x><y>0</y>${extra}</state>`;
const transition = (from: string, to: string, read?: string) =>
  `<transition><from>${from}</from><to>${to}</to>${read === undefined ? '' : read === '' ? '<read/>' : `<read>${read}</read>`}</transition>`;
const jff = (...parts: string[]) => `<?xml version="1.0"?><structure><type>fa</type>${parts.join('')}</structure>`;

const imported = (text: string): AutomatonSpec => importedSpec(importJflap(text, { name: 'T' }));
const errorsOf = (text: string): string[] => importErrors(importJflap(text));

const parity: AutomatonSpec = { ...paritySpec, network: { neurons: 64 } };

describe('importJflap', () => {
  it('reads a file as JFLAP 7 writes it', () => {
    expect(importJflap(JFLAP7, { name: 'Ends' })).toEqual({
      kind: 'ok',
      spec: {
        name: 'Ends',
        kind: 'dfa',
        alphabet: ['a', 'b'],
        states: ['q0', 'q1'],
        start: ['q0'],
        accept: ['q1'],
        transitions: [
          ['q0', 'b', 'q1'],
          ['q1', 'a', 'q1'],
        ],
        network: {},
      },
    });
  });

  it('finds states and transitions without <automaton> or inside other wrappers, and names states by id when unnamed', () => {
    const spec = imported(
      jff(
        `<states>${state('7', '<initial/>')}${state('9', '<final/>')}</states>`,
        `<list>${transition('7', '9', 'x')}</list>`,
      ),
    );
    expect(spec.states).toEqual(['7', '9']);
    expect(spec.transitions).toEqual([['7', 'x', '9']]);
  });

  it('falls back to ids when names collide, and keeps the result unique', () => {
    const spec = imported(
      jff(state('0', '<initial/>', 'q'), state('1', '', 'q'), state('2', '', '0'), state('3', '', '')),
    );
    // '0' is state 2's own name, so state 0 (whose name collides) becomes '0_2'; state 3 has an empty name.
    expect(spec.states).toEqual(['0_2', '1', '0', '3']);
    expect(spec.start).toEqual(['0_2']);
  });

  it('reads an empty or missing <read> as epsilon and then makes an nfa', () => {
    const spec = imported(
      jff(state('0', '<initial/>', 'p'), state('1', '<final/>', 'r'), transition('0', '1', ''), transition('1', '0')),
    );
    expect(spec.kind).toBe('nfa');
    expect(spec.alphabet).toEqual([]);
    expect(spec.transitions).toEqual([
      ['p', '', 'r'],
      ['r', '', 'p'],
    ]);
  });

  it('turns a multi-character read into a chain through fresh states that cannot collide', () => {
    const spec = imported(
      jff(
        state('0', '<initial/>', 'q3'),
        state('1', '<final/>', 'q4'),
        state('2', '', 'q3_ab😀_1'),
        transition('0', '1', 'ab😀'),
      ),
    );
    expect(spec.states).toEqual(['q3', 'q4', 'q3_ab😀_1', 'q3_ab😀_1_2', 'q3_ab😀_2']);
    expect(spec.transitions).toEqual([
      ['q3', 'a', 'q3_ab😀_1_2'],
      ['q3_ab😀_1_2', 'b', 'q3_ab😀_2'],
      ['q3_ab😀_2', '😀', 'q4'],
    ]);
    expect(spec.alphabet).toEqual(['a', 'b', '😀']);
    expect(spec.kind).toBe('dfa');
  });

  it('makes an nfa on nondeterminism or several initial states, and sorts the alphabet', () => {
    const nondeterministic = imported(
      jff(
        state('0', '<initial/>'),
        state('1'),
        transition('0', '1', 'z'),
        transition('0', '0', 'z'),
        transition('0', '0', 'c'),
      ),
    );
    expect(nondeterministic.kind).toBe('nfa');
    expect(nondeterministic.alphabet).toEqual(['c', 'z']);
    const twoStarts = imported(jff(state('0', '<initial/>'), state('1', '<initial/><final/>')));
    expect(twoStarts).toMatchObject({ kind: 'nfa', start: ['0', '1'], accept: ['1'] });
  });

  it('decodes entities, character references and CDATA', () => {
    const spec = imported(
      jff(
        state('0', '<initial/>', 'a&amp;b &lt;&quot;c&quot;&gt; &#233;&#x1F600;'),
        `<transition><from>0</from><to>0</to><read><![CDATA[&]]></read></transition>`,
      ),
    );
    expect(spec.states).toEqual(['a&b <"c"> é😀']);
    expect(spec.alphabet).toEqual(['&']);
  });

  it('rejects other JFLAP types and transitions of other machines as unsupported (FSA302)', () => {
    expect(errorsOf('<structure><type>turing</type><automaton/></structure>')).toEqual([
      "FSA302 JFLAP type 'turing' is not supported; only finite automata (type 'fa') and Mealy and Moore machines can be imported",
    ]);
    expect(
      errorsOf(
        '<structure><state id="0"><initial/></state><transition><from>0</from><to>0</to><read>a</read><pop>Z</pop></transition></structure>',
      ),
    ).toEqual(["FSA302 transition 1 has <pop>, which finite automata do not have; only type 'fa' is supported"]);
  });

  it('reports files it cannot read as invalid (FSA301)', () => {
    expect(errorsOf(jff(state('0')))).toEqual(['FSA301 the automaton has no initial state']);
    expect(errorsOf(jff())).toEqual(['FSA301 the automaton has no states']);
    expect(errorsOf('<root/>')).toEqual(['FSA301 not a JFLAP file: there is no <structure> element']);
    expect(
      errorsOf(
        jff(state('0', '<initial/>'), '<transition><from>0</from><to>0</to><read>a</read><read>b</read></transition>'),
      ),
    ).toEqual(['FSA301 transition 1 has 2 <read> elements; a finite automaton reads one string']);
    expect(
      errorsOf(jff(state('0', '<initial/>'), '<transition><from>0</from><to>0</to><read><b>x</b></read></transition>')),
    ).toEqual(['FSA301 transition 1: <read> contains markup, not a string']);
    expect(
      errorsOf(jff(state('0', '<initial/>'), transition('0', '5', 'a'), '<transition><to>0</to></transition>')),
    ).toEqual(["FSA301 transition 1: <to> names unknown state id '5'", 'FSA301 transition 2 has no <from>']);
    expect(errorsOf(jff(state('0', '<initial/>'), state('0'), '<state name="x"/>'))).toEqual([
      "FSA301 state id '0' is used twice",
      'FSA301 state 3 has no id',
    ]);
  });

  it('reports malformed XML with its line and column', () => {
    const result = importJflap('<structure>\n  <type>fa</type>\n  <state id="0"></automaton>\n</structure>');
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.diagnostics[0].code).toBe('FSA301');
    expect(result.diagnostics[0].message).toMatch(/^malformed XML at line 3, column \d+: /);
    expect(result.diagnostics[0].span.start.line).toBe(3);
    expect(errorsOf('')[0]).toMatch(/^FSA301 malformed XML/);
  });

  it('does not count a leading byte order mark as a column of malformed XML', () => {
    const broken = '<structure><type>fa</type></automaton></structure>';
    expect(errorsOf(`\uFEFF${broken}`)).toEqual(errorsOf(broken));
    const result = importJflap(`\uFEFF${broken}`);
    expect(result.kind === 'error' && result.diagnostics[0].span.start).toEqual({ offset: 27, line: 1, column: 27 });
    expect(errorsOf(`\uFEFF\uFEFF${broken}`)).toEqual(errorsOf(broken));
    const twice = importJflap(`\uFEFF\uFEFF${broken}`);
    expect(twice.kind === 'error' && twice.diagnostics[0].span.start).toEqual({ offset: 28, line: 1, column: 27 });
  });
});

describe('importJflap: where problems are', () => {
  /** Each diagnostic as `line:column message`, the place the caret of `cdam import` points at. */
  const placed = (text: string): string[] => {
    const result = importJflap(text);
    if (result.kind !== 'error') return [];
    return result.diagnostics.map((d) => `${d.span.start.line}:${d.span.start.column} ${d.message}`);
  };

  it('points at the element at fault, CR-LF line ends and a leading blank line included', () => {
    const text = [
      '',
      '<structure>',
      '  <type>fa</type>',
      '  <automaton>',
      '    <state id="0" name="A"><initial/></state>',
      '    <state id="0" name="B"/>',
      '    <transition><from>0</from>',
      '      <to>7</to><read>x</read></transition>',
      '    <transition><to>0</to><read>x</read><write>y</write></transition>',
      '  </automaton>',
      '</structure>',
    ].join('\r\n');
    expect(placed(text)).toEqual([
      "6:5 state id '0' is used twice",
      "8:7 transition 1: <to> names unknown state id '7'",
      '9:5 transition 2 has no <from>',
      "9:41 transition 2 has <write>, which finite automata do not have; only type 'fa' is supported",
    ]);
    const result = importJflap(text);
    const span = result.kind === 'error' ? result.diagnostics[0].span : undefined;
    expect(span && text.slice(span.start.offset, span.end.offset)).toBe('<state');
    expect(placed('<structure>\n<type>pda</type></structure>')).toEqual([
      "2:1 JFLAP type 'pda' is not supported; only finite automata (type 'fa') and Mealy and Moore machines can be imported",
    ]);
  });

  it('never expands an entity from a DOCTYPE, and says so where it is used or declared', () => {
    const internal = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE structure [ <!ENTITY b "bbbb"> ]>',
      '<structure><type>fa</type>',
      '<state id="0" name="q"><initial/><final/></state>',
      '<transition><from>0</from><to>0</to><read>&b;</read></transition>',
      '</structure>',
    ].join('\n');
    expect(placed(internal)).toEqual(["5:37 entity reference '&b;': cdam does not expand XML entities"]);
    const external = internal.replace('<!ENTITY b "bbbb">', '<!ENTITY b SYSTEM "file:///etc/passwd">');
    expect(placed(external)).toEqual(['2:23 the DOCTYPE declares an entity: cdam does not expand XML entities']);
    // the five predefined entities and character references are text, as before
    expect(imported(jff(state('0', '<initial/>', 'a&amp;b;'), transition('0', '0', '&lt;')))).toMatchObject({
      states: ['a&b;'],
      alphabet: ['<'],
    });
  });
});

describe('importJflap: cdam comments', () => {
  const body = (...comments: string[]) =>
    jff(
      ...comments,
      state('0', '<initial/>', 'p'),
      state('1', '<final/>', 'q'),
      transition('0', '1', 'coin'),
      transition('1', '1', 'x'),
    );

  it('reads a listed multi-character read as one symbol; other reads keep their JFLAP meaning', () => {
    const spec = imported(body('<!--cdam:alphabet ["coin","unused"]-->'));
    expect(spec.alphabet).toEqual(['coin', 'unused', 'x']);
    expect(spec.transitions).toEqual([
      ['p', 'coin', 'q'],
      ['q', 'x', 'q'],
    ]);
    const chain = imported(body('<!--cdam:alphabet ["co","in"]-->'));
    expect(chain.transitions.map((t) => t[1])).toEqual(['c', 'o', 'i', 'n', 'x']);
    expect(chain.alphabet).toEqual(['co', 'in', 'c', 'i', 'n', 'o', 'x']);
  });

  it('ignores comments that are malformed, repeated, of the wrong type, or inside CDATA', () => {
    const chains = (...comments: string[]) => imported(body(...comments)).transitions.length;
    expect(chains()).toBe(5);
    expect(chains('<!--cdam:alphabet ["coin",]-->')).toBe(5);
    expect(chains('<!--cdam:alphabet "coin"-->')).toBe(5);
    expect(chains('<!--cdam:alphabet ["coin","coin"]-->')).toBe(5);
    expect(chains('<!--cdam:alphabet ["coin",""]-->')).toBe(5);
    expect(chains('<!--cdam:alphabet ["coin"]--><!--cdam:alphabet ["coin"]-->')).toBe(5);
    expect(chains('<list><![CDATA[<!--cdam:alphabet ["coin"]-->]]></list>')).toBe(5);
    expect(chains('<?note <!--cdam:alphabet ["coin"]-->?>')).toBe(5);
    expect(chains('<!-- cdam:alphabet ["coin"] -->')).toBe(2);
  });

  it('takes the name from cdam:name over the given one, and the network when it is valid', () => {
    expect(imported(body('<!--cdam:name "Turnstile"-->')).name).toBe('Turnstile');
    expect(imported(body('<!--cdam:name ""-->')).name).toBe('T');
    expect(imported(body('<!--cdam:network {"neurons":512,"encoding":"uniform"}-->')).network).toEqual({
      neurons: 512,
      encoding: 'uniform',
    });
    expect(imported(body('<!--cdam:network {"neurons":1}-->')).network).toEqual({});
  });

  it('keeps an nfa an nfa, but never calls a nondeterministic automaton a dfa', () => {
    expect(imported(body()).kind).toBe('dfa');
    expect(imported(body('<!--cdam:kind "nfa"-->')).kind).toBe('nfa');
    const twoTargets = jff(
      '<!--cdam:kind "dfa"-->',
      state('0', '<initial/>'),
      state('1'),
      transition('0', '0', 'a'),
      transition('0', '1', 'a'),
    );
    expect(imported(twoTargets).kind).toBe('nfa');
  });

  it('restores the order of start and accepting states', () => {
    const spec = imported(
      jff(
        '<!--cdam:start ["b","a"]--><!--cdam:accept ["b","a"]-->',
        state('0', '<initial/><final/>', 'a'),
        state('1', '<initial/><final/>', 'b'),
      ),
    );
    expect(spec).toMatchObject({ start: ['b', 'a'], accept: ['b', 'a'] });
    expect(imported(jff('<!--cdam:accept ["b"]-->', state('0', '<initial/><final/>', 'a'))).accept).toEqual(['a']);
  });

  it('removes the initial state added for several start states only when it is exactly that', () => {
    const spec: AutomatonSpec = {
      ...parity,
      kind: 'nfa',
      states: ['init', 'b'],
      start: ['b', 'init'],
      transitions: [['b', '', 'init']],
    };
    const xml = toJflap(spec);
    const { stateSpans: _spans, ...expected } = { ...spec, stateSpans: undefined };
    expect(imported(xml)).toEqual({ ...expected, accept: [] });
    // Edited since: a transition into the added state, or one more move out of it, keeps it.
    const into = xml.replace('</automaton>', `${transition('0', '2', 'a')}</automaton>`);
    expect(imported(into)).toMatchObject({ states: ['init', 'b', 'init_2'], start: ['init_2'] });
    const more = xml.replace('</automaton>', `${transition('2', '0', '')}</automaton>`);
    expect(imported(more)).toMatchObject({ states: ['init', 'b', 'init_2'], start: ['init_2'] });
  });
});
