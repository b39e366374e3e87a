import { svgElements } from '@cdam/figures/testing';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo, TWO_AUTOMATA } from '../testing/index.js';
import { recallCommand } from './recall.js';

const SEQUENCES = `sequence Walk {
  items A, B, A(2), C
  loop
}
sequence Line {
  items x, y, z
}
`;

/** 49 frames as in the paper's video experiment. */
const VIDEO = `sequence Video {
  items ${Array.from({ length: 49 }, (_, i) => `f${i}`).join(', ')}
  loop
  network { neurons = 2000 encoding = uniform }
}
`;

const files = { 'seq.fsa': SEQUENCES, 'two.fsa': TWO_AUTOMATA, 'video.fsa': VIDEO };

interface JsonRecall {
  items: (string | null)[];
  patterns: number;
  labels: string[];
  expected: string[];
  occurrences: number[];
  margins: number[];
  advances: number[];
  summary: { ticks: number; exact: boolean; errors: number; exactAdvances: number };
  a: number;
  h: number;
  exact: boolean;
  cue: { step: number; item: string };
  neurons: number;
  capacity: { states: number; neurons: number; patterns: number; perNeuron: number };
}

describe('cdam recall', () => {
  it('prints the decoded item per tick, following repeats and dwell, two cycles by default', async () => {
    const io = memoryIo(files);
    expect(await runCli(['recall', 'seq.fsa', '--sequence', 'Walk', '--json'], io)).toBe(ExitCode.Ok);
    const run = JSON.parse(io.stdout()) as JsonRecall;
    expect(run.items.join(' ')).toBe('A B A A C A B A A C A');
    expect(run.occurrences.slice(0, 5)).toEqual([1, 1, 2, 2, 1]);
    expect(run.margins).toHaveLength(11);
    expect(run.summary).toMatchObject({ ticks: 10, exact: true, errors: 0, exactAdvances: 10 });
    expect(run.capacity).toMatchObject({ states: run.patterns, neurons: run.neurons, patterns: run.patterns });
    expect(run.capacity.perNeuron).toBe(run.patterns / run.neurons);
    expect([run.a, run.h, run.exact, run.patterns]).toEqual([-4, 5, true, 5]);
    expect(run.labels.slice(0, 5)).toEqual(['A#1', 'B', 'A#2.0', 'A#2.1', 'C']);
    expect(run.expected).toEqual(run.labels);
  });

  it('prints a table with the verdict in text', async () => {
    const io = memoryIo(files);
    expect(await runCli(['recall', 'seq.fsa', '--sequence', 'Line'], io)).toBe(ExitCode.Ok);
    const text = io.stdout();
    expect(text).toMatch(/^Line: n = \d+ neurons, p = 3 patterns, a = -4, h = 5, beta = [\d.]+, eta = 0\.2, exact$/m);
    expect(text).toMatch(/^\s+0\s+x\s+1\s+0\s+x\s+x\s+[\d.]+$/m);
    // Line has no loop: it reaches z at tick 2 and holds it, which is a complete recall, not 2 of 8.
    expect(text).toContain(
      "complete recall: reached the last item 'z' at tick 2 and held it to the end (6 more ticks); on the sequence at every tick\n",
    );
    expect(text).not.toContain('advanced exactly one pattern on 2 of 8');
    // Stopped before the end, or looping: the advances are counted.
    const short = memoryIo(files);
    await runCli(['recall', 'seq.fsa', '--sequence', 'Line', '--ticks', '1'], short);
    expect(short.stdout()).toContain(
      'advanced exactly one pattern on 1 of 1 ticks (mean 1.000); on the sequence at every tick',
    );
  });

  it('cues the first occurrence of a repeated item and says so; --cue-index picks another', async () => {
    const io = memoryIo(files);
    expect(await runCli(['recall', 'seq.fsa', '--sequence', 'Walk', '--cue', 'A', '--json'], io)).toBe(ExitCode.Ok);
    expect(io.stderr()).toContain("note: 'A' occurs 2 times (steps 0, 2); cueing the first (step 0)");
    const second = memoryIo(files);
    await runCli(['recall', 'seq.fsa', '--sequence', 'Walk', '--cue-index', '2', '--ticks', '2', '--json'], second);
    const run = JSON.parse(second.stdout()) as JsonRecall;
    expect(run.items).toEqual(['A', 'A', 'C']);
    expect(run.occurrences).toEqual([2, 2, 1]);
  });

  it('recalls from a noisy cue', async () => {
    const io = memoryIo(files);
    await runCli(['recall', 'seq.fsa', '--sequence', 'Walk', '--cue', 'C', '--cue-noise', '0.5', '--json'], io);
    const run = JSON.parse(io.stdout()) as JsonRecall;
    expect(run.items.slice(0, 3)).toEqual(['C', 'A', 'B']);
    expect(run.summary.exact).toBe(true);
  });

  it('reports an unknown item, a step past the end, and contradicting cues', async () => {
    const io = memoryIo(files);
    expect(await runCli(['recall', 'seq.fsa', '--sequence', 'Walk', '--cue', 'D'], io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toContain("cdam: seq.fsa: 'D' is not an item of 'Walk'");
    expect(io.stderr()).toContain('its items are A, B, C');
    const past = memoryIo(files);
    expect(await runCli(['recall', 'seq.fsa', '--sequence', 'Line', '--cue-index', '3'], past)).toBe(ExitCode.Errors);
    expect(past.stderr()).toContain("--cue-index 3 is past the end of 'Line': its steps are 0..2");
    const both = memoryIo(files);
    expect(await recallCommand('seq.fsa', { sequence: 'Line', cue: 'x', cueIndex: 0 }, both)).toBe(ExitCode.Usage);
  });

  it('needs a sequence: an automaton is refused with a hint', async () => {
    const io = memoryIo(files);
    expect(await runCli(['recall', 'two.fsa', '--sequence', 'Even'], io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toContain("'Even' is an automaton, not a sequence");
  });

  it('--compare: on 49 frames, n = 2000, uniform codes, only the anti-Hebbian row is exact', async () => {
    const io = memoryIo(files);
    expect(await runCli(['recall', 'video.fsa', '--compare', '--json'], io)).toBe(ExitCode.Ok);
    const result = JSON.parse(io.stdout()) as {
      beta: number;
      eta: number;
      rows: {
        label: string;
        a: number;
        h: number;
        meanAdvance: number;
        exactAdvances: number;
        ticks: number;
        exact: boolean;
      }[];
    };
    expect(result.rows.map((r) => [r.a, r.h])).toEqual([
      [1, 0],
      [0, 1],
      [-4, 5],
    ]);
    expect(result.rows.map((r) => r.exact)).toEqual([false, false, true]);
    expect(result.rows[0].meanAdvance).toBe(0);
    expect(result.rows[2]).toMatchObject({ meanAdvance: 1, exactAdvances: 98, ticks: 98 });
    const text = memoryIo(files);
    await runCli(['recall', 'video.fsa', '--compare', '--ticks', '20'], text);
    expect(text.stdout()).toMatch(/^anti-Hebbian\s+-4\s+5\s+1\.000\s+20\/20\s+0\s+yes$/m);
    expect(text.stdout()).toMatch(/^auto-association\s+1\s+0\s+0\.000\s+0\/20\s+\d+\s+no$/m);
  });

  it('draws the overlap heatmap and the memory graph as SVG', async () => {
    const io = memoryIo(files);
    const code = await runCli(
      ['recall', 'seq.fsa', '--sequence', 'Walk', '--ticks', '6', '--svg', 'r.svg', '--graph-svg', 'g.svg'],
      io,
    );
    expect(code).toBe(ExitCode.Ok);
    const heatmap = svgElements(io.files.get('r.svg') ?? '');
    const cells = heatmap.filter((e) => e.tag === 'path' && e.attributes['aria-roledescription'] === 'rect mark');
    expect(cells).toHaveLength(7 * 5);
    expect(heatmap.map((e) => e.text)).toEqual(expect.arrayContaining(['Tick', 'Pattern', 'A#2.1']));
    const graph = svgElements(io.files.get('g.svg') ?? '');
    // Two boxed copies of the 5-pattern directed graph, titled inside their boxes, an arrow on every edge,
    // labels at a readable size.
    expect(graph.filter((e) => e.tag === 'g' && e.attributes.class === 'node')).toHaveLength(2 * 5);
    expect(graph.filter((e) => e.tag === 'g' && e.attributes.class === 'cluster')).toHaveLength(2);
    const texts = graph.filter((e) => e.tag === 'text');
    expect(texts.map((e) => e.text)).toEqual(expect.arrayContaining(['cue (tick 0)', 'tick 6']));
    for (const text of texts) expect(Number(text.attributes['font-size'])).toBeGreaterThanOrEqual(11);
    const edgeGroups = graph.flatMap((e, i) => (e.tag === 'g' && e.attributes.class === 'edge' ? [i] : []));
    expect(edgeGroups.length).toBeGreaterThanOrEqual(2 * 4);
    for (const at of edgeGroups) expect(graph.slice(at + 1, at + 4).map((e) => e.tag)).toContain('polygon');
    expect(io.stderr()).toContain('wrote the recall heatmap to r.svg');
  });

  it('refuses to record more ticks than fit in memory, naming how many do, before recalling', async () => {
    const long = `sequence Long {\n  items ${Array.from({ length: 100 }, (_, i) => `i${i}`).join(', ')}\n  loop\n}\n`;
    const io = memoryIo({ 'long.fsa': long });
    const code = await runCli(['recall', 'long.fsa', '--ticks', '1000000', '--svg', 'long.svg'], io);
    expect(code).toBe(ExitCode.Errors);
    expect(io.stderr()).toMatch(
      /cdam: recording 1000000 ticks of 'Long' keeps \d+ correlations .*record at most \d+ ticks\n$/,
    );
    expect(io.stdout()).toBe('');
  });

  it('refuses pictures with --compare', async () => {
    const io = memoryIo(files);
    expect(await runCli(['recall', 'video.fsa', '--compare', '--svg', 'x.svg'], io)).toBe(ExitCode.Usage);
  });
});

describe('cdam recall from a compiled artifact', () => {
  async function compiledFiles(): Promise<Record<string, string>> {
    const io = memoryIo(files);
    expect(await runCli(['compile', 'seq.fsa', '--sequence', 'Walk', '-o', 'walk.cdam.json', '--seed', '4'], io)).toBe(
      ExitCode.Ok,
    );
    expect(await runCli(['compile', 'two.fsa', '--automaton', 'Even', '-o', 'even.cdam.json'], io)).toBe(ExitCode.Ok);
    return { ...files, ...Object.fromEntries(io.files) };
  }

  it('recalls exactly what the .fsa file recalls with the same flags (end to end: compile, then recall)', async () => {
    const artifacts = await compiledFiles();
    const fromArtifact = memoryIo(artifacts);
    const args = ['--cue', 'B', '--cue-noise', '0.3', '--ticks', '12', '--json'];
    expect(await runCli(['recall', 'walk.cdam.json', ...args], fromArtifact)).toBe(ExitCode.Ok);
    const fromSource = memoryIo(files);
    expect(await runCli(['recall', 'seq.fsa', '--sequence', 'Walk', '--seed', '4', ...args], fromSource)).toBe(
      ExitCode.Ok,
    );
    expect(fromArtifact.stdout()).toBe(fromSource.stdout());
    const run = JSON.parse(fromArtifact.stdout()) as JsonRecall;
    expect(run.summary).toMatchObject({ ticks: 12, exact: true });
    expect(run.cue).toMatchObject({ step: 1, item: 'B' });
  });

  it('checks --sequence against the name the artifact was compiled from', async () => {
    const io = memoryIo(await compiledFiles());
    expect(await runCli(['recall', 'walk.cdam.json', '--sequence', 'Walk', '--ticks', '2'], io)).toBe(ExitCode.Ok);
    const other = memoryIo(await compiledFiles());
    expect(await runCli(['recall', 'walk.cdam.json', '--sequence', 'Line'], other)).toBe(ExitCode.Errors);
    expect(other.stderr()).toBe("cdam: walk.cdam.json: the network was compiled from 'Walk', not 'Line'\n");
  });

  it.each([
    [['--neurons', '64'], "option '--neurons' changes the compiled network"],
    [['--seed', '1', '--eta', '0.5'], "options '--seed', '--eta' change the compiled network"],
  ])('refuses the network flags %j with an artifact as a usage error', async (flags, message) => {
    const io = memoryIo(await compiledFiles());
    expect(await runCli(['recall', 'walk.cdam.json', ...flags], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toMatch(
      new RegExp(
        `^cdam: ${message.replace(/[()]/g, '\\$&')} and cannot be used with an artifact; .*\\(see 'cdam recall --help'\\)\\n$`,
      ),
    );
    expect(io.stdout()).toBe('');
  });

  it('sends an automaton artifact to cdam run, and cdam run sends a sequence artifact to cdam recall', async () => {
    const artifacts = await compiledFiles();
    const recall = memoryIo(artifacts);
    expect(await runCli(['recall', 'even.cdam.json'], recall)).toBe(ExitCode.Errors);
    expect(recall.stderr()).toBe(
      "cdam: even.cdam.json: invalid cdam-sequence-network artifact: format: this is a compiled automaton ('cdam-network'), not a compiled sequence; run it with 'cdam run', or step through it with 'cdam step'\n",
    );
    const run = memoryIo(artifacts);
    expect(await runCli(['run', 'walk.cdam.json', '--input', '0'], run)).toBe(ExitCode.Errors);
    expect(run.stderr()).toMatch(
      /^cdam: walk\.cdam\.json: invalid cdam-network artifact: format: [^\n]*not a compiled automaton; recall it with 'cdam recall', or step through it with 'cdam step --sequence Walk'\n$/,
    );
  });

  it('reports a damaged artifact naming the field, exit 1', async () => {
    const artifacts = await compiledFiles();
    const json = JSON.parse(artifacts['walk.cdam.json']);
    json.parameters.eta = 2;
    const io = memoryIo({ 'bad.cdam.json': JSON.stringify(json) });
    expect(await runCli(['recall', 'bad.cdam.json'], io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toBe(
      "cdam: bad.cdam.json: invalid cdam-sequence-network artifact: parameters.eta: 2 is not in (0, 1]; compile the .fsa source again with 'cdam compile'\n",
    );
  });
});
