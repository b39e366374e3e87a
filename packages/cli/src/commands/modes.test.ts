import { svgElements } from '@cdam/figures/testing';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo, TURNSTILE } from '../testing/index.js';

const WALK = `sequence Walk {
  items A, B, A, C
  loop
}
`;

interface JsonModes {
  graph: string;
  vertices: number;
  neurons: number;
  rows: { a: number; h: number; correlationByDistance: number[]; mode: string; range: number | null }[];
}

describe('cdam modes', () => {
  it('reproduces the ordering of the four modes on a small cycle', async () => {
    const io = memoryIo();
    const steps = ['--a', '1,0.5,0,-0.5,-1,-2'];
    expect(await runCli(['modes', '--graph', 'cycle:12', '--neurons', '400', ...steps, '--json'], io)).toBe(
      ExitCode.Ok,
    );
    const result = JSON.parse(io.stdout()) as JsonModes;
    expect(result).toMatchObject({ graph: 'cycle:12', vertices: 12, neurons: 400 });
    expect(result.rows.map((r) => r.a)).toEqual([1, 0.5, 0, -0.5, -1, -2]);
    const row = (a: number) => result.rows.find((r) => r.a === a);
    expect(row(1)?.mode).toBe('auto-association');
    expect(row(0.5)?.mode).toBe('narrow hetero-association');
    expect(row(-0.5)?.mode).toBe('wide hetero-association');
    expect(row(0.5)?.correlationByDistance[1]).toBeGreaterThan(0.2);
    const widths = result.rows.map((r) => (r.range === null ? Infinity : r.range));
    widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(widths[Math.max(0, i - 1)]));
  });

  it('shows all four modes that its help announces with the defaults', async () => {
    const help = memoryIo();
    await runCli(['modes', '--help'], help);
    const modes = ['auto-association', 'narrow hetero-association', 'wide hetero-association', 'neutral quiescence'];
    for (const mode of modes) expect(help.stdout().replace(/\s+/g, ' ')).toContain(mode);
    const io = memoryIo();
    expect(await runCli(['modes', '--json'], io)).toBe(ExitCode.Ok);
    const result = JSON.parse(io.stdout()) as JsonModes;
    expect(result).toMatchObject({ graph: 'cycle:30', neurons: 1000 });
    expect(new Set(result.rows.map((r) => r.mode))).toEqual(new Set(modes));
  });

  it('refuses an experiment too large to run, naming the size that fits, before doing any work', async () => {
    const io = memoryIo();
    expect(await runCli(['modes', '--graph', 'cycle:2000', '--neurons', '100000'], io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toMatch(
      /^cdam: the range-of-recall experiment on 'cycle:2000' needs 100000 neurons .*use at most 4194 neurons or a smaller graph\n$/,
    );
    expect(io.stdout()).toBe('');
  });

  it('prints a table in text', async () => {
    const io = memoryIo();
    expect(await runCli(['modes', '--graph', 'path:5', '--neurons', '100', '--a', '1, 0.5'], io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toMatch(/^range of recall on path:5 \(5 patterns, 4 edges\): n = 100, beta = 1, eta = 0\.1/);
    expect(io.stdout()).toMatch(/^\s*a\s+h\s+mode\s+range\s+d=0\s+d=1\s+d=2\s+d=3\s+d=4$/m);
    expect(io.stdout()).toMatch(/^\s*1\s+0\s+auto-association\s+0\s+0\.\d{3}\s/m);
  });

  it('prints a and the derived h = 1 - a readably in text, and exactly in JSON', async () => {
    const args = ['modes', '--graph', 'path:3', '--neurons', '100', '--a', '1.0000001, 0.3'];
    const text = memoryIo();
    expect(await runCli(args, text)).toBe(ExitCode.Ok);
    expect(text.stdout()).not.toMatch(/0000000|e-7\d/);
    expect(text.stdout()).toMatch(/^\s*1\s+-1e-7\s/m);
    expect(text.stdout()).toMatch(/^\s*0\.3\s+0\.7\s/m);
    const json = memoryIo();
    expect(await runCli([...args, '--json'], json)).toBe(ExitCode.Ok);
    expect((JSON.parse(json.stdout()) as JsonModes).rows.map((r) => [r.a, r.h])).toEqual([
      [1.0000001, 1 - 1.0000001],
      [0.3, 1 - 0.3],
    ]);
  });

  it('runs on the karate club and on the memory graph of a .fsa file', async () => {
    const karate = memoryIo();
    await runCli(['modes', '--graph', 'karate', '--neurons', '200', '--a', '1', '--json'], karate);
    expect((JSON.parse(karate.stdout()) as JsonModes).vertices).toBe(34);
    const file = memoryIo({ 'walk.fsa': WALK, 't.fsa': TURNSTILE });
    await runCli(['modes', '--graph', 'walk.fsa', '--neurons', '100', '--a', '1', '--json'], file);
    expect(JSON.parse(file.stdout()) as JsonModes).toMatchObject({ graph: 'Walk', vertices: 4 });
    const automaton = memoryIo({ 't.fsa': TURNSTILE });
    await runCli(['modes', '--graph', 't.fsa', '--neurons', '100', '--a', '1', '--json'], automaton);
    expect(JSON.parse(automaton.stdout()) as JsonModes).toMatchObject({ graph: 'Turnstile', vertices: 6 });
  });

  it('refuses a graph it does not know and a bad list of strengths', async () => {
    const io = memoryIo();
    expect(await runCli(['modes', '--graph', 'star:5'], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toContain("option '--graph' must be cycle:N, path:N, karate or a .fsa file, got 'star:5'");
    const list = memoryIo();
    expect(await runCli(['modes', '--a', '1,,0'], list)).toBe(ExitCode.Usage);
    const missing = memoryIo();
    expect(await runCli(['modes', '--graph', 'none.fsa'], missing)).toBe(ExitCode.Errors);
  });

  it('refuses --automaton or --sequence with a built-in graph, and both at once', async () => {
    const builtIn = memoryIo();
    expect(await runCli(['modes', '--graph', 'cycle:5', '--automaton', 'Turnstile'], builtIn)).toBe(ExitCode.Usage);
    expect(builtIn.stderr()).toMatch(
      /^cdam: option '--automaton' picks the automaton or sequence of a \.fsa graph, but the graph is the built-in 'cycle:5'; give --graph FILE\.fsa, or leave --automaton out/,
    );
    const karate = memoryIo();
    expect(await runCli(['modes', '--graph', 'karate', '--sequence', 'Walk'], karate)).toBe(ExitCode.Usage);
    expect(karate.stderr()).toContain("the built-in 'karate'");
    const both = memoryIo({ 't.fsa': TURNSTILE });
    const args = ['modes', '--graph', 't.fsa', '--automaton', 'Turnstile', '--sequence', 'Walk'];
    expect(await runCli(args, both)).toBe(ExitCode.Usage);
    expect(both.stderr()).toContain("options '--automaton' and '--sequence' cannot be used together");
  });

  it('chooses from a .fsa file as cdam compile does, naming the flag when it must ask', async () => {
    const twoSequences = `${WALK}sequence Run {\n  items X, Y\n}\n`;
    const io = memoryIo({ 'two.fsa': twoSequences });
    expect(await runCli(['modes', '--graph', 'two.fsa', '--neurons', '50', '--a', '1'], io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toMatch(/file has 2 sequences: Walk, Run; choose one with --sequence NAME/);
    const mixed = memoryIo({ 'm.fsa': `${TURNSTILE}\n${WALK}` });
    expect(await runCli(['modes', '--graph', 'm.fsa', '--neurons', '50', '--a', '1', '--json'], mixed)).toBe(
      ExitCode.Ok,
    );
    expect(JSON.parse(mixed.stdout()) as JsonModes).toMatchObject({ graph: 'Turnstile' });
  });

  it('draws one line per a and the graph coloured per a', async () => {
    const io = memoryIo();
    const args = [
      'modes',
      '--graph',
      'cycle:6',
      '--neurons',
      '64',
      '--a',
      '1,0,-1',
      '--svg',
      'm.svg',
      '--graph-svg',
      'g.svg',
    ];
    expect(await runCli(args, io)).toBe(ExitCode.Ok);
    const chart = svgElements(io.files.get('m.svg') ?? '');
    expect(chart.filter((e) => e.attributes['aria-roledescription'] === 'line mark')).toHaveLength(3);
    expect(chart.map((e) => e.text)).toEqual(
      expect.arrayContaining(['a = 1, h = 0', 'a = 0, h = 1', 'a = -1, h = 2', 'Graph distance of memory pattern']),
    );
    const graph = svgElements(io.files.get('g.svg') ?? '');
    expect(graph.filter((e) => e.tag === 'g' && e.attributes.class === 'node')).toHaveLength(3 * 6 + 3);
  });
});
