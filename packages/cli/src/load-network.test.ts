import { describe, expect, it } from 'vitest';
import { loadArtifactFile, reportCompileError } from './load-network.js';
import { memoryIo } from './testing/index.js';

describe('file names in load messages', () => {
  const name = 'net\u001b[31m\n.json';
  const shown = 'net\\u{1B}[31m\\n.json';

  it('escapes control characters in the cdam: <file>: prefix of a load problem', async () => {
    const io = memoryIo({ [name]: 'not json' });
    const loaded = await loadArtifactFile(io, name, undefined, () => ({
      kind: 'error',
      message: 'not a cdam artifact',
    }));
    expect(loaded).toBeUndefined();
    expect(io.stderr()).toMatch(new RegExp(`^cdam: ${shown.replace(/[\\[{}]/g, '\\$&')}: not a cdam artifact;`));
    expect(io.stderr()).not.toMatch(/[\u001b]/);
    expect(io.stderr().split('\n')).toHaveLength(2);
  });

  it('escapes them in a missing file and in a compile error', async () => {
    const io = memoryIo();
    await loadArtifactFile(io, name, undefined, () => ({ kind: 'error', message: 'unreachable' }));
    reportCompileError(io, name, 'T', {
      kind: 'error',
      error: { code: 'too-few-neurons', message: 'too few neurons' },
    });
    expect(io.stderr()).toBe(
      `cdam: cannot read '${shown}': no such file or directory\ncdam: ${shown}: cannot compile 'T': too few neurons\n`,
    );
  });
});
