import { describe, expect, it } from 'vitest';
import { formatInternalError } from './internal-error.js';
import { runCli } from './program.js';
import { memoryIo } from './testing/index.js';

describe('internal errors', () => {
  it('are one message and a request to report, without a stack trace', () => {
    expect(formatInternalError(new RangeError('index 7 out of range'))).toBe(
      'cdam: internal error: index 7 out of range\nplease report this, with the command you ran, to the cdam issue tracker\n',
    );
    expect(formatInternalError('boom')).toMatch(/^cdam: internal error: boom\n/);
  });

  it('reach main.ts: runCli rethrows what is not a usage error', async () => {
    const io = { ...memoryIo(), readFile: () => Promise.reject(new Error('disk on fire')) };
    await expect(runCli(['check', 'a.fsa'], io)).rejects.toThrow('disk on fire');
  });
});
