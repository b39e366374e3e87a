import { describe, expect, it } from 'vitest';
import { ExitCode } from './exit-code.js';
import { buildProgram, runCli } from './program.js';
import { memoryIo } from './testing/index.js';
import { VERSION } from './version.js';

async function cli(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr(), io };
}

describe('cdam (program level)', () => {
  it('prints the version', async () => {
    const { code, stdout } = await cli(['--version']);
    expect(code).toBe(ExitCode.Ok);
    expect(stdout).toBe(`${VERSION}\n`);
  });

  it('lists every command with examples and exit codes in --help', async () => {
    const { code, stdout, stderr } = await cli(['--help']);
    expect(code).toBe(ExitCode.Ok);
    expect(stderr).toBe('');
    for (const command of ['check', 'fmt', 'import', 'export', 'compile', 'run'])
      expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(stdout).toContain('Examples:\n  $ cdam check samples/*.fsa');
    expect(stdout).toContain('  2  usage error');
  });

  it('exits 1 for an unreadable input file in every command that reads one, as --help says', async () => {
    const { stdout: help } = await cli(['--help']);
    expect(help).toMatch(/^ {2}1 {2}an input file cannot be read/m);
    const turnstile = 'dfa T {\n  alphabet a\n  start q\n  accept q\n  q -> q on a\n}\n';
    for (const argv of [
      ['check', 'missing.fsa'],
      ['fmt', 'missing.fsa'],
      ['import', 'missing.jff'],
      ['export', 'missing.fsa', '--format', 'json'],
      ['compile', 'missing.fsa'],
      ['run', 'missing.fsa', '--input', 'a'],
      ['run', 't.fsa', '--words', 'missing.txt'],
      ['recall', 'missing.fsa'],
      ['verify', 'missing.fsa'],
      ['verify', 'missing.cdam.json'],
      ['equiv', 'missing.fsa', 't.fsa'],
      ['equiv', 't.fsa', 'missing.jff'],
      ['modes', '--graph', 'missing.fsa'],
    ]) {
      const { code, stderr } = await cli(argv, { 't.fsa': turnstile });
      expect({ argv, code, stderr }).toEqual({
        argv,
        code: ExitCode.Errors,
        stderr: expect.stringMatching(/^cdam: cannot read 'missing\.[\w.]+': no such file or directory/),
      });
    }
  });

  it.each(['check', 'fmt', 'import', 'export', 'compile', 'run'])('has help with examples for %s', async (command) => {
    const { code, stdout } = await cli([command, '--help']);
    expect(code).toBe(ExitCode.Ok);
    expect(stdout).toMatch(new RegExp(`^Usage: cdam ${command} `));
    expect(stdout).toMatch(new RegExp(`^  \\$ cdam ${command} `, 'm'));
  });

  it('`cdam help <command>` shows the same help', async () => {
    const viaHelp = await cli(['help', 'fmt']);
    const viaFlag = await cli(['fmt', '--help']);
    expect(viaHelp.code).toBe(ExitCode.Ok);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
  });

  it('shows help on stderr and exits 2 without a command', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(ExitCode.Usage);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: cdam /);
  });

  it('suggests the nearest option for an unknown one', async () => {
    const { code, stdout, stderr } = await cli(['check', '--formt', 'json', 'a.fsa']);
    expect(code).toBe(ExitCode.Usage);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "cdam: unknown option '--formt' for 'check'; did you mean '--format'? (see 'cdam check --help')\n",
    );
  });

  it('reports an unknown option with no close match', async () => {
    const { code, stderr } = await cli(['fmt', '--zzzzzzzz', 'a.fsa']);
    expect(code).toBe(ExitCode.Usage);
    expect(stderr).toBe("cdam: unknown option '--zzzzzzzz' for 'fmt' (see 'cdam fmt --help')\n");
  });

  it('suggests the nearest command for an unknown one', async () => {
    const { code, stderr } = await cli(['chek', 'a.fsa']);
    expect(code).toBe(ExitCode.Usage);
    expect(stderr).toBe("cdam: unknown command 'chek'; did you mean 'check'? (see 'cdam --help')\n");
  });

  it('reports a missing argument', async () => {
    const { code, stderr } = await cli(['fmt']);
    expect(code).toBe(ExitCode.Usage);
    expect(stderr).toBe("cdam: missing argument <file> for 'fmt' (see 'cdam fmt --help')\n");
  });

  it('reports extra arguments', async () => {
    const { code, stderr } = await cli(['fmt', 'a.fsa', 'b.fsa']);
    expect(code).toBe(ExitCode.Usage);
    expect(stderr).toBe(
      "cdam: too many arguments for 'fmt': expected 1, got 2 (unexpected 'b.fsa') (see 'cdam fmt --help')\n",
    );
  });

  it('reports an option without its value', async () => {
    const { code, stderr } = await cli(['check', 'a.fsa', '--format']);
    expect(code).toBe(ExitCode.Usage);
    expect(stderr).toBe("cdam: option '--format' needs a value (see 'cdam check --help')\n");
  });

  it('reports a bad option value with the allowed ones', async () => {
    const { code, stderr } = await cli(['check', '--format', 'xml', 'a.fsa']);
    expect(code).toBe(ExitCode.Usage);
    expect(stderr).toBe("cdam: option '--format' must be one of text, json, got 'xml' (see 'cdam check --help')\n");
  });

  it('reports a missing required option', async () => {
    const { code, stderr } = await cli(['export', 'a.fsa']);
    expect(code).toBe(ExitCode.Usage);
    expect(stderr).toBe("cdam: option '--format' is required for 'export' (see 'cdam export --help')\n");
  });
});

describe('cdam <command> --help is complete', () => {
  /** Options whose value is a number: their help states the range and the default. */
  const NUMERIC = new Set([
    '--neurons',
    '--seed',
    '--beta',
    '--auto',
    '--hetero',
    '--eta',
    '--iterations',
    '--noise',
    '--depth',
    '--samples',
    '--ticks',
    '--cue-noise',
    '--trials',
    '--a',
  ]);
  const program = buildProgram(memoryIo(), () => undefined);

  it.each(program.commands.map((c) => c.name()))(
    '%s: examples, exit codes, every numeric range and default',
    async (name) => {
      const { code, stdout } = await cli([name, '--help']);
      expect(code).toBe(ExitCode.Ok);
      expect(stdout).toMatch(/\nExamples:\n {2}\$ cdam /);
      expect(stdout).toMatch(/Exit codes/);
      const command = program.commands.find((c) => c.name() === name);
      for (const option of command?.options ?? []) {
        if (!NUMERIC.has(option.long ?? '')) continue;
        expect(option.description, option.long).toMatch(/from -?[\d.]+ to -?[\d.]+|> 0 and <= /);
        expect(option.description, option.long).toMatch(/\(default[ :]/);
      }
    },
  );

  it('shows no commander default for a repeatable option', async () => {
    const { stdout } = await cli(['equiv', '--help']);
    expect(stdout).not.toContain('(default: [])');
  });
});
