import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWholeFile } from './write-whole-file.js';

const scratch = mkdtempSync(join(tmpdir(), 'cdam-write-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('writeWholeFile', () => {
  it('replaces an existing file, keeping its permissions and leaving no copy behind', async () => {
    const path = join(scratch, 'a.fsa');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    await writeWholeFile(path, 'new\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(scratch)).toEqual(['a.fsa']);
  });

  it('writes through a symbolic link, which stays a link', async () => {
    const real = join(scratch, 'real.fsa');
    const link = join(scratch, 'link.fsa');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    await writeWholeFile(link, 'new\n');
    expect(readFileSync(real, 'utf8')).toBe('new\n');
    expect(readdirSync(scratch).sort()).toEqual(['a.fsa', 'link.fsa', 'real.fsa']);
  });

  it('creates a new file, and throws the fs error for a missing directory', async () => {
    await writeWholeFile(join(scratch, 'b.json'), '{}');
    expect(readFileSync(join(scratch, 'b.json'), 'utf8')).toBe('{}');
    await expect(writeWholeFile(join(scratch, 'nope', 'c.json'), '{}')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  // A full disk: the write gets part of the text out, then fails.
  const fullDisk = {
    writeFile: (async (file: string, data: string) => {
      writeFileSync(file, data.slice(0, 3));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    }) as unknown as typeof import('node:fs/promises').writeFile,
  };

  it('leaves an existing file untouched, and no copy, when the text cannot be written', async () => {
    const dir = mkdtempSync(join(scratch, 'full-'));
    const path = join(dir, 'keep.fsa');
    writeFileSync(path, 'dfa Original {}\n');
    await expect(writeWholeFile(path, 'a much longer new text\n', fullDisk)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(path, 'utf8')).toBe('dfa Original {}\n');
    expect(readdirSync(dir)).toEqual(['keep.fsa']);
  });

  it('leaves no file behind when a new file cannot be written', async () => {
    const dir = mkdtempSync(join(scratch, 'full-'));
    await expect(writeWholeFile(join(dir, 'new.json'), '{"a": 1}\n', fullDisk)).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});
