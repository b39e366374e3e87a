import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSource, wasParsedCleanly } from './check-source.js';
import { recheckEditedLines, recheckSource, type CheckedText } from './recheck.js';
import { arbCommentedSource } from './testing/arbitraries.js';
import { propertyRuns } from './testing/property-runs.js';

/** A dfa of `states` states in a ring over {a, b}, one transition per line. */
function ring(states: number): string {
  const lines = ['dfa Ring {', '  alphabet a, b', '  start s0', '  accept s0'];
  for (let i = 0; i < states; i++) lines.push(`  s${i} -> s${(i + 1) % states} on a`, `  s${i} -> s${i} on b`);
  return `${lines.join('\n')}\n}\n`;
}

const MIXED = [
  '\uFEFF// every kind of declaration',
  'regex Even over a, b = (a a | b)*',
  'mealy Toggle {',
  '  outputs on1, off1 /* two',
  '  lines */ start idle',
  '  idle -> busy on a / on1',
  '  busy -> idle on a, b / off1',
  '}',
  'test T on Even { accept "aa", "" reject "a" }',
  'moore Lamp {',
  '  alphabet press',
  '  outputs dark, lit',
  '  start off',
  '  output off dark output on lit',
  '  off -> on on press',
  '  on -> off on press',
  '  network { neurons = 64 beta = -1.5 }',
  '}',
  'dfa Both = minimise(@Even & @Even)',
  'nfa "two words" {',
  '  states q0, "q 1", 01',
  '  start q0 accept 01',
  '  q0 -> "q 1" on "x y", epsilon',
  '  "q 1" -> 01 on *',
  '  01 -> 01 on *',
  '}',
  'sequence S { items A, B(2) loop }',
  '',
].join('\n');

const sources = fc.oneof(
  { weight: 3, arbitrary: arbCommentedSource },
  {
    weight: 1,
    arbitrary: fc.constantFrom(MIXED, MIXED.replaceAll('\n', '\r\n'), MIXED.replaceAll('\n', '\r'), ring(6)),
  },
);

/** What an editor inserts: whole members and lines, names, punctuation that breaks lines or blocks, comments. */
const SNIPPETS = [
  '\n',
  '\r\n',
  '\r',
  ' ',
  'b',
  '7',
  'q9',
  '\n  q9 -> q0 on a',
  '\n  start q9\n',
  '\n  accept s1',
  '\n  alphabet c',
  '\n  network { seed = 3 }',
  ' -> ',
  ' on ',
  ',',
  ', b',
  ' / out',
  '*',
  '{',
  '}',
  '}\ndfa More {\n',
  '(',
  '=',
  '-1.5',
  '.5',
  '"',
  '"s t"',
  '"\\q"',
  '//c\n',
  '// c',
  '/*',
  '*/',
  '/* x */',
  '/* y\n z */',
  'dfa',
  'epsilon',
  'ε',
  '状',
  '\0',
  '$',
];

/** Edits that keep most files valid: a member more at the end of a line, typing in a name, a comment. */
const KEEPING = ['\n  q9 -> q0 on a', '\n  start q9\n', '\n', ' // c', '/* x */', 'b', '7', ''];

const RETYPED = ['a', 'b', 'c', '7', 'q', ' ', '\n', '\r', '"', '}'];

type Edit = readonly ['at', number, number, string] | readonly ['line end', number, string];

/**
 * An edit as an editor sends it: replace `[at, at + removed)` (clamped to the text) with a snippet or one
 * character, or add text at the end of a line (where members end, so it mostly keeps the file valid).
 */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constant('at' as const), fc.nat(), fc.nat({ max: 12 }), fc.constantFrom('', ...SNIPPETS)),
  },
  { weight: 2, arbitrary: fc.tuple(fc.constant('line end' as const), fc.nat(), fc.constantFrom(...KEEPING)) },
  // one character typed over another: nothing moves, unless it is a line break
  { weight: 1, arbitrary: fc.tuple(fc.constant('at' as const), fc.nat(), fc.constant(1), fc.constantFrom(...RETYPED)) },
);

