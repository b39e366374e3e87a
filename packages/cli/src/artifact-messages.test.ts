import { describe, expect, it } from 'vitest';
import { ExitCode } from './exit-code.js';
import { runCli } from './program.js';
import { memoryIo, TURNSTILE } from './testing/index.js';

/**
 * What `run`, `recall`, `verify` and `step` say about an edited artifact: an edited automaton table is
 * refused naming the field, parameters that lost exactness run with a warning naming the parameter, and
 * nothing an artifact holds reaches the terminal as a control character.
 */
const MELODY = 'sequence Melody {\n  items A, B, A, C\n  loop\n}\n';
const HOSTILE = 'T\u001b[2J\u0007\u0000\u202eX';
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/;

async function artifact(source: string, args: string[]): Promise<Record<string, any>> {
  const io = memoryIo({ 'in.fsa': source });
  expect(await runCli(['compile', 'in.fsa', ...args, '-o', 'out.cdam.json'], io)).toBe(ExitCode.Ok);
  return JSON.parse(io.files.get('out.cdam.json')!) as Record<string, any>;
}

async function cli(argv: string[], file: Record<string, any>) {
  const io = memoryIo({ 'a.cdam.json': JSON.stringify(file) });
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('edited artifacts', () => {
  it('run and step refuse an edited accepting set, naming the field', async () => {
    const json = await artifact(TURNSTILE, []);
    json.automaton.accepting = [0, 1];
    for (const argv of [
      ['run', 'a.cdam.json', '--input', 'coin'],
      ['step', 'a.cdam.json', '--input', 'coin'],
    ]) {
      const { code, stdout, stderr } = await cli(argv, json);
      expect({ code, stdout }).toEqual({ code: ExitCode.Errors, stdout: '' });
      expect(stderr).toMatch(
        /^cdam: a\.cdam\.json: invalid cdam-network artifact: automaton\.accepting: lists "unlocked"/,
      );
    }
  });

  it('run warns, naming beta, when beta was lowered by hand in parameters and report alike', async () => {
    const json = await artifact(TURNSTILE, []);
    json.parameters.beta = json.report.beta = 0.5;
    const { code, stdout, stderr } = await cli(['run', 'a.cdam.json', '--input', 'coin push'], json);
    expect(code).toBe(ExitCode.Ok);
    expect(stdout).toMatch(/^Turnstile: n = \d+ neurons/);
    expect(stderr).toMatch(/^cdam: warning: a\.cdam\.json: exactness is not guaranteed: beta = 0\.5 is below \d/);
  });

  it('escape ESC, BEL, NUL and right-to-left override from the file in run, recall, verify and step', async () => {
    const automaton = await artifact(TURNSTILE, []);
    automaton.name = automaton.report.name = HOSTILE;
    const sequence = await artifact(MELODY, ['--sequence', 'Melody']);
    sequence.name = sequence.report.name = HOSTILE;
    for (const [argv, file] of [
      [['run', 'a.cdam.json', '--automaton', 'Other', '--input', 'coin'], automaton],
      [['verify', 'a.cdam.json', '--automaton', 'Other'], automaton],
      [['step', 'a.cdam.json', '--automaton', 'Other', '--input', 'coin'], automaton],
      [['recall', 'a.cdam.json', '--sequence', 'Other'], sequence],
    ] as const) {
      const { code, stderr } = await cli([...argv], file);
      expect(code, argv.join(' ')).toBe(ExitCode.Errors);
      expect(stderr, argv.join(' ')).toContain("compiled from 'T\\u{1B}[2J\\u{7}\\u{0}\\u{202E}X', not 'Other'");
      expect(stderr, argv.join(' ')).not.toMatch(RAW_CONTROL);
    }
  });

  it('escape them in a malformed-artifact message that quotes the file', async () => {
    const json = await artifact(TURNSTILE, []);
    json.automaton.states[0] = `locked${HOSTILE}`;
    for (const command of ['run', 'verify', 'step']) {
      const argv = command === 'verify' ? [command, 'a.cdam.json'] : [command, 'a.cdam.json', '--input', 'coin'];
      const { code, stderr } = await cli(argv, json);
      expect(code).toBe(ExitCode.Errors);
      expect(stderr).toMatch(/^cdam: a\.cdam\.json: invalid cdam-network artifact: /);
      expect(stderr).not.toMatch(RAW_CONTROL);
    }
  });
});
