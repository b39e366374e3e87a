import { compileAutomaton, toArtifact } from '@cdam/compiler';
import { parse } from '@cdam/language';
import { findAutomatonSpec } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo, TURNSTILE, TWO_AUTOMATA, UNKNOWN_SYMBOL } from '../testing/index.js';
import { runCommand, wordLines } from './run.js';

const TCP = `dfa Tcp {
  alphabet "passive open", SYN, ACK
  start CLOSED
  accept ESTABLISHED
  CLOSED -> LISTEN on "passive open"
  LISTEN -> SYN_RCVD on SYN
  SYN_RCVD -> ESTABLISHED on ACK
}
`;

function turnstileArtifact(): string {
  const found = findAutomatonSpec(parse(TURNSTILE).file);
  if (!found.ok) throw new Error(found.message);
  const compiled = compileAutomaton(found.declaration);
  if (compiled.kind === 'error') throw new Error(compiled.error.message);
  return toArtifact(compiled.network);
}

const files = { 't.fsa': TURNSTILE, 'tcp.fsa': TCP, 'two.fsa': TWO_AUTOMATA, 'bad.fsa': UNKNOWN_SYMBOL };

interface JsonRun {
  input?: string;
  word: string[];
  accepted: boolean;
  states: string[];
  margins: number[];
  finalState: string | null;
  symbolic: { accepted: boolean; states: string[] };
  agrees: boolean;
}

