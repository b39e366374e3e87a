import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExitCode, runCli } from '@cdam/cli';
// The cli's test double has no `@cdam/cli/testing` alias in vitest.config.ts and tsconfig.json (yet).
import { memoryIo, type MemoryIo } from '../packages/cli/src/testing/index.js';
import { describe, expect, it } from 'vitest';

/**
 * The external contract of the `cdam` command line, as outside tools read it: argument syntax, exit codes,
 * and the key names, types and lengths of every JSON output. Each command runs in memory through
 * `runCli` (the real argument parser, no spawn) on the real `samples/` files. A failure here means a
 * script that drives cdam breaks: change the contract on purpose, never to make this pass.
 */
const samplesDir = fileURLToPath(new URL('../samples/', import.meta.url));
const SAMPLES: Record<string, string> = Object.fromEntries(
  readdirSync(samplesDir)
    .filter((name) => name.endsWith('.fsa'))
    .map((name) => [`samples/${name}`, readFileSync(`${samplesDir}${name}`, 'utf8')]),
);

interface Ran {
  readonly code: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
  readonly io: MemoryIo;
}

async function cdam(
  args: readonly string[],
  options: { files?: Record<string, string>; stdin?: string } = {},
): Promise<Ran> {
  const io = memoryIo({ ...SAMPLES, ...options.files }, { stdin: options.stdin });
  const code = await runCli(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr(), io };
}

/** Parses stdout as exactly one JSON document (anything else on stdout fails the test). */
function json(ran: Ran): unknown {
  return JSON.parse(ran.stdout);
}

/** Parses stdout as JSON lines: one object per non-empty line. */
function jsonLines(ran: Ran): Record<string, unknown>[] {
  expect(ran.stdout.endsWith('\n')).toBe(true);
  return ran.stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const BROKEN = 'dfa T {\n  alphabet a\n  start q\n  accept q\n  q -> q on a, b\n}\n';
const NOT_FORMATTED = 'dfa   T {\nalphabet a\n     start q accept q\n  q -> q on a }\n';
const SYNTAX_ERROR = 'dfa T {\n  alphabet a\n  q -> on a\n';

const DIAGNOSTIC_KEYS = ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message'] as const;

function expectDiagnostic(d: unknown): void {
  expect(d).toBeTypeOf('object');
  const record = d as Record<string, unknown>;
  for (const key of DIAGNOSTIC_KEYS) expect(record).toHaveProperty(key);
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    expect(Number.isInteger(record[key]) && (record[key] as number) >= 1).toBe(true);
  }
  for (const key of ['file', 'code', 'message'] as const) expect(record[key]).toBeTypeOf('string');
  expect(['error', 'warning', 'info', 'hint']).toContain(record.severity);
}

describe('cdam check', () => {
  it('exits 0 and prints [] for every sample, as one JSON array', async () => {
    const ran = await cdam(['check', '--format', 'json', ...Object.keys(SAMPLES)]);
    expect(ran.code).toBe(0);
    expect(json(ran)).toEqual([]);
  });

  it('exits 1 with ONE array of {file, line, column, endLine, endColumn, severity, code, message} over all files', async () => {
    const ran = await cdam(['check', '--format', 'json', 'samples/turnstile.fsa', 'b1.fsa', 'b2.fsa'], {
      files: { 'b1.fsa': BROKEN, 'b2.fsa': SYNTAX_ERROR },
    });
    expect(ran.code).toBe(1);
    const report = json(ran) as Record<string, unknown>[];
    expect(Array.isArray(report)).toBe(true);
    report.forEach(expectDiagnostic);
    expect(new Set(report.map((d) => d.file))).toEqual(new Set(['b1.fsa', 'b2.fsa']));
    expect(report.find((d) => d.file === 'b1.fsa')).toMatchObject({ line: 5, column: 16, code: 'FSA203' });
  });

  it('prints compiler-style text by default and exits 2 on a usage error', async () => {
    const text = await cdam(['check', 'b1.fsa'], { files: { 'b1.fsa': BROKEN } });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^b1\.fsa:5:16: error\[FSA203\]: /m);
    expect((await cdam(['check', '--format', 'xml', 'samples/turnstile.fsa'])).code).toBe(2);
    expect((await cdam(['check'])).code).toBe(2);
  });
});

