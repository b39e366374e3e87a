import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWriteError, nodeIo, withoutByteOrderMark } from './io.js';

const scratch = mkdtempSync(join(tmpdir(), 'cdam-io-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('nodeIo', () => {
  it('drops a UTF-8 byte-order mark when reading, and only a leading one', async () => {
    const path = join(scratch, 'bom.fsa');
    writeFileSync(path, '\uFEFFdfa T {}\n');
    expect(await nodeIo().readFile(path)).toEqual({ ok: true, value: 'dfa T {}\n' });
    expect(withoutByteOrderMark('a\uFEFF')).toBe('a\uFEFF');
  });

  it('names the missing directory of an output path and says to create it', async () => {
    const path = join(scratch, 'no-such-folder', 'x.cdam.json');
    expect(await nodeIo().writeFile(path, 'x')).toEqual({
      ok: false,
      message: `cannot write '${path}': the directory '${join(scratch, 'no-such-folder')}' does not exist; create it first`,
    });
  });

  it('tells a directory given as the output apart from a file', async () => {
    const folder = join(scratch, 'out');
    mkdirSync(folder);
    expect(await nodeIo().writeFile(folder, 'x')).toEqual({
      ok: false,
      message: `cannot write '${folder}': it is a directory; give a file name inside it`,
    });
    expect(await nodeIo().readFile(folder)).toEqual({ ok: false, message: `cannot read '${folder}': is a directory` });
  });

  it('keeps the reason of other write errors', () => {
    const error = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    expect(describeWriteError('x.json', error)).toBe("cannot write 'x.json': permission denied");
  });
});

describe('nodeIo, a missing file', () => {
  it('suggests a file beside it with a close name', async () => {
    writeFileSync(join(scratch, 'turnstile.fsa'), '');
    const path = join(scratch, 'turnstyle.fsa');
    expect(await nodeIo().readFile(path)).toEqual({
      ok: false,
      message: `cannot read '${path}': no such file or directory; did you mean '${join(scratch, 'turnstile.fsa')}'?`,
    });
    const far = join(scratch, 'zzzzzzzzzz.fsa');
    expect(await nodeIo().readFile(far)).toEqual({
      ok: false,
      message: `cannot read '${far}': no such file or directory`,
    });
  });
});
