import { svgElements } from '@cdam/figures/testing';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { EPSILON_NFA, memoryIo, TURNSTILE, TWO_AUTOMATA, UNKNOWN_SYMBOL } from '../testing/index.js';
import { exportCommand } from './export.js';

const files = { 't.fsa': TURNSTILE, 'two.fsa': TWO_AUTOMATA, 'eps.fsa': EPSILON_NFA, 'bad.fsa': UNKNOWN_SYMBOL };

describe('cdam export', () => {
  it('writes the cdam-automaton JSON of the only automaton', async () => {
    const io = memoryIo(files);
    expect(await exportCommand('t.fsa', { format: 'json' }, io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toEqual({
      format: 'cdam-automaton',
      version: 1,
      name: 'Turnstile',
      kind: 'dfa',
      alphabet: ['coin', 'push'],
      states: ['locked', 'unlocked'],
      start: 'locked',
      accept: ['locked'],
      transitions: [
        ['locked', 'coin', 'unlocked'],
        ['locked', 'push', 'locked'],
        ['unlocked', 'push', 'locked'],
        ['unlocked', 'coin', 'unlocked'],
      ],
    });
  });

  it('round-trips through import', async () => {
    const io = memoryIo(files);
    expect(await runCli(['export', 't.fsa', '--format', 'json', '-o', 't.json'], io)).toBe(ExitCode.Ok);
    expect(await runCli(['import', 't.json'], io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toBe(TURNSTILE);
  });

  it('writes JFLAP XML', async () => {
    const io = memoryIo(files);
    expect(await exportCommand('t.fsa', { format: 'jff' }, io)).toBe(ExitCode.Ok);
    const out = io.stdout();
    expect(out).toMatch(/^<\?xml /);
    expect(out).toContain('<type>fa</type>');
    expect(out).toMatch(/<state id="0" name="locked">.*<initial\/>.*<final\/>/);
    expect(out).toContain('<read>coin</read>');
  });

  it('writes Graphviz DOT named after the automaton, epsilon as ε', async () => {
    const io = memoryIo(files);
    expect(await exportCommand('eps.fsa', { format: 'dot' }, io)).toBe(ExitCode.Ok);
    const out = io.stdout();
    expect(out.split('\n')[0]).toBe('digraph "a or ab" {');
    expect(out).toContain('[label="ε"]');
    expect(out.endsWith('}\n')).toBe(true);
  });

  it("writes a transducer's outputs into DOT: Mealy outputs on edges, Moore outputs on states", async () => {
    const io = memoryIo({
      'm.fsa':
        'mealy Parity {\n  alphabet one\n  outputs flip, flop\n  start even\n  even -> odd on one / flip\n  odd -> even on one / flop\n}\n',
      'o.fsa':
        'moore Lamp {\n  alphabet press\n  outputs dark, lit\n  start off\n  off -> lit_up on press\n  lit_up -> off on press\n  output off dark\n  output lit_up lit\n}\n',
    });
    expect(await exportCommand('m.fsa', { format: 'dot' }, io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toContain('-> s1 [label="one / flip"];');
    expect(io.stdout()).not.toContain('doublecircle');
    expect(await exportCommand('o.fsa', { format: 'dot' }, io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toContain('[label="lit_up / lit"];');
  });

  it('minimises a transducer as a transducer: states merged, outputs kept', async () => {
    const io = memoryIo({
      'm.fsa':
        'mealy Parity {\n  alphabet one\n  outputs flip\n  start a\n  a -> b on one / flip\n  b -> a on one / flip\n}\n',
    });
    expect(await exportCommand('m.fsa', { format: 'fsa', minimise: true }, io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toContain('mealy Parity {');
    expect(io.stdout()).toContain('a -> a on one / flip');
    expect(io.stdout()).not.toContain(' b ');
  });

  it('chooses an automaton by --automaton', async () => {
    const io = memoryIo(files);
    expect(await exportCommand('two.fsa', { format: 'json', automaton: 'EndsAb' }, io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toMatchObject({ name: 'EndsAb', kind: 'nfa', start: ['s'] });
  });

  it('lists the automata when the file has several and none is named', async () => {
    const io = memoryIo(files);
    expect(await exportCommand('two.fsa', { format: 'dot' }, io)).toBe(ExitCode.Errors);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toMatch(
      /^cdam: two\.fsa: file has 2 automata: .*Even.*EndsAb.*; choose one with --automaton NAME\n$/,
    );
  });

  it('suggests a name for a misspelt --automaton', async () => {
    const io = memoryIo(files);
    expect(await exportCommand('two.fsa', { format: 'json', automaton: 'Evn' }, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toMatch(/^cdam: two\.fsa: no automaton named 'Evn'; did you mean 'Even'\?\n$/);
  });

  it('exports a sequence as cdam-sequence JSON with --sequence', async () => {
    const io = memoryIo(files);
    expect(await exportCommand('two.fsa', { format: 'json', sequence: 'Walk' }, io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toEqual({
      format: 'cdam-sequence',
      version: 1,
      name: 'Walk',
      items: ['A', 'B', 'A', 'C'],
      loop: true,
      dwell: [1, 1, 2, 1],
    });
  });

  it('exports the only sequence of a file without automata, with no flag', async () => {
    const io = memoryIo({ 's.fsa': 'sequence S {\n  items A, B\n}\n' });
    expect(await exportCommand('s.fsa', { format: 'json' }, io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toMatchObject({ format: 'cdam-sequence', name: 'S' });
  });

  it('refuses a sequence in a format other than json', async () => {
    const io = memoryIo(files);
    expect(await exportCommand('two.fsa', { format: 'dot', sequence: 'Walk' }, io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toBe("cdam: a sequence can only be exported as json, not 'dot' (see 'cdam export --help')\n");
  });

  it('refuses --automaton with --sequence', async () => {
    const io = memoryIo(files);
    expect(await exportCommand('two.fsa', { format: 'json', automaton: 'Even', sequence: 'Walk' }, io)).toBe(
      ExitCode.Usage,
    );
  });

  it('prints the diagnostics of a file with errors and exits 1', async () => {
    const io = memoryIo(files);
    expect(await exportCommand('bad.fsa', { format: 'json' }, io)).toBe(ExitCode.Errors);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toMatch(/^bad\.fsa:5:25: error\[FSA203\]: symbol 'push' is not in the alphabet/);
  });

  it('names a missing file', async () => {
    const io = memoryIo(files);
    expect(await exportCommand('none.fsa', { format: 'json' }, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toBe("cdam: cannot read 'none.fsa': no such file or directory\n");
  });

  it('rejects a wrong --format value with exit 2', async () => {
    const io = memoryIo(files);
    expect(await runCli(['export', 't.fsa', '--format', 'png'], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toBe(
      "cdam: option '--format' must be one of fsa, json, jff, dot, svg, onnx, npz, got 'png' (see 'cdam export --help')\n",
    );
  });

  it('writes to -o', async () => {
    const io = memoryIo(files);
    expect(await runCli(['export', 't.fsa', '--format', 'dot', '-o', 't.dot'], io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toBe('');
    expect(io.files.get('t.dot')).toMatch(/^digraph "Turnstile" \{/);
  });

  it('draws the automaton as SVG: states, accepting double circles, a start arrow, parallel edges merged', async () => {
    const source = 'dfa D {\n  alphabet a, b\n  start q0\n  accept q1\n  q0 -> q1 on a, b\n  q1 -> q1 on a\n}\n';
    const io = memoryIo({ 'd.fsa': source });
    expect(await runCli(['export', 'd.fsa', '--format', 'svg', '-o', 'd.svg'], io)).toBe(ExitCode.Ok);
    const svg = io.files.get('d.svg')!;
    const elements = svgElements(svg);
    expect(elements[0]!.tag).toBe('svg');
    // Group the elements by the Graphviz <g class="node|edge"> they belong to.
    const groups: { kind: string; items: typeof elements }[] = [];
    for (const e of elements) {
      if (e.tag === 'g' && (e.attributes.class === 'node' || e.attributes.class === 'edge')) {
        groups.push({ kind: e.attributes.class, items: [] });
      } else groups.at(-1)?.items.push(e);
    }
    const states = groups
      .filter((g) => g.kind === 'node' && g.items.some((e) => e.tag === 'text'))
      .map((g) => ({
        label: g.items.find((e) => e.tag === 'text')!.text,
        circles: g.items.filter((e) => e.tag === 'ellipse').length,
      }));
    expect(states).toEqual([
      { label: 'q0', circles: 1 },
      { label: 'q1', circles: 2 },
    ]);
    const edges = groups
      .filter((g) => g.kind === 'edge')
      .map((g) => ({
        title: g.items.find((e) => e.tag === 'title')!.text,
        label: g.items.find((e) => e.tag === 'text')?.text ?? '',
        arrow: g.items.some((e) => e.tag === 'polygon'),
      }));
    expect(edges).toEqual([
      { title: 'start0->s0', label: '', arrow: true },
      { title: 's0->s1', label: 'a, b', arrow: true },
      { title: 's1->s1', label: 'a', arrow: true },
    ]);
  });
});
