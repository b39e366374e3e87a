import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  it('check exits 0 and prints an empty JSON array for a sample', () => {
    const { code, stdout, stderr } = cdam('check', '--format', 'json', 'samples/turnstile.fsa');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('check exits 1 with the diagnostics of a broken file, as one JSON array', () => {
    const broken = join(scratch, 'broken.fsa');
    writeFileSync(broken, 'dfa T {\n  alphabet a\n  start q\n  accept q\n  q -> q on a, b\n}\n');
    const { code, stdout } = cdam('check', '--format', 'json', broken);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({ file: broken, line: 5, column: 16, severity: 'error', code: 'FSA203' }),
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
});
