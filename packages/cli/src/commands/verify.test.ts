import { compileAutomaton, toArtifact } from '@cdam/compiler';
import { parse } from '@cdam/language';
import { findAutomatonSpec } from '@cdam/compiler';
import { describe, expect, it, vi } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo, SYNTAX_ERROR, TURNSTILE, TWO_AUTOMATA } from '../testing/index.js';
import { verifyCommand, type VerifyJson } from './verify.js';

function turnstileArtifact(source = TURNSTILE): string {
  const found = findAutomatonSpec(parse(source).file);
  if (!found.ok) throw new Error(found.message);
  const compiled = compileAutomaton(found.declaration);
  if (compiled.kind === 'error') throw new Error(compiled.error.message);
  return toArtifact(compiled.network);
}

/**
 * A turnstile artifact whose network was built for a different table: by default pushing an unlocked
 * turnstile leaves it unlocked (`from` on `symbol` goes to `to`). The source spec inside still says
 * otherwise, so the network is not its automaton.
 */
function miscompiledArtifact(from = 'unlocked', symbol = 'push', to = 'unlocked'): string {
  const artifact = JSON.parse(turnstileArtifact());
  const { states, alphabet } = artifact.automaton as { states: string[]; alphabet: string[] };
  const q = states.indexOf(from);
  const s = alphabet.indexOf(symbol);
  const target = states.indexOf(to);
  artifact.automaton.delta[q][s] = target;
  const { state, input } = artifact.patterns as { state: number[]; input: number[] };
  const conjunction = state.findIndex((r, mu) => r === q && input[mu] === s);
  const targetPattern = state.findIndex((r, mu) => r === target && input[mu] === alphabet.length);
  const edges = artifact.memoryGraph.edges as [number, number, number][];
  for (const edge of edges) if (edge[0] === conjunction) edge[1] = targetPattern;
  return JSON.stringify(artifact);
}

const files = { 't.fsa': TURNSTILE, 'two.fsa': TWO_AUTOMATA, 'broken.fsa': SYNTAX_ERROR };
const quick = { depth: 4, samples: 20 };

