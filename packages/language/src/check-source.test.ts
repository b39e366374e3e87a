import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSource, findAutomaton, findChosenDeclaration, findDeclaration, findSequence } from './check-source.js';
import { formatDiagnostics } from './render-diagnostics.js';
import { propertyRuns } from './testing/property-runs.js';
import { paritySource } from './testing/spec-fixtures.js';
import { KEYWORDS } from './tokens.js';

describe('checkSource', () => {
  it('gives the AST and no diagnostics for a correct file', () => {
    const { file, diagnostics } = checkSource(paritySource);
    expect(diagnostics).toEqual([]);
    expect(file.declarations.map((d) => d.name.value)).toEqual(['Parity']);
  });

  it('reports semantic problems at the offending name', () => {
    const text = 'dfa T {\n  alphabet coin, pass\n  start locked\n  accept locked\n  locked -> locked on push\n}\n';
    const { diagnostics } = checkSource(text);
    const error = diagnostics.find((d) => d.code === 'FSA203');
    expect(error?.span.start).toEqual({ offset: text.indexOf('push'), line: 5, column: 23 });
    expect(text.slice(error?.span.start.offset, error?.span.end.offset)).toBe('push');
  });

  it('skips semantic checks when parsing failed, and sorts by position', () => {
    const text = 'dfa A {\n  start q\n  q -> -> r on x\n}\ndfa A {\n  start = q\n}\n';
    const { diagnostics } = checkSource(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.code < 'FSA200')).toBe(true);
    const offsets = diagnostics.map((d) => d.span.start.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });
});

describe('findAutomaton and findSequence', () => {
  const many = checkSource(
    'dfa A { alphabet x start q accept q q -> q on x }\nnfa B { alphabet x start q accept q q -> q on x }\n' +
      'dfa Parity { alphabet x start q accept q q -> q on x }\nsequence Walk { items A }\n',
  ).file;
  const single = checkSource(paritySource).file;

  it('picks the only one when no name is given', () => {
    const found = findAutomaton(single);
    expect(found.ok && found.declaration.name.value).toBe('Parity');
    const walk = findSequence(many);
    expect(walk.ok && walk.declaration.name.value).toBe('Walk');
  });

  it('findDeclaration takes the only automaton, else the only sequence, and asks which when that is unclear', () => {
    const walk = findDeclaration(checkSource('sequence Walk { items A }\n').file);
    expect(walk.ok && walk.declaration.kind).toBe('sequence');
    const parity = findDeclaration(single);
    expect(parity.ok && parity.declaration.kind).toBe('automaton');
    const withSequence = findDeclaration(
      checkSource('sequence Walk { items A }\ndfa D { alphabet a\n start q }\n').file,
    );
    expect(withSequence.ok && withSequence.declaration.name.value).toBe('D');
    expect(findDeclaration(many)).toEqual({
      ok: false,
      message:
        'file has 3 automata: A, B, Parity, and 1 sequence: Walk; choose one with --automaton NAME or --sequence NAME',
    });
    const twoSequences = checkSource('sequence S { items A }\nsequence T { items B }\n').file;
    expect(findDeclaration(twoSequences)).toEqual(findSequence(twoSequences));
    const nothing = checkSource('').file;
    expect(findDeclaration(nothing)).toEqual(findAutomaton(nothing));
  });

  it('findChosenDeclaration follows --sequence, then --automaton, then findDeclaration', () => {
    expect(findChosenDeclaration(many, { sequence: 'Walk' })).toEqual(findSequence(many, 'Walk'));
    expect(findChosenDeclaration(many, { automaton: 'B' })).toEqual(findAutomaton(many, 'B'));
    expect(findChosenDeclaration(many, {})).toEqual(findDeclaration(many));
    const named = findChosenDeclaration(many, { automaton: 'B' });
    expect(named.ok && named.declaration.name.value).toBe('B');
  });

  it('asks for a name when there are several', () => {
    expect(findAutomaton(many)).toEqual({
      ok: false,
      message: 'file has 3 automata: A, B, Parity; choose one with --automaton NAME',
    });
  });

  it('finds by name, and explains a missing, misspelt or wrongly-kinded name', () => {
    const b = findAutomaton(many, 'B');
    expect(b.ok && b.declaration.kind === 'automaton' && b.declaration.type).toBe('nfa');
    expect(findAutomaton(many, 'Party')).toEqual({
      ok: false,
      message: `no automaton named 'Party'; did you mean 'Parity'?`,
    });
    expect(findAutomaton(many, 'Zed')).toEqual({
      ok: false,
      message: `no automaton named 'Zed'; file has 3 automata: A, B, Parity`,
    });
    expect(findAutomaton(many, 'Walk')).toEqual({
      ok: false,
      message: `'Walk' is a sequence, not an automaton; choose it with --sequence Walk`,
    });
    expect(findSequence(many, 'A')).toEqual({
      ok: false,
      message: `'A' is a automaton, not a sequence; choose it with --automaton A`.replace(
        'a automaton',
        'an automaton',
      ),
    });
  });

  it('explains an empty choice and an ambiguous name', () => {
    expect(findSequence(single)).toEqual({ ok: false, message: `file has no sequence; it has automaton Parity` });
    const empty = checkSource('// nothing yet\n').file;
    expect(findAutomaton(empty)).toEqual({
      ok: false,
      message: "file has no automaton; declare one with 'dfa Name { ... }', 'nfa Name { ... }' or 'regex Name = ...'",
    });
    expect(findSequence(empty)).toEqual({
      ok: false,
      message: "file has no sequence; declare one with 'sequence Name { ... }'",
    });
    expect(findAutomaton(empty, 'Parity')).toEqual({
      ok: false,
      message:
        "no automaton named 'Parity'; file has no automaton; declare one with 'dfa Name { ... }', 'nfa Name { ... }' or 'regex Name = ...'",
    });
    expect(findSequence(empty, 'Walk')).toEqual({
      ok: false,
      message: "no sequence named 'Walk'; file has no sequence; declare one with 'sequence Name { ... }'",
    });
    expect(findSequence(single, 'Walk')).toEqual({
      ok: false,
      message: "no sequence named 'Walk'; file has no sequence; it has automaton Parity",
    });
    const twice = checkSource('sequence S { items A }\nsequence S { items B }\n').file;
    expect(findSequence(twice, 'S')).toEqual({
      ok: false,
      message: `file has 2 sequences named 'S'; rename all but one`,
    });
    expect(findSequence(twice)).toEqual({
      ok: false,
      message: 'file has 2 sequences: S, S; choose one with --sequence NAME',
    });
  });
});

