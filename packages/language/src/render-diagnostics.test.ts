import { describe, expect, it } from 'vitest';
import { diagnostic, type Diagnostic, type Span } from './diagnostics.js';
import { displayWidth } from './quoted-line.js';
import { formatDiagnostics, toJsonDiagnostics } from './render-diagnostics.js';

/** The span of the `nth` occurrence of `needle` in `source` (1-based columns in UTF-16 units). */
function spanOf(source: string, needle: string, nth = 1): Span {
  let offset = -1;
  for (let k = 0; k < nth; k++) offset = source.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`'${needle}' not in source`);
  return { start: position(source, offset), end: position(source, offset + needle.length) };
}

function position(source: string, offset: number) {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { offset, line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

const turnstile = [
  '// a coin-operated turnstile',
  'dfa Turnstile {',
  '  alphabet coin, pass',
  '  start locked',
  '  accept locked',
  '  locked -> locked on pass',
  '  locked -> unlocked on push',
  '  unlocked -> locked on pass',
  '}',
  '',
].join('\n');

const push: Diagnostic = diagnostic(
  'FSA203',
  spanOf(turnstile, 'push'),
  `symbol 'push' is not in the alphabet of 'Turnstile'`,
  `add 'push' to the alphabet, or use one of: coin, pass`,
);

describe('formatDiagnostics', () => {
  it('renders the example of the brief (whose header column is off by one against its own caret)', () => {
    expect(formatDiagnostics([push], { fileName: 'samples/turnstile.fsa', source: turnstile })).toBe(
      [
        `samples/turnstile.fsa:7:25: error[FSA203]: symbol 'push' is not in the alphabet of 'Turnstile'`,
        `    7 |   locked -> unlocked on push`,
        `      |                         ^^^^`,
        `  help: add 'push' to the alphabet, or use one of: coin, pass`,
        ``,
      ].join('\n'),
    );
  });

  it('separates blocks by a blank line, omits help without a hint, and is empty for no diagnostics', () => {
    const warning = diagnostic('FSA243', spanOf(turnstile, 'Turnstile'), `'Turnstile' has no accepting states`);
    const text = formatDiagnostics([warning, push], { fileName: 't.fsa', source: turnstile });
    expect(text.split('\n').slice(0, 4)).toEqual([
      `t.fsa:2:5: warning[FSA243]: 'Turnstile' has no accepting states`,
      `    2 | dfa Turnstile {`,
      `      |     ^^^^^^^^^`,
      ``,
    ]);
    expect(formatDiagnostics([], { fileName: 't.fsa', source: turnstile })).toBe('');
  });

  it('widens the gutter for every block when a line number needs more than four digits', () => {
    const source = '\n'.repeat(12344) + 'x y\n';
    const at = diagnostic('FSA101', spanOf(source, 'y'), 'unexpected token');
    const first = diagnostic('FSA101', spanOf(source, '\n'), 'first line');
    const lines = formatDiagnostics([first, at], { fileName: 'f', source }).split('\n');
    expect(lines[1]).toBe('     1 |');
    expect(lines[5]).toBe(' 12345 | x y');
    expect(lines[6]).toBe('       |   ^');
  });

  it('puts one caret under an empty span, also at the end of a line', () => {
    const source = 'dfa A {\n';
    const end = position(source, 7);
    const lines = formatDiagnostics([diagnostic('FSA101', { start: end, end }, 'expected a member')], {
      fileName: 'f',
      source,
    }).split('\n');
    expect(lines.slice(1, 3)).toEqual(['    1 | dfa A {', '      |        ^']);
  });

  it('underlines a span over several lines to the end of its first line', () => {
    const source = 'network {\n  beta = 1\n}\n';
    const span = { start: position(source, 0), end: position(source, source.length - 1) };
    const lines = formatDiagnostics([diagnostic('FSA212', span, 'twice')], { fileName: 'f', source }).split('\n');
    expect(lines.slice(1, 3)).toEqual(['    1 | network {', '      | ^^^^^^^^^']);
  });

  it('expands tabs in the source line and the caret line alike', () => {
    const source = 'dfa A {\n\tx ->\ty on\tbad\n}';
    const lines = formatDiagnostics([diagnostic('FSA203', spanOf(source, 'bad'), 'bad')], {
      fileName: 'f',
      source,
    }).split('\n');
    expect(lines[0]).toBe('f:2:12: error[FSA203]: bad');
    expect(lines[1]).toBe('    2 |     x ->    y on    bad');
    expect(lines[2]).toBe(`      | ${' '.repeat(20)}^^^`);
  });

  it('counts wide characters as two columns, under and before the caret', () => {
    const source = 'dfa 状態 {\n  甲 -> 乙 on 丙, 😀x\n}';
    const wide = diagnostic('FSA203', spanOf(source, '丙'), 'wide');
    const after = diagnostic('FSA203', spanOf(source, 'x'), 'after emoji');
    const lines = formatDiagnostics([wide, after], { fileName: 'f', source }).split('\n');
    expect(lines[1]).toBe('    2 |   甲 -> 乙 on 丙, 😀x');
    expect(lines[2]).toBe(`      | ${' '.repeat(14)}^^`);
    expect(lines[6]).toBe(`      | ${' '.repeat(20)}^`);
  });

  it('does not count combining marks', () => {
    const source = 'e\u0301 x';
    const lines = formatDiagnostics([diagnostic('FSA100', spanOf(source, 'x'), 'x')], { fileName: 'f', source }).split(
      '\n',
    );
    expect(lines[2]).toBe('      |   ^');
  });

  it('leaves a byte order mark out of the quoted line', () => {
    const source = '\uFEFFdfa A { ; }';
    const span = { start: { offset: 9, line: 1, column: 9 }, end: { offset: 10, line: 1, column: 10 } };
    const text = formatDiagnostics([diagnostic('FSA100', span, "unexpected character ';'")], { fileName: 'f', source });
    expect(text).not.toContain('\uFEFF');
    expect(text).toContain('    1 | dfa A { ; }\n      |         ^\n');
  });

  it('leaves two byte order marks out of the quoted line, keeping the caret under its column', () => {
    const source = '\uFEFF\uFEFFdfa A { ; }';
    const span = { start: { offset: 10, line: 1, column: 9 }, end: { offset: 11, line: 1, column: 10 } };
    const text = formatDiagnostics([diagnostic('FSA100', span, "unexpected character ';'")], { fileName: 'f', source });
    expect(text).not.toContain('\uFEFF');
    expect(text).toContain('    1 | dfa A { ; }\n      |         ^\n');
  });

  it('handles CRLF line ends', () => {
    const source = 'dfa A {\r\n  start q\r\n}';
    const offset = source.indexOf('q');
    const span = { start: { offset, line: 2, column: 9 }, end: { offset: offset + 1, line: 2, column: 10 } };
    const lines = formatDiagnostics([diagnostic('FSA207', span, 'q')], { fileName: 'f', source }).split('\n');
    expect(lines.slice(1, 3)).toEqual(['    2 |   start q', '      |         ^']);
  });

  it('falls back to columns when offsets do not match the text (spans made by a program)', () => {
    const span = { start: { offset: 0, line: 2, column: 3 }, end: { offset: 0, line: 2, column: 5 } };
    const lines = formatDiagnostics([diagnostic('FSA201', span, 'x')], { fileName: 'f', source: 'a\nbcdef\n' }).split(
      '\n',
    );
    expect(lines.slice(1, 3)).toEqual(['    2 | bcdef', '      |   ^^']);
  });
});

describe('formatDiagnostics: bounded output', () => {
  const source = Array.from({ length: 8 }, (_, k) => `line${k}`).join('\n');
  const many = Array.from({ length: 8 }, (_, k) =>
    diagnostic(k % 3 === 2 ? 'FSA240' : 'FSA201', spanOf(source, `line${k}`), `problem ${k}`),
  );

  it('renders the first `limit` diagnostics, then one line counting the rest by severity', () => {
    const text = formatDiagnostics(many, { fileName: 'f', source, limit: 3 });
    expect(text.match(/^f:\d+:\d+: /gm)).toHaveLength(3);
    expect(text).toContain('problem 2');
    expect(text).not.toContain('problem 3');
    expect(text.endsWith('\n\n… and 5 more (4 errors, 1 warning); fix the first ones and run again\n')).toBe(true);
  });

  it('leaves out a severity with no count, ends with the advice given, and adds nothing within the limit', () => {
    const errors = many.filter((d) => d.severity === 'error');
    const advice = 'or see all with --format json';
    expect(formatDiagnostics(errors, { fileName: 'f', source, limit: 4, limitAdvice: advice })).toMatch(
      /\n… and 2 more \(2 errors\); or see all with --format json\n$/,
    );
    expect(formatDiagnostics(many, { fileName: 'f', source, limit: 8 })).toBe(
      formatDiagnostics(many, { fileName: 'f', source }),
    );
  });

  it('lets no raw control character through, not even in a message or hint quoting a name', () => {
    const evil = 'dfa "\u001b[2J" {\n  a\u0000\u0007 -> b\u009b on \u007f\n}';
    const nameEsc = diagnostic('FSA243', spanOf(evil, 'dfa'), `'\u001b[2J' has no accepting states`, 'a\u0007\nb\tc');
    const bell = diagnostic('FSA100', spanOf(evil, '\u0007'), 'bell');
    const text = formatDiagnostics([nameEsc, bell], { fileName: 'f\u001b[2J\t', source: evil });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
    expect(text).toContain(`f␛[2J :1:1: warning[FSA243]: '␛[2J' has no accepting states`);
    expect(text).toContain('  help: a␇\n        b c');
    expect(text).toContain('    2 |   a␀␇ -> b\uFFFD on ␡\n      |     ^\n');
  });

  it('shows bidirectional-text controls and line separators as placeholders in the file name, message and hint', () => {
    const source = 'dfa A {\n  q -> \u202eb\u202c on x\n}';
    const named = diagnostic(
      'FSA201',
      spanOf(source, 'b'),
      `unknown state '\u202eb\u202c'`,
      'declare \u2067b\u2069\u2028or not',
    );
    const text = formatDiagnostics([named], { fileName: 'evil\u202egpj.fsa', source });
    expect(text).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u);
    const cut = formatDiagnostics([named, named], { fileName: 'f', source, limit: 1, limitAdvice: 'see e\u202evil' });
    expect(cut.endsWith('; see e\uFFFDvil\n')).toBe(true);
    expect(text.split('\n')).toEqual([
      `evil\uFFFDgpj.fsa:2:9: error[FSA201]: unknown state '\uFFFDb\uFFFD'`,
      `    2 |   q -> \uFFFDb\uFFFD on x`,
      `      |         ^`,
      `  help: declare \uFFFDb\uFFFD\uFFFDor not`,
      ``,
    ]);
  });

  it('cuts a quoted line wider than 120 columns around the span, and leaves JSON positions alone', () => {
    const long = `dfa A { alphabet ${Array.from({ length: 60 }, (_, k) => `s${k}`).join(', ')} start q q -> q on zz }`;
    const zz = diagnostic('FSA203', spanOf(long, 'zz'), 'zz');
    const lines = formatDiagnostics([zz], { fileName: 'f', source: long }).split('\n');
    expect(lines[1]).toMatch(/^ {4}1 \| …[^…]+zz }$/);
    expect(lines[1].length - '    1 | '.length).toBeLessThanOrEqual(120);
    expect(lines[1].indexOf('zz')).toBe(lines[2].indexOf('^^'));
    expect(toJsonDiagnostics([zz], 'f')[0].column).toBe(long.indexOf('zz') + 1);
  });
});

