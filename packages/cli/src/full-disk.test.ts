import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from './exit-code.js';
import { nodeIo } from './io.js';
import { runCli } from './program.js';
import { TURNSTILE } from './testing/index.js';

/**
 * On a full disk, `fmt --write`, `compile -o`, `export -o` and `import -o` over an existing file exit 1
 * naming the problem and leave the file as it was, with no copy or fragment beside it.
 */
const scratch = mkdtempSync(join(tmpdir(), 'cdam-full-disk-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const fullDisk = {
  writeFile: (async (file: string, data: string) => {
    writeFileSync(file, data.slice(0, 5));
    throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  }) as unknown as typeof writeFile,
};

describe('writing on a full disk', () => {
  it.each([
    ['fmt --write', (dir: string) => ['fmt', '--write', join(dir, 'messy.fsa')], 'messy.fsa'],
    ['compile -o', (dir: string) => ['compile', join(dir, 't.fsa'), '-o', join(dir, 'old.txt')], 'old.txt'],
    [
      'export -o',
      (dir: string) => ['export', join(dir, 't.fsa'), '--format', 'dot', '-o', join(dir, 'old.txt')],
      'old.txt',
    ],
    ['import -o', (dir: string) => ['import', join(dir, 't.json'), '-o', join(dir, 'old.txt')], 'old.txt'],
  ])('%s leaves the old file untouched', async (_, argv, target) => {
    const dir = mkdtempSync(join(scratch, 'case-'));
    writeFileSync(join(dir, 't.fsa'), TURNSTILE);
    writeFileSync(join(dir, 'messy.fsa'), TURNSTILE.replace(/\n {2}/g, '\n      '));
    writeFileSync(
      join(dir, 't.json'),
      JSON.stringify({
        format: 'cdam-automaton',
        version: 1,
        name: 'T',
        kind: 'dfa',
        alphabet: ['a'],
        states: ['q'],
        start: 'q',
        accept: ['q'],
        transitions: [['q', 'a', 'q']],
      }),
    );
    writeFileSync(join(dir, 'old.txt'), 'precious\n');
    const before = readFileSync(join(dir, target), 'utf8');
    const files = readdirSync(dir).sort();
    let stderr = '';
    const io = { ...nodeIo({ writeFileSystem: fullDisk }), out: () => {}, err: (text: string) => (stderr += text) };
    expect(await runCli(argv(dir), io)).toBe(ExitCode.Errors);
    expect(stderr).toContain('no space left on device');
    expect(readFileSync(join(dir, target), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(files);
  });
});
