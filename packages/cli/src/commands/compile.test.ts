import { formatNumber, loadArtifact, loadSequenceArtifact } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo, TURNSTILE, TWO_AUTOMATA, UNKNOWN_SYMBOL } from '../testing/index.js';
import { artifactFileName, compileCommand } from './compile.js';

describe('cdam compile', () => {
  it('writes <automaton>.cdam.json and prints the report', async () => {
    const io = memoryIo({ 't.fsa': TURNSTILE });
    expect(await compileCommand('t.fsa', {}, io)).toBe(ExitCode.Ok);
    expect(io.writes).toEqual(['Turnstile.cdam.json']);
    const loaded = loadArtifact(io.files.get('Turnstile.cdam.json') as string);
    expect(loaded.kind).toBe('ok');
    const lines = io.stdout().split('\n');
    expect(lines[0]).toBe("compiled 'Turnstile' from t.fsa -> Turnstile.cdam.json");
    expect(lines[1]).toBe('  automaton   2 states over 2 symbols');
    expect(lines[2]).toMatch(
      /^ {2}neurons {5}n = \d+ \(chosen automatically: the smallest safe size, \d+ candidates? tried\): \d+ state \+ \d+ input$/,
    );
    expect(lines[3]).toBe('  patterns    p = 6 (2 states + 4 transitions)');
    expect(lines[4]).toMatch(
      /^ {2}schedule {4}beta = [\d.]+ \(chosen automatically from the worst gap\), a = -1, h = 2, eta = 1, K = 2$/,
    );
    expect(lines[5]).toMatch(
      /^ {2}worst gap {3}[\d.]+ \(required [\d.]+; present [\d.]+, jump [\d.]+, hold [\d.]+, decode [\d.]+\)$/,
    );
    // Two states get two exactly orthogonal (Hadamard) designed codes.
    expect(lines[6]).toBe('  codes       bipolar, designed state codes (κ = 0), seed 0');
    expect(lines[7]).toBe('  exact       yes: every run follows the automaton');
    const n = Number(/n = (\d+)/.exec(lines[2])?.[1]);
    const ratio = (v: number) => (v >= 0.01 ? formatNumber(v) : v.toExponential(2));
    expect(lines[8]).toBe(
      `  capacity    ${ratio(2 / n)} states per neuron, ${ratio(2 / (n + 6))} per (neuron + pattern), ${ratio(2 / (6 * n))} per stored number (n · p = ${6 * n})`,
    );
    expect(io.stderr()).toBe('');
  });

  it('prints the report and the capacity ratios as JSON with --json', async () => {
    const io = memoryIo({ 't.fsa': TURNSTILE });
    expect(await runCli(['compile', 't.fsa', '--neurons', '64', '--json'], io)).toBe(ExitCode.Ok);
    const json = JSON.parse(io.stdout()) as Record<string, unknown>;
    expect(json).toMatchObject({ kind: 'automaton', name: 'Turnstile', neurons: 64, patterns: 6, states: 2 });
    expect(json.output).toBe('Turnstile.cdam.json');
    expect(json.capacity).toEqual({
      states: 2,
      neurons: 64,
      patterns: 6,
      storedNumbers: 384,
      perNeuron: 2 / 64,
      perNeuronAndPattern: 2 / 70,
      perStoredNumber: 2 / 384,
    });
  });

  it('gives a sequence its capacity in patterns, and keeps stdout for the artifact with -o -', async () => {
    const io = memoryIo({ 's.fsa': 'sequence S {\n  items A, B, C\n  loop\n}\n' });
    expect(await runCli(['compile', 's.fsa', '--neurons', '40', '--json', '-o', '-'], io)).toBe(ExitCode.Ok);
    expect(loadSequenceArtifact(io.stdout()).kind).toBe('ok');
    const json = JSON.parse(io.stderr()) as { kind: string; capacity: Record<string, number>; output: string };
    expect(json.kind).toBe('sequence');
    expect(json.output).toBe('-');
    expect(json.capacity).toMatchObject({ states: 3, neurons: 40, patterns: 3, storedNumbers: 120, perNeuron: 3 / 40 });
  });

  it('applies the network flags and says which values were given', async () => {
    const io = memoryIo({ 't.fsa': TURNSTILE });
    const code = await runCli(
      ['compile', 't.fsa', '-o', 'out.json', '--neurons', '64', '--seed', '7', '--beta', '20', '--encoding', 'bipolar'],
      io,
    );
    expect(code).toBe(ExitCode.Ok);
    expect(io.writes).toEqual(['out.json']);
    expect(io.stdout()).toMatch(/^ {2}neurons {5}n = 64 \(given\): /m);
    expect(io.stdout()).toMatch(/^ {2}schedule {4}beta = 20 \(given; the smallest exact value is [\d.]+\)/m);
    expect(io.stdout()).toMatch(/^ {2}codes {7}bipolar, designed state codes \(κ = \d+\), seed 7$/m);
    const loaded = loadArtifact(io.files.get('out.json') as string);
    expect(loaded.kind === 'ok' && loaded.network.params).toMatchObject({ neurons: 64, seed: 7, beta: 20 });
  });

  it('writes the artifact to stdout with -o - and the report to stderr', async () => {
    const io = memoryIo({ 't.fsa': TURNSTILE });
    expect(await compileCommand('t.fsa', { output: '-' }, io)).toBe(ExitCode.Ok);
    expect(io.writes).toEqual([]);
    expect(JSON.parse(io.stdout())).toMatchObject({ format: 'cdam-network', name: 'Turnstile' });
    expect(io.stderr()).toMatch(/^compiled 'Turnstile' from t\.fsa\n {2}automaton/);
  });

  it('chooses the automaton with --automaton and names the file after it', async () => {
    const io = memoryIo({ 'two.fsa': TWO_AUTOMATA });
    expect(await compileCommand('two.fsa', { automaton: 'EndsAb' }, io)).toBe(ExitCode.Ok);
    expect(io.writes).toEqual(['EndsAb.cdam.json']);
    expect(io.stdout()).toMatch(/^ {2}automaton {3}\d+ states over 2 symbols \(determinised/m);
  });

  it('asks which declaration when the file has several automata and a sequence', async () => {
    const io = memoryIo({ 'two.fsa': TWO_AUTOMATA });
    expect(await compileCommand('two.fsa', {}, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toMatch(
      /^cdam: two\.fsa: file has 2 automata: Even, EndsAb, and 1 sequence: Walk; choose one with --automaton NAME or --sequence NAME\n$/,
    );
  });

  it('reports a network that is too small and exits 1', async () => {
    const io = memoryIo({ 't.fsa': TURNSTILE });
    expect(await compileCommand('t.fsa', { parameters: { neurons: 4 } }, io)).toBe(ExitCode.Errors);
    expect(io.writes).toEqual([]);
    expect(io.stderr()).toMatch(
      /^cdam: t\.fsa: cannot compile 'Turnstile': neurons = 4 is too few .*the smallest safe value is \d+\n$/,
    );
  });

  it('prints the diagnostics of a file with errors', async () => {
    const io = memoryIo({ 'bad.fsa': UNKNOWN_SYMBOL });
    expect(await compileCommand('bad.fsa', {}, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toMatch(/^bad\.fsa:5:25: error\[FSA203\]/);
    expect(io.writes).toEqual([]);
  });

  it.each([
    [['--neurons', 'abc'], "option '--neurons' must be an integer from 2 to 1000000, got 'abc'"],
    [['--neurons', '1e99'], "option '--neurons' must be an integer from 2 to 1000000, got '1e99'"],
    [['--neurons', '-3'], "option '--neurons' must be an integer from 2 to 1000000, got '-3'"],
    [['--eta', '0'], "option '--eta' must be a number greater than 0 and at most 1, got '0'"],
    [['--encoding', 'binary'], "option '--encoding' must be one of bipolar, uniform, got 'binary'"],
  ])('rejects %j as a usage error', async (flags, message) => {
    const io = memoryIo({ 't.fsa': TURNSTILE });
    expect(await runCli(['compile', 't.fsa', ...flags], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toBe(`cdam: ${message} (see 'cdam compile --help')\n`);
    expect(io.writes).toEqual([]);
  });

  it('suggests --neurons for --neuron', async () => {
    const io = memoryIo({ 't.fsa': TURNSTILE });
    expect(await runCli(['compile', 't.fsa', '--neuron', '64'], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toBe(
      "cdam: unknown option '--neuron' for 'compile'; did you mean '--neurons'? (see 'cdam compile --help')\n",
    );
  });
});

const SEQUENCES = 'sequence Melody {\n  items A, B, A, C\n  loop\n}\nsequence Line {\n  items x, y(2)\n}\n';
const ONE_SEQUENCE = 'sequence Melody {\n  items A, B, A, C\n  loop\n}\n';

describe('cdam compile --sequence', () => {
  it('writes a cdam-sequence-network artifact named after the sequence and prints its report', async () => {
    const io = memoryIo({ 's.fsa': SEQUENCES });
    expect(await compileCommand('s.fsa', { sequence: 'Melody' }, io)).toBe(ExitCode.Ok);
    expect(io.writes).toEqual(['Melody.cdam.json']);
    const loaded = loadSequenceArtifact(io.files.get('Melody.cdam.json') as string);
    expect(loaded.kind === 'ok' && loaded.sequence.items).toEqual(['A', 'B', 'C']);
    const lines = io.stdout().split('\n');
    expect(lines[0]).toBe("compiled 'Melody' from s.fsa -> Melody.cdam.json");
    expect(lines[1]).toBe('  sequence    4 steps over 3 items, loop');
    expect(lines[2]).toMatch(/^ {2}neurons {5}n = \d+ \(chosen automatically: .*\): \d+ item \+ \d+ context$/);
    expect(lines[3]).toBe('  patterns    p = 4 (one per tick of every step)');
    expect(lines[4]).toMatch(
      /^ {2}schedule {4}beta = [\d.]+ \(chosen automatically from the worst gap\), a = -4, h = 5, eta = 0\.2, one update per tick$/,
    );
    expect(lines[5]).toMatch(/^ {2}worst gap {3}[\d.]+ \(required [\d.]+; decode [\d.]+\)$/);
    expect(lines[6]).toBe('  codes       bipolar, seed 0');
    expect(lines[7]).toBe('  exact       yes: recall advances one pattern per tick');
    expect(io.stderr()).toBe('');
  });

  it('compiles the only declaration of a file whatever its kind, with the same bytes for the same seed', async () => {
    const io = memoryIo({ 'm.fsa': ONE_SEQUENCE });
    expect(await runCli(['compile', 'm.fsa', '-o', 'a.json', '--seed', '3', '--neurons', '64'], io)).toBe(ExitCode.Ok);
    expect(await runCli(['compile', 'm.fsa', '-o', 'b.json', '--seed', '3', '--neurons', '64'], io)).toBe(ExitCode.Ok);
    expect(io.files.get('a.json')).toBe(io.files.get('b.json'));
    expect(JSON.parse(io.files.get('a.json') as string)).toMatchObject({
      format: 'cdam-sequence-network',
      parameters: { neurons: 64, seed: 3 },
      source: { hashOf: 'text' },
    });
    const t = memoryIo({ 't.fsa': TURNSTILE });
    expect(await compileCommand('t.fsa', { output: '-' }, t)).toBe(ExitCode.Ok);
    expect(JSON.parse(t.stdout())).toMatchObject({ format: 'cdam-network' });
  });

  it('compiles the only automaton of a file that also has sequences, as without sequences', async () => {
    const both = memoryIo({ 'b.fsa': `${TURNSTILE}\n${ONE_SEQUENCE}` });
    expect(await compileCommand('b.fsa', { output: '-' }, both)).toBe(ExitCode.Ok);
    expect(JSON.parse(both.stdout())).toMatchObject({ format: 'cdam-network', name: 'Turnstile' });
  });

  it('asks which when the file has more than one declaration of a kind', async () => {
    const two = memoryIo({ 's.fsa': SEQUENCES });
    expect(await compileCommand('s.fsa', {}, two)).toBe(ExitCode.Errors);
    expect(two.stderr()).toMatch(
      /^cdam: s\.fsa: file has 2 sequences: Melody, Line; choose one with --sequence NAME\n$/,
    );
    const named = memoryIo({ 'b.fsa': `${TURNSTILE}\n${ONE_SEQUENCE}` });
    expect(await compileCommand('b.fsa', { automaton: 'Melody' }, named)).toBe(ExitCode.Errors);
    expect(named.stderr()).toMatch(/'Melody' is a sequence, not an automaton; choose it with --sequence Melody/);
  });

  it.each([
    [['--sequence', 'Melody', '--automaton', 'T'], "options '--automaton' and '--sequence' cannot be used together"],
    [
      ['--sequence', 'Melody', '--iterations', '3'],
      "option '--iterations' does not apply to sequence 'Melody': recall makes one update per tick",
    ],
    [
      ['--iterations', '3'],
      "option '--iterations' does not apply to sequence 'Melody': recall makes one update per tick",
    ],
    [['--sequence', 'Melody', '--eta', '0'], "option '--eta' must be a number greater than 0 and at most 1, got '0'"],
  ])('rejects %j as a usage error', async (flags, message) => {
    const io = memoryIo({ 'm.fsa': ONE_SEQUENCE });
    expect(await runCli(['compile', 'm.fsa', ...flags], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toBe(`cdam: ${message} (see 'cdam compile --help')\n`);
    expect(io.writes).toEqual([]);
  });

  it('applies the strength flags with the defaults and warnings of recall', async () => {
    const io = memoryIo({ 'm.fsa': ONE_SEQUENCE });
    expect(await runCli(['compile', 'm.fsa', '-o', '-', '--eta', '0.5'], io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout()).parameters).toMatchObject({ eta: 0.5, auto: -1, hetero: 2 });
    const forced = memoryIo({ 'm.fsa': ONE_SEQUENCE });
    expect(await runCli(['compile', 'm.fsa', '-o', '-', '--auto', '0', '--hetero', '1'], forced)).toBe(ExitCode.Ok);
    expect(forced.stderr()).toMatch(
      /^ {2}exact {7}not guaranteed \(see the warnings\)\nwarning: eta · hetero = 0\.2 is not 1/m,
    );
  });
});

describe('artifactFileName', () => {
  it('keeps plain names and replaces characters that do not belong in a file name', () => {
    expect(artifactFileName('Turnstile')).toBe('Turnstile.cdam.json');
    expect(artifactFileName('a or ab')).toBe('a-or-ab.cdam.json');
    expect(artifactFileName('../etc/passwd')).toBe('etc-passwd.cdam.json');
    expect(artifactFileName('"')).toBe('network.cdam.json');
  });
});
