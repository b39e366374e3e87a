import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo, SYNTAX_ERROR, TURNSTILE, UNKNOWN_SYMBOL, UNUSED_SYMBOL } from '../testing/index.js';
import { checkCommand } from './check.js';

const files = {
  'turnstile.fsa': TURNSTILE,
  'bad.fsa': UNKNOWN_SYMBOL,
  'syntax.fsa': SYNTAX_ERROR,
  'warn.fsa': UNUSED_SYMBOL,
};

describe('cdam check (text)', () => {
  it('exits 0 with only a summary for a correct file', async () => {
    const io = memoryIo(files);
    expect(await checkCommand(['turnstile.fsa'], { format: 'text' }, io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toBe('0 errors, 0 warnings in 1 file\n');
    expect(io.stderr()).toBe('');
  });

  it('prints compiler-style diagnostics and exits 1 on errors', async () => {
    const io = memoryIo(files);
    expect(await checkCommand(['bad.fsa'], { format: 'text' }, io)).toBe(ExitCode.Errors);
    expect(io.stdout().split('\n')).toEqual([
      "bad.fsa:5:25: error[FSA203]: symbol 'push' is not in the alphabet of 'Turnstile'",
      '    5 |   locked -> unlocked on push',
      '      |                         ^^^^',
      "  help: add 'push' to the alphabet, or use one of: coin, pass",
      '',
      '1 error, 0 warnings in 1 file',
      '',
    ]);
  });

  it('builds regexes and derived automata and reports one that is too large (FSA224)', async () => {
    const io = memoryIo({
      'big.fsa': 'regex Ok = (a|b)*abb\nregex Big over a, b = (a|b)* a (a|b){18} & !(b*)\n',
    });
    expect(await checkCommand(['big.fsa'], { format: 'text' }, io)).toBe(ExitCode.Errors);
    expect(io.stdout().split('\n').slice(0, 1)).toEqual([
      "big.fsa:2:7: error[FSA224]: regex 'Big' needs more than 100000 states when made deterministic; " +
        'simplify it (fewer nested repetitions, smaller {m,n} bounds, or fewer & - ! inside stars)',
    ]);
  });

  it('reports syntax errors with their code', async () => {
    const io = memoryIo(files);
    expect(await checkCommand(['syntax.fsa'], { format: 'text' }, io)).toBe(ExitCode.Errors);
    expect(io.stdout()).toMatch(/^syntax\.fsa:3:9: error\[FSA101\]: /);
  });

  it('does not fail on warnings', async () => {
    const io = memoryIo(files);
    expect(await checkCommand(['warn.fsa'], { format: 'text' }, io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toMatch(/^warn\.fsa:2:15: warning\[FSA242\]: /);
    expect(io.stdout()).toMatch(/^0 errors, 1 warning in 1 file\n$/m);
  });

  it('separates files by a blank line and counts over all of them', async () => {
    const io = memoryIo(files);
    expect(await checkCommand(['bad.fsa', 'turnstile.fsa', 'warn.fsa'], { format: 'text' }, io)).toBe(ExitCode.Errors);
    const out = io.stdout();
    expect(out).toMatch(/pass\n\nwarn\.fsa:2:15: warning/);
    expect(out.endsWith('\n\n1 error, 1 warning in 3 files\n')).toBe(true);
  });

  it('names a missing file on stderr, checks the others, and exits 1', async () => {
    const io = memoryIo(files);
    expect(await checkCommand(['missing.fsa', 'turnstile.fsa'], { format: 'text' }, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toBe("cdam: cannot read 'missing.fsa': no such file or directory\n");
    expect(io.stdout()).toBe('0 errors, 0 warnings in 1 file (1 file could not be read)\n');
  });

  it('prints no summary when no file could be read, only the reasons on stderr, and exits 1', async () => {
    const io = memoryIo(files);
    expect(await checkCommand(['missing.fsa', 'gone.fsa'], { format: 'text' }, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toBe(
      "cdam: cannot read 'missing.fsa': no such file or directory\ncdam: cannot read 'gone.fsa': no such file or directory\n",
    );
    expect(io.stdout()).toBe('');
    const json = memoryIo(files);
    expect(await checkCommand(['missing.fsa'], { format: 'json' }, json)).toBe(ExitCode.Errors);
    expect(JSON.parse(json.stdout())).toEqual([]);
  });
});

describe('cdam check --format json', () => {
  it('prints one array over all files', async () => {
    const io = memoryIo(files);
    expect(await checkCommand(['bad.fsa', 'warn.fsa', 'turnstile.fsa'], { format: 'json' }, io)).toBe(ExitCode.Errors);
    expect(JSON.parse(io.stdout())).toEqual([
      {
        file: 'bad.fsa',
        line: 5,
        column: 25,
        endLine: 5,
        endColumn: 29,
        severity: 'error',
        code: 'FSA203',
        message: "symbol 'push' is not in the alphabet of 'Turnstile'",
        hint: "add 'push' to the alphabet, or use one of: coin, pass",
      },
      expect.objectContaining({ file: 'warn.fsa', line: 2, column: 15, severity: 'warning', code: 'FSA242' }),
    ]);
  });

  it('prints an empty array and exits 0 for a correct file', async () => {
    const io = memoryIo(files);
    expect(await checkCommand(['turnstile.fsa'], { format: 'json' }, io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toEqual([]);
  });
});

describe('cdam check through the program', () => {
  it('passes --format json to the command', async () => {
    const io = memoryIo(files);
    expect(await runCli(['check', '--format', 'json', 'syntax.fsa'], io)).toBe(ExitCode.Errors);
    expect(JSON.parse(io.stdout())).toEqual([expect.objectContaining({ code: 'FSA101', line: 3, column: 9 })]);
  });

  it('rejects an unknown --format value with exit 2', async () => {
    const io = memoryIo(files);
    expect(await runCli(['check', '--format', 'yaml', 'turnstile.fsa'], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toBe(
      "cdam: option '--format' must be one of text, json, got 'yaml' (see 'cdam check --help')\n",
    );
    expect(io.stdout()).toBe('');
  });

  it('reads a file that starts with a byte-order mark or has CRLF line ends like any other', async () => {
    const oneLine = 'dfa T { alphabet a start q accept q q -> q on b }\n';
    const io = memoryIo({
      'plain.fsa': oneLine,
      'bom.fsa': `\uFEFF${oneLine}`,
      'crlf.fsa': `\uFEFF${UNKNOWN_SYMBOL.replace(/\n/g, '\r\n')}`,
      'two-boms.fsa': `\uFEFF\uFEFF${oneLine}`,
    });
    const names = ['plain.fsa', 'bom.fsa', 'crlf.fsa', 'two-boms.fsa'];
    expect(await checkCommand(names, { format: 'json' }, io)).toBe(ExitCode.Errors);
    const [plain, bom, crlf, twoBoms] = JSON.parse(io.stdout()) as { line: number; column: number }[];
    expect(plain).toMatchObject({ line: 1, column: oneLine.indexOf(' b ') + 2 });
    expect(bom).toMatchObject({ line: plain.line, column: plain.column });
    expect(twoBoms).toMatchObject({ line: plain.line, column: plain.column });
    expect(crlf).toMatchObject({ line: 5, column: 25 });
    const text = memoryIo({ 'bom.fsa': `\uFEFF${oneLine}` });
    await checkCommand(['bom.fsa'], { format: 'text' }, text);
    expect(text.stdout()).toContain(`    1 | ${oneLine}`);
    const twoMarks = memoryIo({ 'bom.fsa': `\uFEFF\uFEFF${oneLine}` });
    await checkCommand(['bom.fsa'], { format: 'text' }, twoMarks);
    expect(twoMarks.stdout()).toBe(text.stdout());
  });
});

describe('cdam check on input that is not a good .fsa file', () => {
  /** The first bytes of an ELF executable, then bytes that would each be a lexing error. */
  const binary = `\u007fELF\u0002\u0001\u0001\u0000\u0000\u001b[2J;;;#\n\u0000"\u0085`;
  /** 60 stray characters, one error each. */
  const manyErrors = `dfa A { alphabet a start q accept q q -> q on a }\n${';\n'.repeat(60)}`;
  const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;

  it('reports a binary file once, as FSA105, without raw control characters', async () => {
    const io = memoryIo({ 'bin.fsa': binary });
    expect(await checkCommand(['bin.fsa'], { format: 'text' }, io)).toBe(ExitCode.Errors);
    const out = io.stdout();
    expect(out).toMatch(
      /^bin\.fsa:1:8: error\[FSA105\]: this file holds binary data \(a NUL byte at offset 7\), not \.fsa text\n/,
    );
    expect(out.match(/error\[/g)).toHaveLength(1);
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain('    1 | \u2421ELF\u2402\u2401\u2401\u2400\u2400\u241b[2J;;;#\n');
    expect(out.endsWith('\n\n1 error, 0 warnings in 1 file\n')).toBe(true);
  });

  it('warns about a file that declares nothing, and still exits 0', async () => {
    const io = memoryIo({ 'empty.fsa': '', 'notes.fsa': '// to do\n' });
    expect(await checkCommand(['empty.fsa', 'notes.fsa'], { format: 'text' }, io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toMatch(/^empty\.fsa:1:1: warning\[FSA245\]: file declares no automaton or sequence$/m);
    expect(io.stdout()).toMatch(/^notes\.fsa:1:1: warning\[FSA245\]: /m);
    expect(io.stdout()).toMatch(/\n0 errors, 2 warnings in 2 files\n$/);
  });

  it('prints at most 50 diagnostics per file as text, then counts the rest; JSON has them all', async () => {
    const io = memoryIo({ 'many.fsa': manyErrors });
    expect(await checkCommand(['many.fsa'], { format: 'text' }, io)).toBe(ExitCode.Errors);
    const out = io.stdout();
    expect(out.match(/^many\.fsa:\d+:\d+: error\[FSA100\]/gm)).toHaveLength(50);
    expect(out).toContain(
      '\n\n… and 10 more (10 errors); fix the first ones and run again, or see all with --format json\n',
    );
    expect(out.endsWith('\n60 errors, 0 warnings in 1 file\n')).toBe(true);
    const json = memoryIo({ 'many.fsa': manyErrors });
    await checkCommand(['many.fsa'], { format: 'json' }, json);
    expect(JSON.parse(json.stdout())).toHaveLength(60);
  });

  it('limits the errors a command that needs a correct file prints, and says how to see them all', async () => {
    const io = memoryIo({ 'many.fsa': manyErrors });
    expect(await runCli(['compile', 'many.fsa'], io)).toBe(ExitCode.Errors);
    expect(io.stderr().match(/^many\.fsa:\d+:\d+: error\[FSA100\]/gm)).toHaveLength(50);
    expect(io.stderr()).toContain(
      "… and 10 more (10 errors); fix the first ones and run again, or see all with 'cdam check --format json many.fsa'\n",
    );
  });
});

describe('cdam check on a file with more than 150 000 diagnostics', () => {
  // Each name on its own line, so the test measures checking, not quoting one very long line.
  const list = (names: readonly string[]) => names.join(',\n    ');
  const N = 150_001;

  it('reports every repeated alphabet symbol (errors) without overflowing the stack', async () => {
    const repeated = list(Array.from({ length: N + 1 }, () => 'a'));
    const io = memoryIo({ 'big.fsa': `dfa A {\n  alphabet ${repeated}\n  start q\n  accept q\n  q -> q on a\n}\n` });
    expect(await checkCommand(['big.fsa'], { format: 'text' }, io)).toBe(ExitCode.Errors);
    expect(io.stdout()).toMatch(/\n150001 errors, 0 warnings in 1 file\n$/);
    expect(io.stderr()).toBe('');
  });

  it('reports every unreachable state of a valid, warnings-only file', async () => {
    const states = list(Array.from({ length: N }, (_, i) => `s${i}`));
    const io = memoryIo({
      'big.fsa': `dfa A {\n  alphabet a\n  states q, ${states}\n  start q\n  accept q\n  q -> q on a\n}\n`,
    });
    expect(await checkCommand(['big.fsa'], { format: 'json' }, io)).toBe(ExitCode.Ok);
    const json = JSON.parse(io.stdout()) as { code: string }[];
    expect(json.length).toBe(N);
    expect(json.every((d) => d.code === 'FSA240')).toBe(true);
    expect(io.stderr()).toBe('');
  });
});
