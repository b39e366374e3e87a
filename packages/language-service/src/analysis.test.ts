import { parse, type AutomatonAst, type DeclarationAst, type FileAst, type NameAst } from '@cdam/language';
import { describe, expect, it } from 'vitest';
import { indexNames } from './analysis.js';
import { createLanguageService } from './service.js';

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

describe('the language service after edits', () => {
  /** A dfa with `states` states in a ring, one transition per line, and a comment. */
  const ring = (states: number) =>
    [
      'dfa Ring {',
      '  alphabet a, b // two symbols',
      '  start s0',
      '  accept s0',
      ...Array.from({ length: states }, (_, i) => `  s${i} -> s${(i + 1) % states} on a\n  s${i} -> s${i} on b`),
      '}',
      '',
    ].join('\n');

  it('answers every edit as a service that sees the edited text first (diagnostics, names, outline)', () => {
    const uri = 'file:///ring.fsa';
    let text = ring(40);
    const edited = createLanguageService();
    edited.update(uri, text, 1);
    edited.diagnostics(uri);
    const edits: [string, string][] = [
      ['s20 -> s21 on a', 's20 -> s21 on c'], // an unknown symbol
      ['s20 -> s21 on c', 's20 -> s21 on a\n  s20 -> s39 on b'], // a line more, a second b from s20
      ['  s5 -> s5 on b\n', ''], // a line less
      ['s7 -> s8 on a', 's7 -> s8 on a, *'], // a catch-all
      ['s9 -> s10', 's9 s10'], // a syntax error
      ['s9 s10', 's9 -> s10'], // and fixed again
      ['s30 -> s31 on a', 's30 -> t on a'], // a new state, unreachable states after it
    ];
    edits.forEach(([from, to], i) => {
      expect(text).toContain(from);
      text = text.replace(from, to);
      edited.update(uri, text, i + 2);
      const fresh = createLanguageService();
      fresh.update(uri, text, i + 2);
      expect(edited.diagnostics(uri)).toStrictEqual(fresh.diagnostics(uri));
      expect(edited.analysis(uri).checked).toStrictEqual(fresh.analysis(uri).checked);
      expect(edited.documentSymbols(uri)).toStrictEqual(fresh.documentSymbols(uri));
      expect(edited.references(uri, { line: 10, character: 3 })).toStrictEqual(
        fresh.references(uri, { line: 10, character: 3 }),
      );
    });
  });
});
