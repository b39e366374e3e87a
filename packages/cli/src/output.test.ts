import { linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from './exit-code.js';
import { nodeIo } from './io.js';
import { refuseToOverwriteInput } from './output.js';
import { runCli } from './program.js';
import { memoryIo, TURNSTILE, TWO_AUTOMATA } from './testing/index.js';

describe('an output flag that names the input file', () => {
  it('is a usage error for every command that writes, and the input is never written', async () => {
    const cases: readonly (readonly string[])[] = [
      ['compile', 't.fsa', '-o', 't.fsa'],
      ['export', 't.fsa', '--format', 'json', '-o', './t.fsa'],
      ['import', 't.json', '-o', 't.json'],
      ['run', 't.fsa', '--input', 'coin', '--svg', 't.fsa'],
      ['recall', 'two.fsa', '--graph-svg', 'two.fsa'],
      ['modes', '--graph', 't.fsa', '--svg', 'sub/../t.fsa'],
    ];
    for (const args of cases) {
      const io = memoryIo({ 't.fsa': TURNSTILE, 't.json': '{}', 'two.fsa': TWO_AUTOMATA });
      expect(await runCli(args, io)).toBe(ExitCode.Usage);
      expect(io.writes).toEqual([]);
      expect(io.stderr()).toMatch(
        /^cdam: '(-o|--svg|--graph-svg) \S+' is the input file; writing there would replace it/,
      );
      expect(io.stderr()).toContain(`(see 'cdam ${args[0]} --help')`);
    }
  });

  it('sees the input through a symbolic or a hard link to it, and leaves the input as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdam-output-'));
    try {
      const input = join(dir, 't.fsa');
      writeFileSync(input, TURNSTILE);
      symlinkSync(input, join(dir, 'symbolic.fsa'));
      linkSync(input, join(dir, 'hard.fsa'));
      for (const link of ['symbolic.fsa', 'hard.fsa']) {
        let stderr = '';
        const io = { ...nodeIo(), err: (text: string) => void (stderr += text) };
        const args = ['export', input, '--format', 'json', '-o', join(dir, link)];
        expect(await runCli(args, io)).toBe(ExitCode.Usage);
        expect(stderr).toMatch(/^cdam: '-o \S+' is the input file; writing there would replace it/);
      }
      expect(readFileSync(input, 'utf8')).toBe(TURNSTILE);
      expect(nodeIo().sameFile?.(input, join(dir, 'missing.fsa'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets other paths and stdout through', () => {
    const io = memoryIo();
    expect(refuseToOverwriteInput(io, 'export', 'a.fsa', [['-o', 'a.json']])).toBeUndefined();
    expect(refuseToOverwriteInput(io, 'export', 'a.fsa', [['-o', '-']])).toBeUndefined();
    expect(refuseToOverwriteInput(io, 'export', 'a.fsa', [['-o', undefined]])).toBeUndefined();
    expect(io.stderr()).toBe('');
  });
});

describe('output flags that cannot all be written', () => {
  it('is a usage error when two outputs name one file, and nothing is written', async () => {
    const cases: readonly (readonly string[])[] = [
      ['recall', 'two.fsa', '--svg', 'x.svg', '--graph-svg', './x.svg'],
      ['modes', '--graph', 'cycle:5', '--neurons', '20', '--svg', 'x.svg', '--graph-svg', 'x.svg'],
      ['modes', '--graph', 't.fsa', '--svg', 'sub/../x.svg', '--graph-svg', 'x.svg'],
    ];
    for (const args of cases) {
      const io = memoryIo({ 't.fsa': TURNSTILE, 'two.fsa': TWO_AUTOMATA });
      expect(await runCli(args, io)).toBe(ExitCode.Usage);
      expect(io.writes).toEqual([]);
      expect(io.stderr()).toMatch(
        /^cdam: '--svg \S+' and '--graph-svg \S+' name the same file; one would replace the other/,
      );
    }
  });

  it("is a usage error when an output is the empty path, not 'it is a directory'", async () => {
    const cases: readonly (readonly string[])[] = [
      ['compile', 't.fsa', '-o', ''],
      ['run', 't.fsa', '--input', 'coin', '--svg', ''],
      ['modes', '--graph', 'cycle:5', '--neurons', '20', '--graph-svg', ''],
    ];
    for (const args of cases) {
      const io = memoryIo({ 't.fsa': TURNSTILE });
      expect(await runCli(args, io)).toBe(ExitCode.Usage);
      expect(io.writes).toEqual([]);
      expect(io.stderr()).toMatch(/^cdam: option '(-o|--svg|--graph-svg)' needs a file name, got ''/);
    }
  });
});