function applyEdit(text: string, e: Edit): string {
  if (e[0] === 'at') {
    const [, at, removed, inserted] = e;
    const start = at % (text.length + 1);
    return text.slice(0, start) + inserted + text.slice(Math.min(text.length, start + removed));
  }
  const [, line, inserted] = e;
  const ends = [...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index);
  const at = ends.length === 0 ? text.length : ends[line % ends.length];
  return text.slice(0, at) + inserted + text.slice(at);
}

describe('recheckSource', () => {
  it('gives exactly what checkSource gives after every edit of a chain, whether or not it reparses only the edited lines', () => {
    let cleanEdits = 0; // from a text that parsed cleanly to another
    let incremental = 0;
    fc.assert(
      fc.property(sources, fc.array(edit, { minLength: 1, maxLength: 6 }), (text, chain) => {
        let previous: CheckedText = { text, checked: checkSource(text) };
        for (const e of chain) {
          const next = applyEdit(previous.text, e);
          const whole = checkSource(next);
          const clean = wasParsedCleanly(previous.checked.file) && wasParsedCleanly(whole.file);
          if (clean) cleanEdits++;
          if (recheckEditedLines(previous, next) !== undefined) {
            expect(clean).toBe(true);
            incremental++;
          }
          const checked = recheckSource(previous, next);
          expect(checked).toStrictEqual(whole);
          previous = { text: next, checked };
        }
      }),
      propertyRuns(300),
    );
    // most edits between valid texts (but those at braces, in comments, between declarations) take the fast path
    expect(incremental / cleanEdits).toBeGreaterThan(0.25);
  });

  it('reparses only the edited lines for an edit inside the members of a large automaton', () => {
    const text = ring(500);
    const previous = { text, checked: checkSource(text) };
    const edits = [
      text.replace('s250 -> s251 on a', 's250 -> s251 on c'), // one symbol: an error appears
      text.replace('s250 -> s251 on a', 's250 -> s251 on a\n  s250 -> s0 on b'), // a line more
      text.replace('  s250 -> s251 on a\n', ''), // a line less
      text.replace('s250 -> s251 on a', 's250 -> s251 on a // a comment'),
    ];
    for (const next of edits) {
      const checked = recheckEditedLines(previous, next);
      expect(checked).toBeDefined();
      expect(checked).toStrictEqual(checkSource(next));
    }
  });

  it('checks the whole text again when the edit reaches a brace, a comment across lines, or the previous text had a parse error', () => {
    const text = ring(20);
    const previous = { text, checked: checkSource(text) };
    expect(recheckEditedLines(previous, text.replace('dfa Ring {', 'dfa Ring2 {'))).toBeUndefined();
    expect(recheckEditedLines(previous, text.replace('s3 -> s4 on a', 's3 -> s4 on a /*'))).toBeUndefined();
    expect(recheckEditedLines(previous, `${text.slice(0, -2)}  s0 -> s1 on b }\n`)).toBeUndefined();
    // the end of a comment deleted from the line after it began: the comment now runs on
    const commented = text.replace('s3 -> s4 on a', 's3 -> s4 on a /* a comment\n  over two lines */');
    const uncommented = commented.replace('over two lines */', '');
    const beforeComment = { text: commented, checked: checkSource(commented) };
    expect(beforeComment.checked.diagnostics).toEqual([]);
    expect(recheckEditedLines(beforeComment, uncommented)).toBeUndefined();
    expect(recheckSource(beforeComment, uncommented)).toStrictEqual(checkSource(uncommented));
    const broken = text.replace('s3 -> s4 on a', 's3 s4 on a');
    const afterError = { text: broken, checked: checkSource(broken) };
    expect(afterError.checked.diagnostics[0].code).toBe('FSA101');
    expect(recheckEditedLines(afterError, broken.replace('s5 -> s6 on a', 's5 -> s6 on b'))).toBeUndefined();
  });
});
