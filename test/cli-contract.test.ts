import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real `cdam` process: argument handling, exit codes and stdout/stderr as a shell sees them.
 * Runs the source through tsx (no build needed); everything else about the commands is tested in
 * memory beside them (packages/cli/src/commands/*.test.ts).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'cdam-cli-contract-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cdam(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cdam (spawned)', () => {
  // One spawn for check (each one transpiles the language through tsx, which takes seconds):
  // a clean sample beside a broken file gives exit 1 and one JSON array with only the broken file's errors.
  it('check exits 1 and prints one JSON array covering a sample and a broken file', () => {
    const broken = join(scratch, 'broken.fsa');
    writeFileSync(broken, 'dfa T {\n  alphabet a\n  start q\n  accept q\n  q -> q on a, b\n}\n');
    const { code, stdout, stderr } = cdam('check', '--format', 'json', 'samples/turnstile.fsa', broken);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(JSON.parse(stdout)).toEqual([
      {
        file: broken,
        line: 5,
        column: 16,
        endLine: 5,
        endColumn: 17,
        severity: 'error',
        code: 'FSA203',
        message: "symbol 'b' is not in the alphabet of 'T'",
        hint: "add 'b' to the alphabet, or use one of: a",
      },
    ]);
  });

  it('exits 2 on a usage error, with one line on stderr and no stack trace', () => {
    const { code, stdout, stderr } = cdam('check', '--formt', 'json', 'samples/turnstile.fsa');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "cdam: unknown option '--formt' for 'check'; did you mean '--format'? (see 'cdam check --help')\n",
    );
  });

  // `cdam check ... > /dev/full`: the disk is full, which is an I/O error of the run (exit 1), not a bug.
  it.skipIf(!existsSync('/dev/full'))('exits 1 with an I/O error when standard output is full', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'packages/cli/src/main.ts', 'export', 'samples/turnstile.fsa', '--format', 'json'],
        { cwd: root, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] },
      );
      expect({ code: result.status, stderr: result.stderr }).toEqual({
        code: 1,
        stderr: 'cdam: cannot write standard output: no space left on device\n',
      });
    } finally {
      closeSync(full);
    }
  });
});
