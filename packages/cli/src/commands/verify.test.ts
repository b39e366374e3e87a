import { compileAutomaton, toArtifact } from '@cdam/compiler';
import { parse } from '@cdam/language';
import { findAutomatonSpec } from '@cdam/compiler';
import { describe, expect, it, vi } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo, SYNTAX_ERROR, TURNSTILE, TWO_AUTOMATA } from '../testing/index.js';
import { verifyCommand, type VerifyJson } from './verify.js';

function turnstileArtifact(): string {
  const found = findAutomatonSpec(parse(TURNSTILE).file);
  if (!found.ok) throw new Error(found.message);
  const compiled = compileAutomaton(found.declaration);
  if (compiled.kind === 'error') throw new Error(compiled.error.message);
  return toArtifact(compiled.network);
}

/**
 * A turnstile artifact whose network was built for a different table: pushing an unlocked turnstile
 * leaves it unlocked. The source spec inside still says it locks, so the network is not its automaton.
 */
function miscompiledArtifact(): string {
  const artifact = JSON.parse(turnstileArtifact());
  const { states, alphabet } = artifact.automaton as { states: string[]; alphabet: string[] };
  const unlocked = states.indexOf('unlocked');
  const push = alphabet.indexOf('push');
  artifact.automaton.delta[unlocked][push] = unlocked;
  const { state, input } = artifact.patterns as { state: number[]; input: number[] };
  const conjunction = state.findIndex((q, mu) => q === unlocked && input[mu] === push);
  const unlockedPattern = state.findIndex((q, mu) => q === unlocked && input[mu] === alphabet.length);
  const edges = artifact.memoryGraph.edges as [number, number, number][];
  for (const edge of edges) if (edge[0] === conjunction) edge[1] = unlockedPattern;
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

  it('exits 1 and shows the shortest failing word when the network is not its automaton', async () => {
    const io = memoryIo({ 'bad.cdam.json': miscompiledArtifact() });
    expect(await verifyCommand('bad.cdam.json', quick, io)).toBe(ExitCode.Errors);
    const out = io.stdout();
    expect(out).toContain(
      `  "coin push" [exhaustive]: after input 2 (push) the network is in 'unlocked', the automaton in 'locked' (network rejects, automaton accepts)\n`,
    );
    expect(out).toMatch(/ {6}correlations: unlocked \d\.\d{3}, locked -?\d\.\d{3}\n/);
    expect(out).toMatch(/not verified: the network differs from the automaton on \d+ words\n$/);
    const json = memoryIo({ 'bad.cdam.json': miscompiledArtifact() });
    expect(await verifyCommand('bad.cdam.json', { ...quick, json: true }, json)).toBe(ExitCode.Errors);
    const report = JSON.parse(json.stdout()) as VerifyJson;
    expect(report.verified).toBe(false);
    expect(report.dfaMatchesSource).toBe(false);
    expect(report.mismatches[0]).toMatchObject({
      word: ['coin', 'push'],
      expected: 'locked',
      got: 'unlocked',
      atInput: 1,
    });
  });

  it('exits 2 for a missing file, a file with errors or an unknown automaton', async () => {
    for (const [file, automaton, message] of [
      ['missing.fsa', undefined, /cannot read 'missing\.fsa'/],
      ['broken.fsa', undefined, /error\[FSA/],
      ['two.fsa', 'Odd', /no automaton named 'Odd'/],
      ['two.fsa', undefined, /choose one with --automaton/],
    ] as const) {
      const io = memoryIo(files);
      expect(await verifyCommand(file, { ...quick, automaton }, io)).toBe(ExitCode.Usage);
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
    expect(io.stderr()).toMatch(/^\r\[#*\.*\] +\d+% all words up to the depth/);
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
    expect(lines[0]).toMatch(/^verify: 1 of \d+ runs \(0%\), all words up to the depth, \d+ s$/);
    expect(lines.at(-1)).toMatch(
      /^verify: (\d+) of \1 runs \(100%\), noise table, 100 words at each of 6 noise levels, \d+ s$/,
    );
    expect(io.stderr()).not.toMatch(/\x1b|\r/);
    expect(JSON.parse(io.stdout())).toMatchObject({ verified: true });
  });

  it('counts in its progress total the words checked plus each noise-table word once per noise level', async () => {
    for (const noise of [undefined, 0.25, 0.3]) {
      const io = memoryIo(files);
      const options = { ...quick, json: true, progress: 'lines' as const, ...(noise === undefined ? {} : { noise }) };
      expect(await verifyCommand('t.fsa', options, io)).toBe(ExitCode.Ok);
      const report = JSON.parse(io.stdout()) as VerifyJson;
      const last =
        /verify: [\d ]+ of ([\d ]+) runs \(100%\), noise table, 100 words at each of (\d+) noise levels/.exec(
          io.stderr(),
        );
      const levels = report.noise.length;
      expect([Number(last?.[1].replace(/ /g, '')), Number(last?.[2])]).toEqual([
        report.wordsChecked + 100 * levels,
        levels,
      ]);
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
      expect(lines.stderr()).toMatch(/^verify: 1 of \d+ runs \(0%\), all words up to the depth, \d+ s\n/);
      expect(lines.stderr()).toMatch(/\(100%\), noise table, 100 words at each of 6 noise levels, \d+ s\n$/);
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
    ]) {
      const usage = memoryIo(files);
      expect(await runCli(['verify', 't.fsa', ...bad], usage)).toBe(ExitCode.Usage);
      expect(usage.stderr()).toContain(`option '${bad[0]}'`);
    }
  });
});
