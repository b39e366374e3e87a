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
});
