import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo } from '../testing/index.js';
import { importCommand } from './import.js';

const AUTOMATON_JSON = JSON.stringify({
  format: 'cdam-automaton',
  version: 1,
  name: 'Parity',
  kind: 'dfa',
  alphabet: ['0', '1'],
  states: ['even', 'odd'],
  start: 'even',
  accept: ['even'],
  transitions: [
    ['even', '1', 'odd'],
    ['odd', '1', 'even'],
    ['even', '0', 'even'],
    ['odd', '0', 'odd'],
  ],
});

const PARITY_FSA = `dfa Parity {
  alphabet 0, 1
  states even, odd
  start even
  accept even
  even -> odd on 1
  even -> even on 0
  odd -> even on 1
  odd -> odd on 0
}
`;

const SEQUENCE_JSON = JSON.stringify({
  format: 'cdam-sequence',
  version: 1,
  name: 'Walk',
  items: ['A', 'B'],
  loop: true,
});

const JFLAP = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<structure>
  <type>fa</type>
  <automaton>
    <state id="0" name="q0"><x>0</x><y>0</y><initial/></state>
    <state id="1" name="q1"><x>1</x><y>0</y><final/></state>
    <transition><from>0</from><to>1</to><read>a</read></transition>
    <transition><from>1</from><to>1</to><read>b</read></transition>
  </automaton>