describe('cdam fmt', () => {
  it('prints the canonical layout; --check exits 0 on a sample and 1 on an unformatted file', async () => {
    const printed = await cdam(['fmt', 'samples/turnstile.fsa']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(SAMPLES['samples/turnstile.fsa']);
    expect((await cdam(['fmt', '--check', 'samples/turnstile.fsa'])).code).toBe(0);
    const unformatted = await cdam(['fmt', '--check', 'u.fsa'], { files: { 'u.fsa': NOT_FORMATTED } });
    expect(unformatted.code).toBe(1);
    expect(unformatted.io.writes).toEqual([]);
  });

  it('--write rewrites an unformatted file, and never touches a file with syntax errors', async () => {
    const written = await cdam(['fmt', '--write', 'u.fsa'], { files: { 'u.fsa': NOT_FORMATTED } });
    expect(written.code).toBe(0);
    expect(written.io.files.get('u.fsa')).toBe('dfa T {\n  alphabet a\n  start q\n  accept q\n  q -> q on a\n}\n');
    const broken = await cdam(['fmt', '--write', 's.fsa'], { files: { 's.fsa': SYNTAX_ERROR } });
    expect(broken.code).toBe(1);
    expect(broken.io.writes).toEqual([]);
    expect(broken.io.files.get('s.fsa')).toBe(SYNTAX_ERROR);
  });

  it('exits 2 when --write and --check are both given', async () => {
    expect((await cdam(['fmt', '--write', '--check', 'samples/turnstile.fsa'])).code).toBe(2);
  });
});

describe('cdam export and cdam import', () => {
  it('exports json, jff and dot, choosing with --automaton', async () => {
    const asJson = await cdam(['export', 'samples/turnstile.fsa', '--format', 'json']);
    expect(asJson.code).toBe(0);
    expect(json(asJson)).toMatchObject({ name: 'Turnstile' });
    const jff = await cdam(['export', 'samples/ends-with-abb.fsa', '--format', 'jff', '--automaton', 'EndsWithAbb']);
    expect(jff.code).toBe(0);
    expect(jff.stdout).toMatch(/<structure[\s>]/);
    const dot = await cdam(['export', 'samples/turnstile.fsa', '--format', 'dot']);
    expect(dot.code).toBe(0);
    expect(dot.stdout).toMatch(/^(strict )?digraph /);
  });

  it('exports a sequence as json with --sequence, and exits 2 on an unknown --format', async () => {
    const ran = await cdam(['export', 'samples/sequences.fsa', '--format', 'json', '--sequence', 'Melody']);
    expect(ran.code).toBe(0);
    expect(json(ran)).toMatchObject({ name: 'Melody' });
    expect((await cdam(['export', 'samples/turnstile.fsa', '--format', 'png'])).code).toBe(2);
  });

  it('imports .jff and cdam JSON back to .fsa text that checks clean, on stdout or with -o', async () => {
    const jff = (await cdam(['export', 'samples/ends-with-abb.fsa', '--format', 'jff'])).stdout;
    const cdamJson = (await cdam(['export', 'samples/turnstile.fsa', '--format', 'json'])).stdout;
    const fromJff = await cdam(['import', 'm.jff'], { files: { 'm.jff': jff } });
    expect(fromJff.code).toBe(0);
    expect(fromJff.stdout).toMatch(/^nfa EndsWithAbb \{/m);
    const fromJson = await cdam(['import', 'm.json', '-o', 'out.fsa'], { files: { 'm.json': cdamJson } });
    expect(fromJson.code).toBe(0);
    const text = fromJson.io.files.get('out.fsa') ?? '';
    expect(text).toMatch(/^dfa Turnstile \{/m);
    expect((await cdam(['check', 'out.fsa'], { files: { 'out.fsa': text } })).code).toBe(0);
  });
});

describe('cdam compile', () => {
  it('writes a "cdam-network" version 1 artifact with -o, and honours every network flag', async () => {
    const ran = await cdam([
      'compile',
      'samples/turnstile.fsa',
      '--automaton',
      'Turnstile',
      '-o',
      't.cdam.json',
      '--neurons',
      '64',
      '--seed',
      '3',
      '--beta',
      '20',
      '--auto',
      '-1',
      '--hetero',
      '2',
      '--eta',
      '1',
      '--iterations',
      '2',
    ]);
    expect(ran.code).toBe(0);
    const artifact = JSON.parse(ran.io.files.get('t.cdam.json') ?? '') as Record<string, unknown>;
    expect(artifact).toMatchObject({
      format: 'cdam-network',
      version: 1,
      name: 'Turnstile',
      parameters: { neurons: 64, seed: 3, beta: 20, auto: -1, hetero: 2, eta: 1, iterations: 2 },
    });
  });

  it('writes the artifact to stdout with -o -, and exits 2 on a bad flag value', async () => {
    const ran = await cdam(['compile', 'samples/even-parity.fsa', '-o', '-']);
    expect(ran.code).toBe(0);
    expect(json(ran)).toMatchObject({ format: 'cdam-network', version: 1 });
    expect((await cdam(['compile', 'samples/even-parity.fsa', '--neurons', '1'])).code).toBe(2);
  });

  it('writes a "cdam-sequence-network" version 1 artifact with --sequence, which cdam recall reads', async () => {
    const ran = await cdam(['compile', 'samples/sequences.fsa', '--sequence', 'Melody', '-o', '-', '--seed', '2']);
    expect(ran.code).toBe(0);
    const artifact = json(ran);
    expect(artifact).toMatchObject({
      format: 'cdam-sequence-network',
      version: 1,
      name: 'Melody',
      parameters: { seed: 2, eta: 0.2, auto: -4, hetero: 5 },
      sequence: { items: ['A', 'B', 'C'], loop: true },
    });
    const recalled = await cdam(['recall', 'm.cdam.json', '--ticks', '4', '--json'], {
      files: { 'm.cdam.json': ran.stdout },
    });
    expect(recalled.code).toBe(0);
    expect((json(recalled) as { items: string[] }).items).toEqual(['A', 'B', 'A', 'C', 'A']);
    expect(
      (await cdam(['recall', 'm.cdam.json', '--neurons', '64'], { files: { 'm.cdam.json': ran.stdout } })).code,
    ).toBe(2);
  });
});

interface RunJson {
  input?: string;
  accepted: boolean;
  states: string[];
  margins: number[];
  symbolic: { accepted: boolean; states: string[] };
}

function expectRunJson(run: unknown, length: number): asserts run is RunJson {
  const r = run as RunJson;
  expect(r.accepted).toBeTypeOf('boolean');
  expect(r.states).toHaveLength(length + 1);
  r.states.forEach((s) => expect(s === null || typeof s === 'string').toBe(true));
  expect(r.margins).toHaveLength(length + 1);
  r.margins.forEach((m) => expect(m).toBeTypeOf('number'));
  expect(r.symbolic.accepted).toBeTypeOf('boolean');
  expect(r.symbolic.states).toHaveLength(length + 1);
}

describe('cdam run', () => {
  it('--json: {accepted, states (start + one per input), margins (same length), symbolic: {accepted, states}}', async () => {
    const ran = await cdam(['run', 'samples/turnstile.fsa', '--input', 'coin push push', '--json']);
    expect(ran.code).toBe(0);
    const run = json(ran);
    expectRunJson(run, 3);
    expect(run).toMatchObject({ accepted: true, symbolic: { accepted: true } });
    expect(run.states).toEqual(['locked', 'unlocked', 'locked', 'locked']);
  });

  it('runs a .cdam.json artifact with --automaton, --noise and --seed', async () => {
    const artifact = (await cdam(['compile', 'samples/family-tree.fsa', '-o', '-'])).stdout;
    const ran = await cdam(
      [
        'run',
        'f.cdam.json',
        '--input',
        'wife daughter brother',
        '--automaton',
        'FamilyTree',
        '--noise',
        '0.1',
        '--seed',
        '5',
        '--json',
      ],
      { files: { 'f.cdam.json': artifact } },
    );
    expect(ran.code).toBe(0);
    expectRunJson(json(ran), 3);
  });

  it('--words FILE and --words - (stdin): one JSON object per line, each with its input', async () => {
    const words = 'coin\r\ncoin push\n""\n';
    const fromFile = await cdam(['run', 'samples/turnstile.fsa', '--words', 'w.txt', '--json'], {
      files: { 'w.txt': words },
    });
    const fromStdin = await cdam(['run', 'samples/turnstile.fsa', '--words', '-', '--json'], { stdin: words });
    for (const ran of [fromFile, fromStdin]) {
      expect(ran.code).toBe(0);
      const lines = jsonLines(ran);
      expect(lines.map((l) => l.input)).toEqual(['coin', 'coin push', '""']);
      lines.forEach((l, i) => expectRunJson(l, [1, 2, 0][i]));
    }
  });

  it('a symbol outside the alphabet is an error naming it', async () => {
    const ran = await cdam(['run', 'samples/turnstile.fsa', '--input', 'coin kick', '--json']);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toContain("'kick'");
    const words = await cdam(['run', 'samples/turnstile.fsa', '--words', '-'], { stdin: 'coin\nkick\n' });
    expect(words.code).toBe(1);
    expect(words.stderr).toContain("'kick'");
  });
});

describe('cdam verify', () => {
  interface VerifyJson {
    wordsChecked: number;
    exhaustiveDepth: number;
    mismatches: { word: string[]; expected: string | null; got: string | null; atInput: number }[];
    minMargin: number;
    noise: { level: number; accuracy: number }[];
  }

  function expectVerifyJson(value: unknown): asserts value is VerifyJson {
    const v = value as VerifyJson;
    expect(Number.isInteger(v.wordsChecked)).toBe(true);
    expect(Number.isInteger(v.exhaustiveDepth)).toBe(true);
    expect(Array.isArray(v.mismatches)).toBe(true);
    expect(v.minMargin).toBeTypeOf('number');
    expect(v.noise.length).toBeGreaterThan(0);
    for (const row of v.noise) {
      expect(row.level).toBeTypeOf('number');
      expect(row.accuracy).toBeTypeOf('number');
    }
  }

  it('--json: {wordsChecked, exhaustiveDepth, mismatches: [], minMargin, noise: [{level, accuracy}]}, exit 0', async () => {
    const args = ['verify', 'samples/turnstile.fsa', '--automaton', 'Turnstile', '--depth', '4', '--samples', '20'];
    const ran = await cdam([...args, '--noise', '0.05', '--seed', '1', '--json']);
    expect(ran.code).toBe(0);
    const report = json(ran);
    expectVerifyJson(report);
    expect(report.mismatches).toEqual([]);
    expect(report.exhaustiveDepth).toBe(4);
    expect(report.wordsChecked).toBeGreaterThanOrEqual(2 ** 5 - 1);
    expect(report.noise.map((r) => r.level)).toContain(0.05);
  });

  it('exits 1 with mismatches [{word, expected, got, atInput}] when the network is not the automaton', async () => {
    const artifact = JSON.parse((await cdam(['compile', 'samples/turnstile.fsa', '-o', '-'])).stdout) as {
      parameters: { auto: number; hetero: number };
      report: { auto: number; hetero: number };
    };
    // Pure auto-association (a = 1, h = 0) holds the start state whatever the input. Report and parameters
    // are edited alike (an artifact whose report disagrees with its parameters is refused).
    artifact.parameters.auto = artifact.report.auto = 1;
    artifact.parameters.hetero = artifact.report.hetero = 0;
    const ran = await cdam(['verify', 'bad.cdam.json', '--depth', '2', '--samples', '5', '--json'], {
      files: { 'bad.cdam.json': JSON.stringify(artifact) },
    });
    expect(ran.code).toBe(1);
    const report = json(ran);
    expectVerifyJson(report);
    expect(report.mismatches.length).toBeGreaterThan(0);
    for (const m of report.mismatches) {
      expect(Array.isArray(m.word)).toBe(true);
      expect(m.expected === null || typeof m.expected === 'string').toBe(true);
      expect(m.got === null || typeof m.got === 'string').toBe(true);
      expect(Number.isInteger(m.atInput)).toBe(true);
    }
  });

  it('exits non-zero, never 0, when the file cannot be verified', async () => {
    const ran = await cdam(['verify', 'missing.fsa', '--json']);
    expect(ran.code).not.toBe(0);
    expect(ran.stdout).toBe('');
  });
});

describe('cdam equiv', () => {
  it('--json {equivalent: true, counterexample: null, acceptedBy: null}, exit 0, across .fsa and .jff', async () => {
    const jff = (await cdam(['export', 'samples/ends-with-abb.fsa', '--format', 'jff'])).stdout;
    const ran = await cdam(['equiv', 'samples/ends-with-abb.fsa', 'e.jff', '--json'], { files: { 'e.jff': jff } });
    expect(ran.code).toBe(0);
    expect(json(ran)).toMatchObject({ equivalent: true, counterexample: null, acceptedBy: null });
  });

  it('--json {equivalent: false, counterexample: [symbols], acceptedBy: file}, exit 1', async () => {
    const ran = await cdam([
      'equiv',
      'samples/even-parity.fsa',
      'samples/multiples-of-3.fsa',
      '--automaton',
      'EvenParity',
      '--automaton',
      'MultiplesOf3',
      '--json',
    ]);
    expect(ran.code).toBe(1);
    const result = json(ran) as { equivalent: boolean; counterexample: string[]; acceptedBy: string };
    expect(result.equivalent).toBe(false);
    expect(Array.isArray(result.counterexample)).toBe(true);
    result.counterexample.forEach((s) => expect(s).toBeTypeOf('string'));
    expect(['samples/even-parity.fsa', 'samples/multiples-of-3.fsa']).toContain(result.acceptedBy);
  });

  it('exits 1 on an error (missing file, unknown automaton), as every command does', async () => {
    expect((await cdam(['equiv', 'samples/turnstile.fsa', 'missing.fsa'])).code).toBe(1);
    expect((await cdam(['equiv', 'samples/turnstile.fsa', 'samples/turnstile.fsa', '--automaton', 'Nope'])).code).toBe(
      1,
    );
  });
});

describe('cdam recall', () => {
  interface RecallJson {
    items: (string | null)[];
    margins: number[];
  }

  it('--json {items, margins}: the cue then one per tick', async () => {
    const ran = await cdam(['recall', 'samples/sequences.fsa', '--sequence', 'Melody', '--ticks', '6', '--json']);
    expect(ran.code).toBe(0);
    const result = json(ran) as RecallJson;
    expect(result.items).toHaveLength(7);
    expect(result.margins).toHaveLength(7);
    result.items.forEach((item) => expect(item === null || typeof item === 'string').toBe(true));
    result.margins.forEach((m) => expect(m).toBeTypeOf('number'));
  });

  it('accepts --cue, --cue-index, --cue-noise, --auto and --hetero', async () => {
    const base = ['recall', 'samples/sequences.fsa', '--sequence', 'Melody', '--ticks', '3', '--json'];
    for (const extra of [
      ['--cue', 'B', '--cue-noise', '0.2'],
      ['--cue-index', '1', '--auto', '-4', '--hetero', '5'],
    ]) {
      const ran = await cdam([...base, ...extra]);
      expect(ran.code).toBe(0);
      const result = json(ran) as RecallJson;
      expect(result.items).toHaveLength(4);
      expect(result.margins).toHaveLength(4);
    }
    expect((await cdam([...base, '--cue', 'B', '--cue-index', '1'])).code).toBe(2);
  });
});

describe('cdam modes', () => {
  interface ModesJson {
    rows: { a: number; h: number; correlationByDistance: number[]; mode: string }[];
  }

  function expectRows(value: unknown, as: readonly number[]): void {
    const rows = (value as ModesJson).rows;
    expect(rows.map((r) => r.a)).toEqual(as);
    for (const row of rows) {
      expect(row.h).toBeTypeOf('number');
      expect(row.correlationByDistance.length).toBeGreaterThan(0);
      row.correlationByDistance.forEach((c) => expect(c).toBeTypeOf('number'));
      expect(row.mode).toBeTypeOf('string');
    }
  }

  it('--json {rows: [{a, h, correlationByDistance, mode}]} on cycle:30, path:N, karate and a .fsa file', async () => {
    for (const graph of ['cycle:30', 'path:6', 'karate', 'samples/turnstile.fsa']) {
      const ran = await cdam(['modes', '--graph', graph, '--neurons', '100', '--a', '1,-1', '--json']);
      expect(ran.code).toBe(0);
      expectRows(json(ran), [1, -1]);
    }
  });

  it('--svg writes an SVG file; a bad --graph exits 2', async () => {
    const ran = await cdam(['modes', '--graph', 'path:4', '--neurons', '50', '--a', '1', '--svg', 'm.svg']);
    expect(ran.code).toBe(0);
    expect(ran.io.files.get('m.svg')).toMatch(/<svg[\s>]/);
    expect((await cdam(['modes', '--graph', 'wheel:5'])).code).toBe(2);
  });
});

describe('cdam step', () => {
  it('without a terminal prints the steps as plain text and exits 0', async () => {
    const ran = await cdam(['step', 'samples/family-tree.fsa', '--input', 'wife daughter brother']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('brother');
    expect(ran.stdout).not.toMatch(/\u001b\[/);
  });
});
