import { describe, expect, it } from 'vitest';
import { diagnostic, type Diagnostic, type Span } from './diagnostics.js';
import { displayWidth, formatDiagnostics, toJsonDiagnostics } from './render-diagnostics.js';

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
