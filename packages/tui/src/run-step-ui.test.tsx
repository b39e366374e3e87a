import { EventEmitter } from 'node:events';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runStepUi } from './run-step-ui.js';
import { compiledFamilyTree, settleInk } from './testing/index.js';

/**
 * ink decides once, when it is first imported, whether it runs under CI (`CI` or
 * `CONTINUOUS_INTEGRATION` set) and then draws only the last frame. These tests drive a real
 * terminal session, so the variables are removed before any import and put back afterwards.
 */
const ciVariables = vi.hoisted(() => {
  const saved = { CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  return saved;
});
afterAll(() => {
  for (const [key, value] of Object.entries(ciVariables)) if (value !== undefined) process.env[key] = value;
});

/** A terminal's two streams, enough for ink: a raw-mode stdin fed by `type`, a stdout that records. */
function fakeTerminal() {
  const stdin = Object.assign(new EventEmitter(), {
    isTTY: true,
    rawMode: false,
    buffered: [] as string[],
    setRawMode(on: boolean) {
      stdin.rawMode = on;
    },
    setEncoding() {},
    ref() {},
    unref() {},
    resume() {},
    pause() {},
    read: () => stdin.buffered.shift() ?? null,
  });
  const written: string[] = [];
  const stdout = Object.assign(new EventEmitter(), {
    isTTY: true,
    columns: 100,
    rows: 30,
    write(text: string) {
      written.push(text);
      return true;
    },
  });
  const type = async (text: string) => {
    stdin.buffered.push(text);
    stdin.emit('readable');
    await settleInk();
  };
  return {
    stdin: stdin as unknown as NodeJS.ReadStream & { rawMode: boolean },
    stdout: stdout as unknown as NodeJS.WriteStream,
    written,
    type,
  };
}

/** Waits (at most 2 s) until `test` holds: outside ink-testing-library, ink throttles frames to 30 per second. */
async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

const ENTER = '\u001B[?1049h';
const LEAVE = '\u001B[?1049l';

describe('runStepUi', () => {
  const network = compiledFamilyTree();

  it('draws on the alternate screen and restores the screen and the input mode after q', async () => {
    const terminal = fakeTerminal();
    const done = runStepUi({ network, word: ['wife'], fileName: 'family.fsa', ...terminal });
    await until(() => terminal.written.join('').includes('cdam step'));
    expect(terminal.written[0].startsWith(ENTER)).toBe(true);
    expect(terminal.written.join('')).toContain('cdam step · FamilyTree');
    expect(terminal.stdin.rawMode).toBe(true);
    await terminal.type('\u001B[C');
    await until(() => terminal.written.join('').includes('network Marge'));
    expect(terminal.written.join('')).toContain('network Marge');
    await terminal.type('q');
    await done;
    expect(terminal.written.at(-1)).toBe(LEAVE);
    expect(terminal.stdin.rawMode).toBe(false);
  });

  it('quits the same way on SIGTERM, and leaves no signal handler behind', async () => {
    const before = process.listenerCount('SIGTERM');
    const terminal = fakeTerminal();
    const done = runStepUi({ network, word: [], fileName: 'family.fsa', ...terminal });
    await until(() => terminal.written.join('').includes('cdam step'));
    process.emit('SIGTERM');
    await done;
    expect(terminal.written.at(-1)).toBe(LEAVE);
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});
