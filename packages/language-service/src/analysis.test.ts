import { parse, type AutomatonAst, type DeclarationAst, type FileAst, type NameAst } from '@cdam/language';
import { describe, expect, it } from 'vitest';
import { indexNames } from './analysis.js';

/** A name at `[start, end)` (the line and column do not matter to the index). */
function name(value: string, start: number): NameAst {
  const at = (offset: number) => ({ offset, line: 1, column: offset + 1 });
  return { kind: 'name', value, form: 'identifier', span: { start: at(start), end: at(start + value.length) } };
}

describe('the name index over declaration kinds it has no walk for', () => {
  // `dfa A {...}` parsed, then declarations and members of kinds the language does not have yet, as a
  // later syntax would add them: `regex R = ...@A...`, and a `test` member that names the automaton
  const parsed = parse('dfa A {\n  alphabet a\n  start q\n  q -> q on a\n  accept q\n}\n').file;
  const automaton = parsed.declarations[0] as AutomatonAst;
  const regex = {
    kind: 'regex',
    name: name('R', 100),
    body: { kind: 'reference', target: name('A', 110) },
    span: automaton.span,
  };
  const withTest = {
    ...automaton,
    members: [...automaton.members, { kind: 'test', on: name('A', 120), word: name('zz', 125) }],
  };
  const file = { ...parsed, declarations: [withTest, regex] } as unknown as FileAst;
  const { entities, occurrences } = indexNames(file);

  it('indexes the new declaration by name, and names of declarations inside new kinds as references', () => {
    const a = entities.find((e) => e.kind === 'declaration' && e.name === 'A')!;
    expect(a.occurrences.map((o) => [o.start, o.declaration])).toEqual([
      [4, true],
      [120, false],
      [110, false],
    ]);
    const r = entities.find((e) => e.name === 'R')!;
    expect(r.kind).toBe('declaration');
    expect((r.scope as unknown as DeclarationAst & { kind: string }).kind).toBe('regex');
    expect(occurrences.some((o) => o.start === 125)).toBe(false); // `zz` names nothing declared
    expect(occurrences.map((o) => o.start)).toEqual([...occurrences.map((o) => o.start)].sort((x, y) => x - y));
  });
});