describe('toJsonDiagnostics', () => {
  it('gives 1-based positions with an exclusive end and the hint when present', () => {
    const noHint = diagnostic('FSA243', spanOf(turnstile, 'Turnstile'), 'no accepting states');
    expect(toJsonDiagnostics([push, noHint], 'samples/turnstile.fsa')).toEqual([
      {
        file: 'samples/turnstile.fsa',
        line: 7,
        column: 25,
        endLine: 7,
        endColumn: 29,
        severity: 'error',
        code: 'FSA203',
        message: `symbol 'push' is not in the alphabet of 'Turnstile'`,
        hint: `add 'push' to the alphabet, or use one of: coin, pass`,
      },
      {
        file: 'samples/turnstile.fsa',
        line: 2,
        column: 5,
        endLine: 2,
        endColumn: 14,
        severity: 'warning',
        code: 'FSA243',
        message: 'no accepting states',
      },
    ]);
    expect(Object.keys(toJsonDiagnostics([push], 'f')[0])).toEqual([
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'severity',
      'code',
      'message',
      'hint',
    ]);
  });
});

describe('displayWidth', () => {
  it('knows narrow, wide and zero-width code points', () => {
    expect(['a', 'é', '→', '状', '😀', '\u0301'].map((c) => displayWidth(c.codePointAt(0) ?? 0))).toEqual([
      1, 1, 1, 2, 2, 0,
    ]);
  });
});
