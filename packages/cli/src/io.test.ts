import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
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
    writeFileSync(join(scratch, 'dupe.fsa'), '');
    const near = join(scratch, 'nope.fsa'); // two of its four letters differ from 'dupe': no guess
    expect(await nodeIo().readFile(near)).toEqual({
      ok: false,
      message: `cannot read '${near}': no such file or directory`,
    });
    const far = join(scratch, 'zzzzzzzzzz.fsa');
    expect(await nodeIo().readFile(far)).toEqual({
      ok: false,
      message: `cannot read '${far}': no such file or directory`,
    });
  });
});

describe('nodeIo, a file name holding control characters', () => {
  it('escapes them in read and write messages, and in the name it suggests', async () => {
    writeFileSync(join(scratch, 'a\u001b[2Jb.fsa'), '');
    const path = join(scratch, 'a\u001b[2Jc.fsa');
    expect(await nodeIo().readFile(path)).toEqual({
      ok: false,
      message: `cannot read '${join(scratch, 'a\\u{1B}[2Jc.fsa')}': no such file or directory; did you mean '${join(scratch, 'a\\u{1B}[2Jb.fsa')}'?`,
    });
    const error = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    expect(describeWriteError('out\n\u202Ex.json', error)).toBe(
      "cannot write 'out\\n\\u{202E}x.json': permission denied",
    );
  });
});

describe('nodeIo, an input past the read cap', () => {
  const cap = 1024;
  const tooLarge = (path: string) =>
    `cannot read '${path}': it is larger than 1 KiB, the most cdam reads from one file; check that it is the file you meant`;

  it('refuses a regular file one byte over the cap and reads one exactly at it', async () => {
    const over = join(scratch, 'over.fsa');
    writeFileSync(over, 'x'.repeat(cap + 1));
    expect(await nodeIo({ maxReadBytes: cap }).readFile(over)).toEqual({ ok: false, message: tooLarge(over) });
    const at = join(scratch, 'at.fsa');
    writeFileSync(at, `\uFEFF${'x'.repeat(cap - 3)}`);
    expect(await nodeIo({ maxReadBytes: cap }).readFile(at)).toEqual({ ok: true, value: 'x'.repeat(cap - 3) });
  });

  it('stops reading an endless device at the cap', async () => {
    expect(await nodeIo({ maxReadBytes: cap }).readFile('/dev/zero')).toEqual({
      ok: false,
      message: tooLarge('/dev/zero'),
    });
  });

  it('stops reading a FIFO whose writer never ends', async () => {
    const fifo = join(scratch, 'endless.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = createWriteStream(fifo);
    writer.on('error', () => undefined); // EPIPE once the reader has closed its end
    const block = Buffer.alloc(cap, 'a');
    const pump = () => {
      while (!writer.destroyed && writer.write(block));
    };
    writer.on('drain', pump);
    pump();
    expect(await nodeIo({ maxReadBytes: cap }).readFile(fifo)).toEqual({ ok: false, message: tooLarge(fifo) });
    writer.destroy();
  });

  it('stops reading standard input at the cap and closes it', async () => {
    const stdin = createReadStream('/dev/zero');
    expect(await nodeIo({ maxReadBytes: cap, stdin }).stdin()).toEqual({
      ok: false,
      message:
        'cannot read standard input: it is larger than 1 KiB, the most cdam reads from one input; give it in smaller parts',
    });
    expect(stdin.destroyed).toBe(true);
    const small = Readable.from([Buffer.from('\uFEFFcoin\n'), Buffer.from('push\n')]);
    expect(await nodeIo({ maxReadBytes: cap, stdin: small }).stdin()).toEqual({ ok: true, value: 'coin\npush\n' });
  });
});