describe('cdam run --input', () => {
  it('prints one row per step, the decoded and the automaton state, and the verdict', async () => {
    const io = memoryIo(files);
    expect(await runCommand('t.fsa', { input: 'coin push' }, io)).toBe(ExitCode.Ok);
    const lines = io.stdout().split('\n');
    expect(lines[0]).toMatch(/^Turnstile: n = \d+ neurons, p = 6 patterns, K = 2 iterations per symbol$/);
    expect(lines[1]).toBe('  step  symbol   network   automaton  margin');
    expect(lines[2]).toMatch(/^ {5}0 {2}\(start\) {2}locked {4}locked {6}[ \d]\.\d{3}$/);
    expect(lines[3]).toMatch(/^ {5}1 {2}coin {5}unlocked {2}unlocked {4}[ \d]\.\d{3}$/);
    expect(lines[4]).toMatch(/^ {5}2 {2}push {5}locked {4}locked {6}[ \d]\.\d{3}$/);
    expect(lines[5]).toBe('accepted; the automaton agrees');
    expect(lines.length).toBe(7);
    expect(io.stderr()).toBe('');
  });

  it('--json prints one object with the states, margins and the symbolic run', async () => {
    const io = memoryIo(files);
    expect(await runCommand('t.fsa', { input: 'coin', json: true }, io)).toBe(ExitCode.Ok);
    expect(io.stdout().endsWith('\n')).toBe(true);
    expect(io.stdout().trim().split('\n')).toHaveLength(1);
    const run = JSON.parse(io.stdout()) as JsonRun;
    expect(run).toMatchObject({
      word: ['coin'],
      accepted: false,
      states: ['locked', 'unlocked'],
      finalState: 'unlocked',
      symbolic: { accepted: false, states: ['locked', 'unlocked'] },
      agrees: true,
    });
    expect(run.margins).toHaveLength(2);
    expect(run.margins.every((m) => m > 0 && m <= 2)).toBe(true);
  });

  it('reads quoted symbols', async () => {
    const io = memoryIo(files);
    expect(await runCommand('tcp.fsa', { input: '"passive open" SYN ACK', json: true }, io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toMatchObject({
      word: ['passive open', 'SYN', 'ACK'],
      accepted: true,
      states: ['CLOSED', 'LISTEN', 'SYN_RCVD', 'ESTABLISHED'],
    });
  });

  it('runs the empty word', async () => {
    const io = memoryIo(files);
    expect(await runCommand('t.fsa', { input: '""', json: true }, io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toMatchObject({ word: [], accepted: true, states: ['locked'] });
  });

  it('runs the completed DFA: a missing transition goes to the dead state', async () => {
    const io = memoryIo(files);
    expect(await runCommand('tcp.fsa', { input: 'SYN', json: true }, io)).toBe(ExitCode.Ok);
    const run = JSON.parse(io.stdout()) as JsonRun;
    expect(run.accepted).toBe(false);
    expect(run.symbolic.states).toEqual(run.states);
    expect(run.states[1]).not.toBe('LISTEN');
  });

  it('names a symbol outside the alphabet and exits 1', async () => {
    const io = memoryIo(files);
    expect(await runCommand('t.fsa', { input: 'coin pull' }, io)).toBe(ExitCode.Errors);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toBe("cdam: --input: symbol 'pull' at column 6 is not in the alphabet (coin, push)\n");
  });

  it('runs a compiled artifact', async () => {
    const io = memoryIo({ 'Turnstile.cdam.json': turnstileArtifact() });
    expect(await runCommand('Turnstile.cdam.json', { input: 'coin coin push', json: true }, io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toMatchObject({ accepted: true, agrees: true });
  });

  it('reports a foreign artifact once, with the fix', async () => {
    const io = memoryIo({ 'x.cdam.json': '{"format": "something-else"}' });
    expect(await runCommand('x.cdam.json', { input: 'a' }, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toBe(
      `cdam: x.cdam.json: invalid cdam-network artifact: format: expected 'cdam-network', found "something-else"; compile the .fsa source again with 'cdam compile'\n`,
    );
  });

  it('reports a damaged artifact naming the field, with the fix', async () => {
    const json = JSON.parse(turnstileArtifact());
    json.codes.state = 'x';
    const io = memoryIo({ 'x.cdam.json': JSON.stringify(json) });
    expect(await runCommand('x.cdam.json', { input: 'coin' }, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toMatch(
      /^cdam: x\.cdam\.json: invalid cdam-network artifact: codes\.state: [^\n]*; compile the \.fsa source again with 'cdam compile'\n$/,
    );
  });

  it('chooses an automaton with --automaton', async () => {
    const io = memoryIo(files);
    expect(await runCommand('two.fsa', { input: '0110', automaton: 'Even', json: true }, io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toMatchObject({ accepted: true, word: ['0', '1', '1', '0'] });
  });

  it('prints diagnostics for a file with errors and names a missing file', async () => {
    const bad = memoryIo(files);
    expect(await runCommand('bad.fsa', { input: 'coin' }, bad)).toBe(ExitCode.Errors);
    expect(bad.stderr()).toMatch(/^bad\.fsa:5:25: error\[FSA203\]/);
    const missing = memoryIo(files);
    expect(await runCommand('none.fsa', { input: 'coin' }, missing)).toBe(ExitCode.Errors);
    expect(missing.stderr()).toBe("cdam: cannot read 'none.fsa': no such file or directory\n");
  });

  // Multiples of 3 on a long word: noise that perturbs 30% of the state part before every input changes
  // the run (with seed 1 only the states on the way, with seed 3 the verdict too), unlike the turnstile's.
  const MULTIPLES_OF_3 =
    'dfa M3 {\n  alphabet 0, 1\n  start r0\n  accept r0\n  r0 -> r0 on 0\n  r0 -> r1 on 1\n  r1 -> r0 on 1\n' +
    '  r1 -> r2 on 0\n  r2 -> r1 on 0\n  r2 -> r2 on 1\n}\n';
  const noisy = async (noise: number | undefined, seed: number, json = false) => {
    const io = memoryIo({ 'm3.fsa': MULTIPLES_OF_3 });
    const options = { input: '110110111011', ...(noise !== undefined ? { noise } : {}), seed, json };
    expect(await runCommand('m3.fsa', options, io)).toBe(ExitCode.Ok);
    return io.stdout();
  };

  it('with noise, shows the level and is reproducible for a seed; noise changes the run', async () => {
    const clean = await noisy(undefined, 1);
    expect(clean).not.toContain('noise');
    expect(clean).toMatch(/\nrejected; the automaton agrees\n$/);
    const first = await noisy(0.3, 1);
    expect(first).toBe(await noisy(0.3, 1));
    expect(first.split('\n')[1]).toBe(
      'noise 0.3: that fraction of the state part perturbed (flipped or redrawn) before every input, seed 1',
    );
    // Seed 1: same verdict, other states on the way, which is not a disagreement.
    expect(first).toMatch(
      /\nrejected; the automaton rejected too, but the network's intermediate states differ \(steps marked !\)\n$/,
    );
    expect(first).not.toContain('DISAGREES');
    // Seed 3: the verdict itself differs.
    const other = await noisy(0.3, 3);
    expect(other).toMatch(/\naccepted; the automaton rejected: the network DISAGREES \(steps marked !\)\n$/);
    const json = (seed: number) => noisy(0.3, seed, true).then((text) => JSON.parse(text) as { states: string[] });
    expect((await json(1)).states).not.toEqual((await json(3)).states);
  });
});

describe('cdam run --words', () => {
  const words = 'coin push\n\n""\ncoin\r\n   \ncoin coin push\n';

  it('prints one JSON line per word, with the word as written', async () => {
    const io = memoryIo({ ...files, 'words.txt': words });
    expect(await runCommand('t.fsa', { words: 'words.txt', json: true }, io)).toBe(ExitCode.Ok);
    const runs = io
      .stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as JsonRun);
    expect(runs.map((r) => [r.input, r.accepted, r.states])).toEqual([
      ['coin push', true, ['locked', 'unlocked', 'locked']],
      ['""', true, ['locked']],
      ['coin', false, ['locked', 'unlocked']],
      ['coin coin push', true, ['locked', 'unlocked', 'unlocked', 'locked']],
    ]);
    expect(runs.every((r) => r.agrees && r.margins.length === r.states.length)).toBe(true);
  });

  it('agrees with --input word by word', async () => {
    const batch = memoryIo({ ...files, 'words.txt': 'coin push coin\n' });
    await runCommand('t.fsa', { words: 'words.txt', json: true }, batch);
    const single = memoryIo(files);
    await runCommand('t.fsa', { input: 'coin push coin', json: true }, single);
    const fromBatch = JSON.parse(batch.stdout()) as JsonRun;
    const fromSingle = JSON.parse(single.stdout()) as JsonRun;
    expect(fromBatch.states).toEqual(fromSingle.states);
    fromBatch.margins.forEach((m, i) => expect(m).toBeCloseTo(fromSingle.margins[i], 9));
  });

  it('prints a compact table and a summary in text mode', async () => {
    const io = memoryIo({ ...files, 'words.txt': words });
    expect(await runCommand('t.fsa', { words: 'words.txt' }, io)).toBe(ExitCode.Ok);
    const lines = io.stdout().split('\n');
    expect(lines[1]).toBe('  network   automaton  final     min margin  input');
    expect(lines[2]).toMatch(/^ {2}accepted {2}accepted {3}locked {4}[ \d]{6}\.\d{3} {2}coin push$/);
    expect(lines[3]).toMatch(/^ {2}accepted {2}accepted {3}locked {4}[ \d]{6}\.\d{3} {2}""$/);
    expect(lines[4]).toMatch(/^ {2}rejected {2}rejected {3}unlocked {2}[ \d]{6}\.\d{3} {2}coin$/);
    expect(lines[6]).toBe('4 words: 3 accepted, 1 rejected; the automaton agrees on all');
  });

  it('reads words from stdin with -', async () => {
    const io = memoryIo(files, { stdin: 'coin\n' });
    expect(await runCommand('t.fsa', { words: '-', json: true }, io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toMatchObject({ input: 'coin', accepted: false });
  });

  it('names every bad line and runs nothing', async () => {
    const io = memoryIo({ ...files, 'words.txt': 'coin\ncoin pull\n\npush "x"\n' });
    expect(await runCommand('t.fsa', { words: 'words.txt' }, io)).toBe(ExitCode.Errors);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toBe(
      [
        "cdam: words.txt:2: symbol 'pull' at column 6 is not in the alphabet (coin, push)",
        "cdam: words.txt:4: symbol 'x' at column 6 is not in the alphabet (coin, push)",
        '',
      ].join('\n'),
    );
  });

  it('escapes control characters in the words file name of its messages', async () => {
    const io = memoryIo({ ...files, 'w\u001b[2J.txt': 'pull\n' });
    expect(await runCommand('t.fsa', { words: 'w\u001b[2J.txt' }, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toBe(
      "cdam: w\\u{1B}[2J.txt:1: symbol 'pull' at column 1 is not in the alphabet (coin, push)\n",
    );
  });

  it('names a missing words file', async () => {
    const io = memoryIo(files);
    expect(await runCommand('t.fsa', { words: 'nope.txt' }, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toBe("cdam: cannot read 'nope.txt': no such file or directory\n");
  });
});

describe('cdam run usage', () => {
  it('needs --input or --words, not both', async () => {
    const neither = memoryIo(files);
    expect(await runCli(['run', 't.fsa'], neither)).toBe(ExitCode.Usage);
    expect(neither.stderr()).toBe(
      "cdam: give a word with --input WORD, or a file of words with --words FILE (see 'cdam run --help')\n",
    );
    const both = memoryIo(files);
    expect(await runCli(['run', 't.fsa', '--input', 'coin', '--words', 'w.txt'], both)).toBe(ExitCode.Usage);
    expect(both.stderr()).toBe(
      "cdam: options '--input' and '--words' cannot be used together (see 'cdam run --help')\n",
    );
  });

  it.each([
    [['--noise', '1.5'], "option '--noise' must be a number from 0 to 1, got '1.5'"],
    [['--noise', 'lots'], "option '--noise' must be a number from 0 to 1, got 'lots'"],
    [['--seed', '-1'], "option '--seed' must be an integer from 0 to 4294967295, got '-1'"],
  ])('rejects %j as a usage error', async (flags, message) => {
    const io = memoryIo(files);
    expect(await runCli(['run', 't.fsa', '--input', 'coin', ...flags], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toBe(`cdam: ${message} (see 'cdam run --help')\n`);
  });

  it('passes an empty --input as the empty word', async () => {
    const io = memoryIo(files);
    expect(await runCli(['run', 't.fsa', '--input', '', '--json'], io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toMatchObject({ word: [], accepted: true });
  });
});

describe('wordLines', () => {
  it('skips blank lines, strips carriage returns and keeps line numbers', () => {
    expect(wordLines('a\r\n\n  \n""\nb c')).toEqual([
      { line: 1, text: 'a' },
      { line: 4, text: '""' },
      { line: 5, text: 'b c' },
    ]);
  });
});

describe('cdam run --words with no words', () => {
  it('is an error naming the file (or stdin) and how to write words, with nothing on stdout', async () => {
    for (const [args, stdin, where] of [
      [['--words', '-'], '', 'stdin'],
      [['--words', '-', '--json'], '\r\n  \n', 'stdin'],
      [['--words', 'empty.txt'], undefined, 'empty.txt'],
    ] as const) {
      const io = memoryIo({ ...files, 'empty.txt': '' }, { stdin });
      expect(await runCli(['run', 't.fsa', ...args], io)).toBe(ExitCode.Errors);
      expect(io.stdout()).toBe('');
      expect(io.stderr()).toBe(`cdam: ${where}: no words to run; write one word per line ("" for the empty word)\n`);
    }
  });
});

describe('cdam run --words - from a terminal', () => {
  it('says it is reading the terminal and how to end, so it does not look hung', async () => {
    const io = memoryIo(files, { stdin: 'coin\n', stdinIsTTY: true });
    expect(await runCli(['run', 't.fsa', '--words', '-', '--json'], io)).toBe(ExitCode.Ok);
    expect(io.stderr()).toBe('cdam: reading words from the terminal, one per line; end with Ctrl-D\n');
    expect(io.stdout().split('\n')).toHaveLength(2);
  });
});
