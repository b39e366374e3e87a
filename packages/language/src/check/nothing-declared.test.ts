import { describe, expect, it } from 'vitest';
import { checkSource } from '../check-source.js';
import { astBuilder } from '../testing/ast-builders.js';
import { checkFile } from './index.js';

describe('nothing declared (FSA245)', () => {
  it.each([
    ['an empty file', ''],
    ['blank lines', '\n  \r\n\t\n'],
    ['only comments', '// todo: write the automaton\n/* later */\n'],
    ['a byte order mark', '\uFEFF'],
  ])('warns once at 1:1 for %s', (_, text) => {
    expect(checkSource(text).diagnostics).toEqual([
      {
        code: 'FSA245',
        severity: 'warning',
        span: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } },
        message: 'file declares no automaton or sequence',
        hint: "add a declaration such as 'dfa Name { ... }'; see grammar/language-reference.md",
      },
    ]);
  });

  it('is silent when the file declares anything, even a broken declaration', () => {
    expect(checkFile(astBuilder().file(astBuilder().sequence('S')))).not.toContainEqual(
      expect.objectContaining({ code: 'FSA245' }),
    );
    expect(checkSource('sequence S { items A }\n').diagnostics).toEqual([]);
  });

  it('is held back by a syntax error, which says more', () => {
    expect(checkSource('dfa\n').diagnostics.map((d) => d.code)).not.toContain('FSA245');
  });
});
