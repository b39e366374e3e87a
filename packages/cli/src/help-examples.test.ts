import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExitCode } from './exit-code.js';
import { buildProgram, runCli } from './program.js';
import { memoryIo } from './testing/index.js';

/**
 * Every `$ cdam ...` example of `cdam --help` and of every command's `--help` runs as written from the
 * repository root: on the repository's samples/ (in memory, so files the examples write go nowhere), in
 * the order the help lists them, with what the examples use of a shell: `&&`, `> file`, `2> file`,
 * `| cat`, quotes and a `*` glob. An example must exit 0 (or the code listed below, with the reason) and
 * print no error.
 */
const samples = new URL('../../../samples/', import.meta.url);
const repository: Record<string, string> = Object.fromEntries(
  readdirSync(samples).map((name) => [`samples/${name}`, readFileSync(new URL(name, samples), 'utf8')]),
);

/** Examples that answer "no" by their exit code, as documented in their command's help. */
const EXPECTED_CODE: Record<string, ExitCode> = {
  // Not equivalent (the answer is the point of the example).
  'cdam equiv samples/ends-with-abb.fsa samples/third-from-end.fsa --json': ExitCode.Errors,
};

/**
 * Examples that start a server on stdin and stdout: run as a real process (from the sources, through tsx)
 * with stdin closed at once, so the server must notice and end, with the exit code its help documents.
 */
const SERVERS: Record<string, ExitCode> = { 'cdam lsp --stdio': ExitCode.Errors };
const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

function runServerExample(line: string) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'packages/cli/src/main.ts', ...line.split(' ').slice(1)],
    {
      cwd: repositoryRoot,
      input: '',
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { code: child.status as ExitCode, stdout: child.stdout, stderr: child.stderr, wrote: 0 };
}

/** Examples that succeed silently: the file is already formatted. */
const SILENT = new Set(['cdam fmt --check samples/turnstile.fsa', 'cdam fmt --write samples/turnstile.fsa']);

function helpExamples(help: string): string[] {
  return [...help.matchAll(/^ {2}\$ (.+)$/gm)].map((m) => m[1]!);
}

/** Shell words of one command (no `&&`): quotes removed, `*` globbed against `files`. */
function words(text: string, files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:[^\s'"]+|'[^']*'|"(?:[^"\\]|\\.)*")+/g)) {
    const raw = m[0];
    const word = raw.replace(/'([^']*)'|"((?:[^"\\]|\\.)*)"/g, (_, single?: string, double?: string) =>
      single !== undefined ? single : double!.replace(/\\(.)/g, '$1'),
    );
    if (/^[^'"]*\*/.test(raw)) {
      const pattern = new RegExp(`^${word.split('*').map(escapeRegExp).join('[^/]*')}$`);
      const matches = [...files.keys()].filter((path) => pattern.test(path)).sort();
      expect(matches.length, `glob ${word}`).toBeGreaterThan(0);
      out.push(...matches);
    } else {
      out.push(word);
    }
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs one example line in `files` (updated with what it writes); returns the last command's result. */
async function runExample(line: string, files: Map<string, string>) {
  let result = { code: ExitCode.Ok as ExitCode, stdout: '', stderr: '', wrote: 0 };
  for (const part of line.split(' && ')) {
    const [command, ...pipes] = part.split(' | ');
    for (const pipe of pipes) expect(pipe.trim(), `only '| cat' is supported in: ${line}`).toBe('cat');
    const argv = words(command!, files);
    const redirect = (op: string) => {
      const at = argv.indexOf(op);
      if (at < 0) return undefined;
      const [, target] = argv.splice(at, 2);
      return target;
    };
    const stdoutFile = redirect('>');
    const stderrFile = redirect('2>');
    expect(argv[0], line).toBe('cdam');
    const io = memoryIo(Object.fromEntries(files));
    const code = await runCli(argv.slice(1), io);
    for (const [path, text] of io.files) files.set(path, text);
    if (stdoutFile !== undefined) files.set(stdoutFile, io.stdout());
    if (stderrFile !== undefined) files.set(stderrFile, io.stderr());
    const wrote = io.writes.length + (stdoutFile === undefined ? 0 : 1) + (stderrFile === undefined ? 0 : 1);
    result = { code, stdout: io.stdout(), stderr: io.stderr(), wrote };
    if (code !== ExitCode.Ok) break;
  }
  return result;
}

async function help(argv: string[]): Promise<string> {
  const io = memoryIo();
  expect(await runCli(argv, io)).toBe(ExitCode.Ok);
  return io.stdout();
}

const commands = buildProgram(memoryIo(), () => {}).commands.map((c) => c.name());

describe('the examples of every --help', () => {
  it('finds examples in the help of cdam and of every command', async () => {
    expect(commands.length).toBeGreaterThanOrEqual(11);
    expect(helpExamples(await help(['--help'])).length).toBeGreaterThan(0);
    for (const command of commands) expect(helpExamples(await help([command, '--help'])), command).not.toEqual([]);
  });

  it.each([[''], ...commands.map((c) => [c])])('run as written: cdam %s --help', async (command) => {
    const files = new Map(Object.entries(repository));
    for (const example of helpExamples(await help(command === '' ? ['--help'] : [command, '--help']))) {
      const server = SERVERS[example];
      const { code, stdout, stderr, wrote } =
        server === undefined ? await runExample(example, files) : runServerExample(example);
      expect({ example, code, stderr: stderr.split('\n').filter((l) => /\berror\b|cannot|^cdam: /.test(l)) }).toEqual({
        example,
        code: server ?? EXPECTED_CODE[example] ?? ExitCode.Ok,
        stderr: [],
      });
      // Something came out: on stdout or stderr, or in a file (redirected, or written by -o, --write, --svg).
      if (!SILENT.has(example) && server === undefined) {
        expect(stdout.length + stderr.length + wrote, example).toBeGreaterThan(0);
      }
    }
  });
});
