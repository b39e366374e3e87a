import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `pnpm cdam:install` puts a `cdam` command into a bin folder; it must run from any folder with paths
 * relative to that folder. Installs into a temporary prefix (never the real global one) and runs the
 * command from a temporary folder outside the repository. `pnpm cdam ...` (packages/cli/bin/cdam.mjs under pnpm)
 * must resolve paths against the folder the command was typed in, which pnpm passes as INIT_CWD.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'cdam-install-'));
const prefix = join(scratch, 'prefix');
const work = join(scratch, 'work');
const bin = join(prefix, 'bin', 'cdam');
mkdirSync(join(work, 'sub'), { recursive: true });
copyFileSync(join(root, 'samples/turnstile.fsa'), join(work, 'sub', 'turnstile.fsa'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Only the variables a shell gives: no npm/pnpm script variables from the test runner itself.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(npm_|INIT_CWD$)/i.test(name)),
) as NodeJS.ProcessEnv;

function spawn(command: string, args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1', ...extraEnv } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const installer = (...args: string[]) =>
  spawn(process.execPath, [join(root, 'scripts/cdam-install.mjs'), ...args], root);

describe.skipIf(process.platform === 'win32')('cdam:install', () => {
  it('installs a cdam command that works from a folder outside the repository, and uninstalls it', () => {
    const installed = installer('install', '--prefix', prefix);
    expect(installed.code, installed.stderr).toBe(0);
    expect(installed.stdout).toContain(`installed '${bin}'`);

    // Relative paths are relative to the folder the command runs in.
    const ok = spawn(bin, ['check', 'turnstile.fsa'], join(work, 'sub'));
    expect(ok).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 1 file\n', stderr: '' });
    const nested = spawn(bin, ['check', 'sub/turnstile.fsa'], work);
    expect(nested.code, nested.stderr).toBe(0);
    const missing = spawn(bin, ['check', 'nope.fsa'], work);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^cdam: cannot read 'nope\.fsa': no such file or directory/);

    // Installing again replaces its own launcher.
    expect(installer('install', '--prefix', prefix).code).toBe(0);

    const removed = installer('uninstall', '--prefix', prefix);
    expect(removed).toEqual({ code: 0, stdout: `removed '${bin}'\n`, stderr: '' });
    expect(existsSync(bin)).toBe(false);
  });

  it('never replaces or removes a cdam it did not write', () => {
    const other = join(scratch, 'other');
    mkdirSync(join(other, 'bin'), { recursive: true });
    writeFileSync(join(other, 'bin', 'cdam'), '#!/bin/sh\necho mine\n');
    for (const action of ['install', 'uninstall']) {
      const result = installer(action, '--prefix', other);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('was not written by cdam:install; remove it first');
      expect(readFileSync(join(other, 'bin', 'cdam'), 'utf8')).toBe('#!/bin/sh\necho mine\n');
    }
  });

  it('pnpm cdam resolves paths against the folder it was typed in (INIT_CWD)', () => {
    // What pnpm does for `pnpm cdam check turnstile.fsa` typed in work/sub: the script starts in the root.
    const result = spawn(process.execPath, ['packages/cli/bin/cdam.mjs', 'check', 'turnstile.fsa'], root, {
      npm_lifecycle_event: 'cdam',
      INIT_CWD: join(work, 'sub'),
    });
    expect(result).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 1 file\n', stderr: '' });
  });

  it('pnpm cdam runs from a subfolder of the repository, with its paths and exit code, and no pnpm banner', () => {
    // The root depends on @cdam/cli, so `pnpm cdam` finds its bin and runs it where it was typed.
    const pnpm = (...args: string[]) => spawn('npx', ['-y', 'pnpm@10.34.9', 'cdam', ...args], join(root, 'samples'));
    const ok = pnpm('check', 'turnstile.fsa');
    expect(ok).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 1 file\n', stderr: '' });
    const missing = pnpm('check', 'nope.fsa');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^cdam: cannot read 'nope\.fsa'/);
    expect(missing.stdout + missing.stderr).not.toMatch(/ELIFECYCLE|ERR_PNPM/);
  });
});
