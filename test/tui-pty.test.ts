import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `cdam step` in a real pseudo-terminal: tmux runs the CLI from source (through tsx, as the CLI contract
 * test does), keys go in with `send-keys`, the screen comes back with `capture-pane`. A private tmux
 * server (`-S`, a socket in a scratch directory) keeps this away from any session of the user's.
 * tmux is required: without it this test fails (it never skips).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const session = 'step';
const scratch = mkdtempSync(join(tmpdir(), 'cdam-tui-pty-'));
const statusFile = join(scratch, 'status');
/** The private server's socket lives in the scratch directory, so nothing is left behind. */
const socket = join(scratch, 'tmux.sock');

/** The environment of the tmux server and so of the UI: no CI variable, since ink draws only the last frame under CI. */
const environment = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== 'CI' && key !== 'CONTINUOUS_INTEGRATION' && key !== 'TMUX'),
);

function tmux(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('tmux', ['-S', socket, '-f', '/dev/null', ...args], {
    encoding: 'utf8',
    env: environment,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const screen = () => tmux('capture-pane', '-p', '-t', session).stdout;
const paneDead = () => tmux('display-message', '-p', '-t', session, '#{pane_dead}').stdout.trim() === '1';
const exitStatus = () => (existsSync(statusFile) ? readFileSync(statusFile, 'utf8').trim() : null);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `test` holds, at most `ms`; the last value is returned either way for the assertion. */
async function waitFor<T>(read: () => T, test: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = performance.now() + ms;
  let value = read();
  while (!test(value) && performance.now() < deadline) {
    await sleep(100);
    value = read();
  }
  return value;
}

const statusLine = (text: string) => text.split('\n').find((line) => line.startsWith('network ')) ?? '';

/** Fails (never skips) with a clear message when tmux is missing. */
function requireTmux(): void {
  const version = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Error(
      'tmux is required by the terminal UI test but was not found on PATH; install it (apt-get install -y tmux)',
    );
  }
}

afterAll(() => {
  spawnSync('tmux', ['-S', socket, 'kill-server'], { encoding: 'utf8' });
  rmSync(scratch, { recursive: true, force: true });
});

describe('cdam step in a pseudo-terminal', () => {
  it('steps the family tree with the keys and quits on q with exit status 0, restoring the screen', async () => {
    requireTmux();
    const cdam = `'${process.execPath}' --import tsx packages/cli/src/main.ts`;
    // The shell records the exit status (tmux's own #{pane_dead_status} is not reliable in 3.3).
    const command = `${cdam} step samples/family-tree.fsa --input "wife daughter brother"; echo $? > '${statusFile}'`;
    const started = tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '100',
      '-y',
      '30',
      '-c',
      root,
      command,
      ';',
      'set-option',
      '-t',
      session,
      'remain-on-exit',
      'on',
    );
    expect(started).toMatchObject({ code: 0, stderr: '' });

    // Start-up compiles the sources through tsx: allow it more time than a key.
    const first = await waitFor(screen, (s) => s.includes('correlation with each state'), 30_000);
    expect(first).toContain('cdam step · FamilyTree (5 states, 8 symbols) · samples/family-tree.fsa');
    expect(first).toContain('tape 0/3  ▸wife daughter brother');
    expect(statusLine(first)).toMatch(/^network Homer .*automaton Homer {3}✓ agree$/);

    tmux('send-keys', '-t', session, 'Right');
    const afterOne = await waitFor(screen, (s) => s.includes('tape 1/3'), 10_000);
    expect(statusLine(afterOne)).toMatch(/^network Marge .*automaton Marge {3}✓ agree$/);
    expect(afterOne).toMatch(/\[Marge\]/);

    tmux('send-keys', '-t', session, 'Right');
    const afterTwo = await waitFor(screen, (s) => s.includes('tape 2/3'), 10_000);
    expect(statusLine(afterTwo)).toMatch(/^network Lisa .*automaton Lisa {3}✓ agree$/);

    tmux('send-keys', '-t', session, 'Left');
    const back = await waitFor(screen, (s) => s.includes('tape 1/3'), 10_000);
    expect(statusLine(back)).toMatch(/^network Marge /);

    tmux('send-keys', '-t', session, 'Space', 'Space');
    const end = await waitFor(screen, (s) => s.includes('verdict:'), 10_000);
    expect(statusLine(end)).toMatch(/^network Bart .*automaton Bart {3}✓ agree$/);
    expect(end).toContain('verdict: ACCEPT');

    tmux('send-keys', '-t', session, 'q');
    expect(await waitFor(exitStatus, (s) => s !== null, 10_000)).toBe('0');
    expect(await waitFor(paneDead, (dead) => dead, 10_000)).toBe(true);
    // The alternate screen is gone: the pane shows the shell's screen again, not the UI.
    expect(screen()).not.toContain('correlation with each state');
    tmux('kill-session', '-t', session);
  });

  it('erases three characters on a burst of three Backspaces in the word editor', async () => {
    requireTmux();
    const editing = 'edit';
    const cdam = `'${process.execPath}' --import tsx packages/cli/src/main.ts`;
    const command = `${cdam} step samples/family-tree.fsa --input "wife daughter brother"`;
    const started = tmux('new-session', '-d', '-s', editing, '-x', '100', '-y', '30', '-c', root, command);
    expect(started).toMatchObject({ code: 0, stderr: '' });
    const shown = () => tmux('capture-pane', '-p', '-t', editing).stdout;
    await waitFor(shown, (s) => s.includes('correlation with each state'), 30_000);

    tmux('send-keys', '-t', editing, 'e');
    await waitFor(shown, (s) => s.includes('word> wife daughter brother'), 10_000);
    // one send-keys call writes the three DEL bytes at once, as key repeat does
    tmux('send-keys', '-t', editing, 'BSpace', 'BSpace', 'BSpace');
    const field = (s: string) => (s.split('\n').find((line) => line.startsWith('word> ')) ?? '').trimEnd();
    const erased = await waitFor(shown, (s) => field(s) === 'word> wife daughter brot', 10_000);
    expect(field(erased)).toBe('word> wife daughter brot');

    tmux('send-keys', '-t', editing, 'Enter');
    await waitFor(shown, (s) => s.includes('tape 0/3'), 10_000);
    tmux('kill-session', '-t', editing);
  });
});