describe('cdam verify', () => {
  it('prints a summary: depth, words checked, margins, the robustness table and the verdict', async () => {
    const io = memoryIo(files);
    expect(await verifyCommand('t.fsa', quick, io)).toBe(ExitCode.Ok);
    const out = io.stdout();
    expect(out).toMatch(/^Turnstile \(t\.fsa\): 2 states, 2 symbols; n = \d+ neurons, p = 6 patterns\n/);
    expect(out).toContain('  exhaustive   every word up to length 4: 31 words\n');
    expect(out).toContain('  checked      51 words');
    expect(out).toContain('every decoded state matched the automaton');
    expect(out).toMatch(/ {2}margins {6}min \d\.\d{3} at /);
    expect(out).toMatch(/ {2}noise {2}accuracy\n(\s+0\.\d0\s+\d+\.\d%\n){6}/);
    expect(out).toMatch(
      /verified: the network follows the automaton on every word \(its state graph closed\), and on all 51 words checked\n$/,
    );
    expect(io.stderr()).toBe('');
  });

  it('--json prints exactly one object with the agreed fields', async () => {
    const io = memoryIo(files);
    expect(await verifyCommand('t.fsa', { ...quick, json: true }, io)).toBe(ExitCode.Ok);
    expect(io.stdout().trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(io.stdout()) as VerifyJson;
    expect(report).toMatchObject({
      file: 't.fsa',
      verified: true,
      wordsChecked: 51,
      exhaustiveDepth: 4,
      exhaustiveWords: 31,
      randomWords: 20,
      mismatches: [],
    });
    expect(report.minMargin).toBeGreaterThan(0);
    expect(report.noise.map((row) => row.level)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(report.noise[0].accuracy).toBe(1);
    expect(typeof report.elapsedMs).toBe('number');
  });

  it('--noise adds a level to the robustness table', async () => {
    const io = memoryIo(files);
    await verifyCommand('t.fsa', { ...quick, noise: 0.05, json: true }, io);
    const report = JSON.parse(io.stdout()) as VerifyJson;
    expect(report.noise.map((row) => row.level)).toEqual([0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it('verifies a compiled artifact like its source', async () => {
    const io = memoryIo({ ...files, 't.cdam.json': turnstileArtifact() });
    expect(await verifyCommand('t.cdam.json', { ...quick, json: true }, io)).toBe(ExitCode.Ok);
    const fromArtifact = JSON.parse(io.stdout()) as VerifyJson;
    const source = memoryIo(files);
    await verifyCommand('t.fsa', { ...quick, json: true }, source);
    const fromSource = JSON.parse(source.stdout()) as VerifyJson;
    expect(fromArtifact.minMargin).toBe(fromSource.minMargin);
    expect(fromArtifact.noise).toEqual(fromSource.noise);
  });

  it('refuses an artifact whose automaton table was edited (with its memory graph), naming the field', async () => {
    const io = memoryIo({ 'bad.cdam.json': miscompiledArtifact() });
    expect(await verifyCommand('bad.cdam.json', quick, io)).toBe(ExitCode.Errors);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toBe(
      'cdam: bad.cdam.json: invalid cdam-network artifact: automaton.delta[1][1]: is 1 ("unlocked") but the source ' +
        `goes from "unlocked" on "push" to "locked": the file was edited; compile the .fsa source again with 'cdam compile'\n`,
    );
  });

  it('says how far the closure really got after a mismatch at length 1', async () => {
    // Pure auto-association (a = 1, h = 0, edited alike in report and parameters, so the artifact loads with
    // an exactness warning) lets the state fade: the first word of length 1 already fails, so only the
    // words up to length 0 are checked (state-closure.test.ts pins a mismatch later in a level).
    const artifact = JSON.parse(turnstileArtifact());
    artifact.parameters.auto = artifact.report.auto = 1;
    artifact.parameters.hetero = artifact.report.hetero = 0;
    const held = JSON.stringify(artifact);
    const io = memoryIo({ 'bad.cdam.json': held });
    expect(await verifyCommand('bad.cdam.json', { json: true }, io)).toBe(ExitCode.Errors);
    const report = JSON.parse(io.stdout()) as VerifyJson;
    expect(report.closure).toMatchObject({ closed: false, depth: 1, checkedLength: 0, transitionsChecked: 1 });
    expect(report.mismatches[0].word).toEqual(['coin']);
    const text = memoryIo({ 'bad.cdam.json': held });
    await verifyCommand('bad.cdam.json', { depth: 1, samples: 0 }, text);
    expect(text.stdout()).toContain(
      '  closure      not closed (a mismatch at length 1): every word up to length 0 (1 distinct network state, 1 step)\n',
    );
    expect(text.stdout()).not.toContain('every word up to length 1 (');
  });

  it('stops when the closure proves the network, and runs the other phases when asked', async () => {
    const io = memoryIo(files);
    expect(await runCli(['verify', 't.fsa'], io)).toBe(ExitCode.Ok);
    const out = io.stdout();
    expect(out).toMatch(
      / {2}closure {6}every word of every length: the network's reachable states closed at depth \d+ /,
    );
    expect(out).toContain('  exhaustive   skipped: the closure covers every length (--exhaustive runs it)\n');
    expect(out).toContain('  random       skipped: the closure covers every length (--random runs it)\n');
    expect(out).toMatch(/ {2}noise {2}accuracy\n/);
    expect(out).toMatch(/verified: proved: the network follows the automaton on every word of every length/);
    const json = memoryIo(files);
    expect(await runCli(['verify', 't.fsa', '--json'], json)).toBe(ExitCode.Ok);
    expect(JSON.parse(json.stdout())).toMatchObject({
      verified: true,
      proved: true,
      phases: { closure: 'run', exhaustive: 'proved', random: 'proved', robustness: 'run' },
      wordsChecked: 0,
    });
    for (const [flags, exhaustive, random] of [
      [['--exhaustive'], 'run', 'proved'],
      [['--random'], 'proved', 'run'],
      [['--all'], 'run', 'run'],
      [['--depth', '3'], 'run', 'proved'],
      [['--samples', '7'], 'proved', 'run'],
    ] as const) {
      const asked = memoryIo(files);
      expect(await runCli(['verify', 't.fsa', '--json', '--no-noise-table', ...flags], asked)).toBe(ExitCode.Ok);
      const report = JSON.parse(asked.stdout()) as VerifyJson;
      expect([flags, report.phases]).toEqual([flags, { closure: 'run', exhaustive, random, robustness: 'off' }]);
      expect(report.noise).toEqual([]);
      expect(report.exhaustiveWords > 0).toBe(exhaustive === 'run');
      expect(report.randomWords > 0).toBe(random === 'run');
    }
  });

  it('leaves out the robustness table with --no-noise-table and cuts it to --noise-budget', async () => {
    const off = memoryIo(files);
    expect(await runCli(['verify', 't.fsa', '--no-noise-table'], off)).toBe(ExitCode.Ok);
    expect(off.stdout()).toContain('robustness: off\n');
    expect(off.stdout()).not.toContain('accuracy');
    const cut = memoryIo(files);
    expect(await runCli(['verify', 't.fsa', '--noise-budget', '300', '--json'], cut)).toBe(ExitCode.Ok);
    const report = JSON.parse(cut.stdout()) as VerifyJson;
    expect(report.work.robustness).toBeLessThanOrEqual(300);
    expect(report.robustnessBudget).toMatchObject({ inputs: 300, wordsDrawn: 100 });
    expect(report.robustnessBudget.wordsUsed).toBeLessThan(100);
    expect(report.noise[0].words).toBe(report.robustnessBudget.wordsUsed);
    const text = memoryIo(files);
    await runCli(['verify', 't.fsa', '--noise-budget', '300'], text);
    expect(text.stdout()).toMatch(/the others exceed its budget of 300 inputs, --noise-budget\)\n/);
  });

  it('--workers runs the work in worker threads with the same report as on one thread', async () => {
    const reports = [];
    for (const workers of ['0', '2']) {
      const io = memoryIo(files);
      const args = ['verify', 't.fsa', '--all', '--samples', '50', '--workers', workers, '--json'];
      expect(await runCli(args, io)).toBe(ExitCode.Ok);
      const { elapsedMs, ...report } = JSON.parse(io.stdout()) as VerifyJson;
      expect(elapsedMs).toBeGreaterThanOrEqual(0);
      reports.push(report);
    }
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[0]).toMatchObject({ proved: true, randomWords: 50 });
  });

  it('exits 1 (as every command) for a missing file, a file with errors or an unknown automaton', async () => {
    for (const [file, automaton, message] of [
      ['missing.fsa', undefined, /cannot read 'missing\.fsa'/],
      ['broken.fsa', undefined, /error\[FSA/],
      ['two.fsa', 'Odd', /no automaton named 'Odd'/],
      ['two.fsa', undefined, /choose one with --automaton/],
    ] as const) {
      const io = memoryIo(files);
      expect(await verifyCommand(file, { ...quick, automaton }, io)).toBe(ExitCode.Errors);
      expect(io.stderr()).toMatch(message);
      expect(io.stdout()).toBe('');
    }
  });

  it('exits 2 when --depth asks for more than ten million words', async () => {
    const io = memoryIo(files);
    expect(await verifyCommand('t.fsa', { depth: 30 }, io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toMatch(/option '--depth' = 30 means 2\.15e\+9 words over 2 symbols/);
    const huge = memoryIo(files);
    expect(await verifyCommand('t.fsa', { depth: 99999 }, huge)).toBe(ExitCode.Usage);
    expect(huge.stderr()).toMatch(/option '--depth' = 99999 means more than 1e308 words over 2 symbols/);
  });

  it('draws a progress bar on stderr when asked, and erases it, with or without --json', async () => {
    const io = memoryIo(files);
    await verifyCommand('t.fsa', { ...quick, progress: 'bar' }, io);
    expect(io.stderr()).toMatch(/^\r\[#*\.*\] +\d+% state closure/);
    expect(io.stderr()).toMatch(/\r\[#*\.*\] +\d+% all words up to the depth/);
    expect(io.stderr()).toContain('100% noise table');
    expect(io.stderr().endsWith('\r\x1b[K')).toBe(true);
    const json = memoryIo(files);
    await verifyCommand('t.fsa', { ...quick, progress: 'bar', json: true }, json);
    expect(json.stderr()).toContain('100% noise table');
    expect(JSON.parse(json.stdout())).toMatchObject({ file: 't.fsa', verified: true });
    const none = memoryIo(files);
    await verifyCommand('t.fsa', { ...quick, json: true }, none);
    expect(none.stderr()).toBe('');
  });

  it('writes progress as plain lines with progress: lines, timed by its clock', async () => {
    const io = memoryIo(files);
    let now = 0;
    const clock = () => (now += 300);
    expect(await verifyCommand('t.fsa', { ...quick, json: true, progress: 'lines', clock }, io)).toBe(ExitCode.Ok);
    const lines = io.stderr().split('\n').slice(0, -1);
    expect(lines[0]).toMatch(/^verify: [\d ]+ of [\d ]+ inputs \(\d+%\), state closure, \d+ s$/);
    expect(lines.at(-1)).toMatch(
      /^verify: ([\d ]+) of \1 inputs \(100%\), noise table, at each of 6 noise levels, \d+ s$/,
    );
    expect(io.stderr()).not.toMatch(/\x1b|\r/);
    expect(JSON.parse(io.stdout())).toMatchObject({ verified: true });
  });

  it('counts in its progress total every input simulated: the closure, the words, and the noise table at each level', async () => {
    for (const noise of [undefined, 0.25, 0.3]) {
      const io = memoryIo(files);
      const options = { ...quick, json: true, progress: 'lines' as const, ...(noise === undefined ? {} : { noise }) };
      expect(await verifyCommand('t.fsa', options, io)).toBe(ExitCode.Ok);
      const report = JSON.parse(io.stdout()) as VerifyJson;
      const last = /verify: [\d ]+ of ([\d ]+) inputs \(100%\), noise table, at each of (\d+) noise levels/.exec(
        io.stderr(),
      );
      const levels = report.noise.length;
      const { closure, exhaustive, random, robustness } = report.work;
      expect([Number(last?.[1].replace(/ /g, '')), Number(last?.[2])]).toEqual([
        closure + exhaustive + random + robustness,
        levels,
      ]);
      expect(exhaustive + random).toBe(report.inputsSimulated);
      // Each noise level runs the same words, of at least one input each.
      expect(robustness % levels).toBe(0);
      expect(robustness / levels).toBeGreaterThanOrEqual(report.noise[0].words);
      expect(levels).toBe(noise === 0.25 ? 7 : 6); // 0.3 is a default level already
    }
  });

  it('--json keeps stdout pure JSON; progress goes to stderr as a bar on a terminal, as lines with --progress, and nowhere with --no-progress', async () => {
    vi.stubEnv('CI', undefined);
    try {
      const args = ['verify', 't.fsa', '--depth', '3', '--samples', '10', '--json'];
      const tty = memoryIo(files, { errIsTTY: true });
      expect(await runCli(args, tty)).toBe(ExitCode.Ok);
      expect(JSON.parse(tty.stdout())).toMatchObject({ verified: true });
      expect(tty.stderr()).toMatch(/^\r\[#*\.*\] +\d+% /);
      const lines = memoryIo(files);
      expect(await runCli([...args, '--progress'], lines)).toBe(ExitCode.Ok);
      expect(JSON.parse(lines.stdout())).toMatchObject({ verified: true });
      expect(lines.stdout()).not.toContain('verify:');
      expect(lines.stderr()).toMatch(/^verify: \d+ of [\d ]+ inputs \(\d+%\), state closure, \d+ s\n/);
      expect(lines.stderr()).toMatch(/\(100%\), noise table, at each of 6 noise levels, \d+ s\n$/);
      for (const io of [memoryIo(files, { errIsTTY: true }), memoryIo(files)]) {
        expect(await runCli([...args, '--no-progress'], io)).toBe(ExitCode.Ok);
        expect(JSON.parse(io.stdout())).toMatchObject({ verified: true });
        expect(io.stderr()).toBe('');
      }
      const pipe = memoryIo(files);
      expect(await runCli(args, pipe)).toBe(ExitCode.Ok);
      expect(pipe.stderr()).toBe('');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('is reached through the program, with its options checked', async () => {
    const io = memoryIo(files);
    const code = await runCli(['verify', 't.fsa', '--depth', '2', '--samples', '5', '--seed', '3', '--json'], io);
    expect(code).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toMatchObject({ exhaustiveDepth: 2, wordsChecked: 12, seed: 3 });
    for (const bad of [
      ['--depth', '-1'],
      ['--samples', 'many'],
      ['--noise', '2'],
      ['--seed', '1.5'],
      ['--closure-budget', '-3'],
      ['--noise-budget', 'lots'],
      ['--workers', '65'],
    ]) {
      const usage = memoryIo(files);
      expect(await runCli(['verify', 't.fsa', ...bad], usage)).toBe(ExitCode.Usage);
      expect(usage.stderr()).toContain(`option '${bad[0]}'`);
    }
  });
});
