import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo, SYNTAX_ERROR, TURNSTILE } from '../testing/index.js';
import { fmtCommand } from './fmt.js';

const UGLY = '// keep me\ndfa  X{alphabet a start q accept q q->q on a}';
const UGLY_FORMATTED = '// keep me\ndfa X {\n  alphabet a\n  start q\n  accept q\n  q -> q on a\n}\n';

describe('cdam fmt', () => {
  it('prints the canonical layout on stdout and leaves the file alone', async () => {
    const io = memoryIo({ 'x.fsa': UGLY });
    expect(await fmtCommand('x.fsa', {}, io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toBe(UGLY_FORMATTED);
    expect(io.files.get('x.fsa')).toBe(UGLY);
    expect(io.writes).toEqual([]);
  });

  it('--write rewrites a file whose layout changes', async () => {
    const io = memoryIo({ 'x.fsa': UGLY });
    expect(await fmtCommand('x.fsa', { write: true }, io)).toBe(ExitCode.Ok);
    expect(io.files.get('x.fsa')).toBe(UGLY_FORMATTED);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toBe("formatted 'x.fsa'\n");
  });

  it('--write does not touch a file that is already formatted', async () => {
    const io = memoryIo({ 't.fsa': TURNSTILE });
    expect(await fmtCommand('t.fsa', { write: true }, io)).toBe(ExitCode.Ok);
    expect(io.writes).toEqual([]);
    expect(io.stderr()).toBe('');
  });

  it('--write reports a file it cannot write', async () => {
    const io = memoryIo({ 'x.fsa': UGLY }, { readOnly: ['x.fsa'] });
    expect(await fmtCommand('x.fsa', { write: true }, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toBe("cdam: cannot write 'x.fsa': permission denied\n");
  });

  it('--check exits 0 silently for a formatted file and 1 naming an unformatted one', async () => {
    const ok = memoryIo({ 't.fsa': TURNSTILE });
    expect(await fmtCommand('t.fsa', { check: true }, ok)).toBe(ExitCode.Ok);
    expect(ok.stdout() + ok.stderr()).toBe('');

    const bad = memoryIo({ 'x.fsa': UGLY });
    expect(await fmtCommand('x.fsa', { check: true }, bad)).toBe(ExitCode.Errors);
    expect(bad.stderr()).toBe("cdam: 'x.fsa' is not formatted; run 'cdam fmt --write x.fsa'\n");
    expect(bad.writes).toEqual([]);
  });

  it('refuses a file with syntax errors, printing its diagnostics', async () => {
    const io = memoryIo({ 's.fsa': SYNTAX_ERROR });
    expect(await fmtCommand('s.fsa', { write: true }, io)).toBe(ExitCode.Errors);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toMatch(/^s\.fsa:3:9: error\[FSA101\]: /);
    expect(io.stderr()).toMatch(/\ncdam: 's\.fsa' has syntax errors; fix them before formatting\n$/);
    expect(io.writes).toEqual([]);
  });

  it('names a missing file', async () => {
    const io = memoryIo();
    expect(await fmtCommand('nope.fsa', {}, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toBe("cdam: cannot read 'nope.fsa': no such file or directory\n");
  });

  it('rejects --write with --check as a usage error', async () => {
    const io = memoryIo({ 'x.fsa': UGLY });
    expect(await runCli(['fmt', '--write', '--check', 'x.fsa'], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toBe("cdam: options '--write' and '--check' cannot be used together (see 'cdam fmt --help')\n");
    expect(io.files.get('x.fsa')).toBe(UGLY);
  });

  it('suggests --write for a misspelt flag', async () => {
    const io = memoryIo({ 'x.fsa': UGLY });
    expect(await runCli(['fmt', '--wirte', 'x.fsa'], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toBe(
      "cdam: unknown option '--wirte' for 'fmt'; did you mean '--write'? (see 'cdam fmt --help')\n",
    );
  });

  it('keeps CRLF line ends: a formatted CRLF file passes --check, and --write writes CRLF', async () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const io = memoryIo({ 'ok.fsa': crlf(TURNSTILE), 'x.fsa': crlf(UGLY.replace('dfa', '/* two\nlines */ dfa')) });
    expect(await fmtCommand('ok.fsa', { check: true }, io)).toBe(ExitCode.Ok);
    expect(await fmtCommand('x.fsa', { write: true }, io)).toBe(ExitCode.Ok);
    const written = io.files.get('x.fsa') ?? '';
    expect(written).toMatch(/^\/\/ keep me\r\n/);
    expect(written.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(await fmtCommand('x.fsa', { check: true }, io)).toBe(ExitCode.Ok);
  });

  it('leaves a formatted file that starts with a byte-order mark untouched', async () => {
    const io = memoryIo({ 'bom.fsa': `\uFEFF${TURNSTILE}` });
    expect(await fmtCommand('bom.fsa', { check: true }, io)).toBe(ExitCode.Ok);
    expect(await fmtCommand('bom.fsa', { write: true }, io)).toBe(ExitCode.Ok);
    expect(io.writes).toEqual([]);
  });
});