describe('checkSource on arbitrary token soup', () => {
  const runs = propertyRuns(150);
  const token = fc.constantFrom(
    ...KEYWORDS,
    '{',
    '}',
    ',',
    '->',
    '=',
    '(',
    ')',
    '*',
    'a',
    'b',
    'q0',
    'q1',
    '01',
    '"s t"',
    '3',
    '-1.5',
    '\n',
    ' ',
    '\t',
    '//c\n',
    '/*',
    '"',
    ';',
    '状',
  );
  const soup = fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join(' '));

  it('never throws, and returns diagnostics sorted by position with real line numbers', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const { diagnostics } = checkSource(text);
        const offsets = diagnostics.map((d) => d.span.start.offset);
        const lines = text.split(/\r\n|\r|\n/).length;
        return (
          offsets.every((o, i) => i === 0 || offsets[i - 1] <= o) &&
          diagnostics.every((d) => d.span.start.line >= 1 && d.span.start.line <= lines)
        );
      }),
      runs,
    );
  });

  it('renders one header and at least one caret per diagnostic', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const { diagnostics } = checkSource(text);
        const rendered = formatDiagnostics(diagnostics, { fileName: 'f.fsa', source: text });
        const headers = rendered.split('\n').filter((l) => /^f\.fsa:\d+:\d+: (error|warning)\[FSA\d{3}\]: /.test(l));
        const carets = rendered.split('\n').filter((l) => /^ {5,}\| *\^+$/.test(l));
        return headers.length === diagnostics.length && carets.length === diagnostics.length;
      }),
      runs,
    );
  });
});