</structure>
`;

describe('cdam import', () => {
  it('turns a cdam-automaton JSON document into .fsa text on stdout', async () => {
    const io = memoryIo({ 'parity.json': AUTOMATON_JSON });
    expect(await importCommand('parity.json', {}, io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toBe(PARITY_FSA);
    expect(io.stderr()).toBe('');
  });

  it('keeps JSON examples as a test block, in either shape', async () => {
    const withExamples = (examples: unknown) => JSON.stringify({ ...JSON.parse(AUTOMATON_JSON), examples });
    const expected = `${PARITY_FSA}\ntest ParityExamples on Parity {\n  accept "", "1 1"\n  reject "0 1"\n}\n`;
    for (const examples of [
      { accept: [[], '1 1'], reject: [['0', '1']] },
      [
        { word: '', accept: true },
        { input: ['1', '1'], expected: 'accept' },
        { word: '0 1', accepted: false },
        { word: 7, accept: true },
      ],
    ]) {
      const io = memoryIo({ 'parity.json': withExamples(examples) });
      expect(await importCommand('parity.json', {}, io)).toBe(ExitCode.Ok);
      expect(io.stdout()).toBe(expected);
    }
  });

  it('imports a JFLAP regular expression as a regex (+ is union, ! the empty word)', async () => {
    const jff = (expression: string) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><structure><type>re</type><expression>${expression}</expression></structure>`;
    const io = memoryIo({ 'abb.jff': jff('(a+b)*abb'), 'opt.jff': jff('!+a(b+1)*'), 'bad.jff': jff('(a+b') });
    expect(await importCommand('abb.jff', {}, io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toBe('regex abb = (a | b)* a b b\n');
    const opt = memoryIo({ 'opt.jff': jff('!+a(b+1)*') });
    expect(await importCommand('opt.jff', {}, opt)).toBe(ExitCode.Ok);
    expect(opt.stdout()).toBe('regex opt = "" | a (b | 1)*\n');
    const bad = memoryIo({ 'bad.jff': jff('(a+b') });
    expect(await importCommand('bad.jff', {}, bad)).toBe(ExitCode.Errors);
    expect(bad.stderr()).toContain("error[FSA301]: the JFLAP regular expression '(a+b' is not well formed");
    const equiv = memoryIo({ 'abb.jff': jff('(a+b)*abb'), 'r.fsa': 'regex abb = (a|b)* a b b\n' });
    expect(await runCli(['equiv', 'abb.jff', 'r.fsa'], equiv)).toBe(ExitCode.Ok);
  });

  it('writes to -o instead of stdout', async () => {
    const io = memoryIo({ 'parity.json': AUTOMATON_JSON });
    expect(await runCli(['import', 'parity.json', '-o', 'parity.fsa'], io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toBe('');
    expect(io.files.get('parity.fsa')).toBe(PARITY_FSA);
  });

  it('imports a cdam-sequence document', async () => {
    const io = memoryIo({ 'walk.json': SEQUENCE_JSON });
    expect(await importCommand('walk.json', {}, io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toMatch(/^sequence Walk \{\n {2}items A, B\n {2}loop\n\}\n$/);
  });

  it('imports a JFLAP file, named after the file', async () => {
    const io = memoryIo({ 'machine.jff': JFLAP });
    expect(await importCommand('machine.jff', {}, io)).toBe(ExitCode.Ok);
    const out = io.stdout();
    expect(out).toMatch(/^(dfa|nfa) machine \{$/m);
    expect(out).toContain('q0 -> q1 on a');
    expect(out).toContain('q1 -> q1 on b');
    expect(out.split('\n')[0]).toBe("// Imported from the JFLAP file 'machine.jff'.");
  });

  it('groups the transitions of a JFLAP file by source state, whatever their order in the file', async () => {
    const state = (id: number, extra = '') => `<state id="${id}" name="q${id}">${extra}</state>`;
    const move = (from: number, to: number, read: string) =>
      `<transition><from>${from}</from><to>${to}</to><read>${read}</read></transition>`;
    const jff = `<structure><type>fa</type><automaton>${state(0, '<initial/>')}${state(1)}${state(2, '<final/>')}
      ${move(0, 1, 'a')}${move(1, 2, 'b')}${move(0, 2, 'b')}${move(2, 0, 'a')}${move(1, 0, 'a')}${move(0, 0, 'c')}
      </automaton></structure>`;
    const io = memoryIo({ 'scrambled.jff': jff });
    expect(await importCommand('scrambled.jff', {}, io)).toBe(ExitCode.Ok);
    const transitions = io
      .stdout()
      .split('\n')
      .filter((l) => l.includes('->'));
    expect(transitions).toEqual([
      '  q0 -> q1 on a',
      '  q0 -> q2 on b',
      '  q0 -> q0 on c',
      '  q1 -> q2 on b',
      '  q1 -> q0 on a',
      '  q2 -> q0 on a',
    ]);
    // the comment and the grouping are already the canonical layout
    const formatted = memoryIo({ 'out.fsa': io.stdout() });
    expect(await runCli(['fmt', 'out.fsa'], formatted)).toBe(ExitCode.Ok);
    expect(formatted.stdout()).toBe(io.stdout());
  });

  it('prints diagnostics and exits 1 for an invalid document', async () => {
    const io = memoryIo({ 'bad.json': '{"format": "cdam-automaton", "version": 1, "name": "X"}' });
    expect(await importCommand('bad.json', {}, io)).toBe(ExitCode.Errors);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toMatch(/^bad\.json:1:1: error\[FSA301\]: /);
  });

  it('prints a diagnostic for unsupported JFLAP content', async () => {
    const io = memoryIo({ 'tm.jff': '<structure><type>turing</type></structure>' });
    expect(await importCommand('tm.jff', {}, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toMatch(/^tm\.jff:1:12: error\[FSA302\]: JFLAP type 'turing' is not supported/);
  });

  it('names a missing file', async () => {
    const io = memoryIo();
    expect(await importCommand('gone.jff', {}, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toBe("cdam: cannot read 'gone.jff': no such file or directory\n");
  });
});

describe('import of an automaton that reads no symbol', () => {
  it('is FSA302, not a .fsa file that fails cdam check, whether JFLAP or JSON', async () => {
    const jflap = '<structure><type>fa</type><state id="0" name="q"><initial/><final/></state></structure>';
    const json = JSON.stringify({ ...JSON.parse(AUTOMATON_JSON), alphabet: [], transitions: [] });
    const io = memoryIo({ 'only-empty-word.jff': jflap, 'empty.json': json });
    expect(await runCli(['import', 'only-empty-word.jff', '-o', 'out.fsa'], io)).toBe(ExitCode.Errors);
    expect(await runCli(['import', 'empty.json'], io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toContain(
      "only-empty-word.jff:1:1: error[FSA302]: automaton 'only-empty-word' reads no symbol, and a .fsa automaton needs at least one in its alphabet",
    );
    expect(io.stderr()).toContain('help: add a transition that reads a symbol in JFLAP');
    expect(io.stderr()).toContain("empty.json:1:1: error[FSA302]: automaton 'Parity' reads no symbol");
    expect(io.writes).toEqual([]);
    expect(io.stdout()).toBe('');
  });
});
