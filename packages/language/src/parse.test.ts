import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AutomatonAst, SequenceAst, TransitionAst } from './ast.js';
import type { Span } from './diagnostics.js';
import { formatFile } from './format.js';
import { parse } from './parse.js';
import { arbMutatedSource, stripSpans } from './testing/arbitraries.js';
import { propertyRuns } from './testing/property-runs.js';

const runs = propertyRuns(200);
/** Mutated files cost more each (recovery, formatting twice). */
const mutatedRuns = propertyRuns(100);

/** `line:column-line:column` of a span, for compact expectations. */
function at(span: Span): string {
  return `${span.start.line}:${span.start.column}-${span.end.line}:${span.end.column}`;
}

function codes(source: string): string[] {
  return parse(source).diagnostics.map((d) => `${d.code} ${at(d.span)} ${d.message}`);
}

const PARITY = `// line comment
dfa Parity {
  alphabet 0, 1
  states even, odd
  start even
  accept even
  even -> odd on 1
  odd -> even on 1
  even -> even on *
  odd -> odd on *
  network {
    neurons = 512  seed = 7  beta = 8  auto = -1  hetero = 2  eta = 0.5  iterations = 2  encoding = bipolar
  }
}
nfa EndsAbb {
  alphabet a, b
  start q0
  accept q3
  q0 -> q0 on a, b
  q0 -> q1 on a
  q3 -> q0 on epsilon, ε
}
sequence Walk {
  items A, B, A(3), C
  loop
  network { neurons = 2000 }
}
`;

function automaton(source: string, index = 0): AutomatonAst {
  const declaration = parse(source).file.declarations[index];
  if (declaration?.kind !== 'automaton') throw new Error(`declaration ${index} is not an automaton`);
  return declaration;
}

describe('parse: valid files', () => {
  it('reads every construct of the brief without diagnostics', () => {
    const { file, diagnostics } = parse(PARITY);
    expect(diagnostics).toEqual([]);
    expect(file.declarations.map((d) => `${d.kind}:${d.name.value}`)).toEqual([
      'automaton:Parity',
      'automaton:EndsAbb',
      'sequence:Walk',
    ]);
    const parity = file.declarations[0] as AutomatonAst;
    expect(parity.type).toBe('dfa');
    expect(parity.members.map((m) => m.kind)).toEqual([
      'alphabet',
      'states',
      'start',
      'accept',
      'transition',
      'transition',
      'transition',
      'transition',
      'network',
    ]);
    const alphabet = parity.members[0];
    expect(alphabet.kind === 'alphabet' && alphabet.symbols.map((s) => [s.value, s.form])).toEqual([
      ['0', 'integer'],
      ['1', 'integer'],
    ]);
    const catchAll = parity.members[6] as TransitionAst;
    expect(catchAll.labels.map((l) => l.kind)).toEqual(['otherwise']);
    const network = parity.members[8];
    expect(network.kind === 'network' && network.parameters.map((p) => [p.name, p.value.kind, p.value.value])).toEqual([
      ['neurons', 'number', 512],
      ['seed', 'number', 7],
      ['beta', 'number', 8],
      ['auto', 'number', -1],
      ['hetero', 'number', 2],
      ['eta', 'number', 0.5],
      ['iterations', 'number', 2],
      ['encoding', 'word', 'bipolar'],
    ]);
    const epsilons = (file.declarations[1] as AutomatonAst).members[5] as TransitionAst;
    expect(epsilons.labels.map((l) => l.kind)).toEqual(['epsilon', 'epsilon']);
    const walk = file.declarations[2] as SequenceAst;
    expect(walk.members.map((m) => m.kind)).toEqual(['items', 'loop', 'network']);
    const items = walk.members[0];
    expect(
      items.kind === 'items' && items.items.map((i) => `${i.name.value}${i.dwell ? `(${i.dwell.text})` : ''}`),
    ).toEqual(['A', 'B', 'A(3)', 'C']);
    expect(file.comments.map((c) => c.text)).toEqual(['// line comment']);
  });
});

describe('parse: errors', () => {
  it('reports several errors in one run, each at its place', () => {
    const source = ['dfa X {', '  q0 on a', '  q1 -> q2 on', '  start q0 $', '}', 'foo'].join('\n');
    const { diagnostics } = parse(source);
    expect(diagnostics.map((d) => [d.code, d.span.start.line, d.span.start.column, d.message])).toEqual([
      ['FSA101', 2, 6, "expected '->' after state 'q0' but found 'on'"],
      ['FSA101', 4, 3, "expected a symbol, '*' or 'epsilon' after 'on' but found 'start'"],
      ['FSA100', 4, 12, "unexpected character '$'"],
      ['FSA101', 6, 1, "expected 'dfa', 'nfa', 'sequence', 'regex' or 'test' but found 'foo'"],
    ]);
  });

  it('reports each lexing problem with its own code', () => {
    expect(codes('dfa X { start q0 # }')).toEqual(["FSA100 1:18-1:19 unexpected character '#'"]);
    expect(codes('dfa X { start "q0 }\n}')).toEqual(['FSA102 1:15-1:20 unterminated string "q0 }']);
    expect(codes('dfa X { start q0 } /* open')).toEqual(['FSA103 1:20-1:22 unterminated block comment']);
    expect(codes('dfa X { start "a\\qb" }')).toEqual(['FSA104 1:17-1:19 invalid escape \'\\q\' in string "a\\qb"']);
  });

  it('leaves out syntax errors that only follow from an unterminated string or comment', () => {
    expect(parse('dfa X { start "q0 }').diagnostics.map((d) => d.code)).toEqual(['FSA102']);
    expect(parse('dfa X {\n  start q0 /* note\n}\n').diagnostics.map((d) => d.code)).toEqual(['FSA103']);
  });

  it('shows control characters in messages as escapes', () => {
    expect(codes('dfa X { start q0 \u0001 }')).toEqual(["FSA100 1:18-1:19 unexpected character '\\u{1}'"]);
    expect(codes('dfa X { start q0 \u202e }')).toEqual(["FSA100 1:18-1:19 unexpected character '\\u{202E}'"]);
  });

  it('gives hints on how to fix', () => {
    const [keyword] = parse('dfa X { alphabet loop }').diagnostics;
    expect(keyword.hint).toBe('\'loop\' is a keyword; write it in quotes ("loop") to use it as a name');
    const [arrow] = parse('dfa X {\n  alphabet a b\n  start q\n}').diagnostics;
    expect(arrow.message).toBe("expected '->' after state 'b' but found 'start'");
    expect(arrow.hint).toContain("separate them with ','");
  });

  it('points at the end of the file when the file ends too soon', () => {
    const source = 'dfa X {\n  start q0\n';
    const [missing] = parse(source).diagnostics;
    expect(missing.message).toBe("expected '}' after 'q0' but found the end of the file");
    expect(missing.span.start.offset).toBe(source.length);
  });

  it('drops members that recovery left incomplete but keeps the rest', () => {
    const { file, diagnostics } = parse(
      'dfa X {\n  q0 -> on a\n  start q0\n  q1 -> q2 on\n  accept q2\n}\nnfa Y { start p }',
    );
    expect(diagnostics).toHaveLength(2);
    expect(file.declarations.map((d) => d.name.value)).toEqual(['X', 'Y']);
    expect((file.declarations[0] as AutomatonAst).members.map((m) => m.kind)).toEqual(['start', 'accept']);
  });

  it('drops a declaration whose name is missing', () => {
    const { file, diagnostics } = parse('dfa {\n  start q\n}\nsequence S { items A }');
    expect(diagnostics.map((d) => d.message)).toEqual(["expected a name after 'dfa' but found '{'"]);
    expect(file.declarations.map((d) => d.name.value)).toEqual(['S']);
  });
});

describe('parse: names, spans and comments', () => {
  it('unescapes quoted names and records how each name was written', () => {
    const parsed = automaton('dfa "SYN-ACK" { alphabet "say \\"hi\\"\\n", 01, ε_1, "\\u{1F600}", "start" }');
    expect(parsed.name).toMatchObject({ value: 'SYN-ACK', form: 'string' });
    const alphabet = parsed.members[0];
    expect(alphabet.kind === 'alphabet' && alphabet.symbols.map((s) => [s.value, s.form])).toEqual([
      ['say "hi"\n', 'string'],
      ['01', 'integer'],
      ['ε_1', 'identifier'],
      ['😀', 'string'],
      ['start', 'string'],
    ]);
  });

  it('reads -1, 0.5 and 1e3 as parameter numbers and 0, 1 as names', () => {
    const parsed = automaton('dfa X { alphabet 0, 1 network { auto = -1 eta = 0.5 neurons = 1e3 } }');
    const network = parsed.members[1];
    expect(
      network.kind === 'network' &&
        network.parameters.map((p) => [p.value.value, p.value.kind === 'number' && p.value.text]),
    ).toEqual([
      [-1, '-1'],
      [0.5, '0.5'],
      [1000, '1e3'],
    ]);
  });

  it('gives 1-based lines and columns, 0-based offsets and exclusive ends, across CRLF and astral characters', () => {
    const source = 'dfa X {\r\n  "😀" -> q1 on a // note\r\n}';
    const { file, diagnostics } = parse(source);
    expect(diagnostics).toEqual([]);
    const transition = (file.declarations[0] as AutomatonAst).members[0] as TransitionAst;
    expect(at(transition.from.span)).toBe('2:3-2:7');
    expect(transition.from.span.start.offset).toBe(11);
    expect(at(transition.to.span)).toBe('2:11-2:13');
    expect(at(transition.span)).toBe('2:3-2:18');
    expect(at(file.declarations[0].span)).toBe('1:1-3:2');
    expect(file.comments).toEqual([
      {
        kind: 'comment',
        style: 'line',
        text: '// note',
        span: { start: { offset: 27, line: 2, column: 19 }, end: { offset: 34, line: 2, column: 26 } },
      },
    ]);
    expect(file.span.end.offset).toBe(source.length);
  });

  it('does not count a UTF-8 byte order mark as a column, while offsets still index the text', () => {
    const source = '\uFEFFdfa X { ; }';
    const { file, diagnostics } = parse(source);
    expect(at(file.declarations[0].name.span)).toBe('1:5-1:6');
    expect(file.declarations[0].name.span.start.offset).toBe(5);
    expect(diagnostics.map((d) => `${d.code} ${at(d.span)}`)).toEqual(['FSA100 1:9-1:10']);
    expect(source.slice(diagnostics[0].span.start.offset, diagnostics[0].span.end.offset)).toBe(';');
  });

  it('does not count two or three leading byte order marks as columns either', () => {
    for (const marks of ['\uFEFF\uFEFF', '\uFEFF\uFEFF\uFEFF']) {
      const source = `${marks}dfa X { ; }`;
      const { file, diagnostics } = parse(source);
      expect(at(file.declarations[0].name.span)).toBe('1:5-1:6');
      expect(diagnostics.map((d) => `${d.code} ${at(d.span)}`)).toEqual(['FSA100 1:9-1:10']);
      expect(source.slice(diagnostics[0].span.start.offset, diagnostics[0].span.end.offset)).toBe(';');
    }
    // a mark after the first character is content, and takes its column
    expect(at(parse('d\uFEFFfa X {}').diagnostics[0].span)).toBe('1:1-1:2');
  });

  it('returns block comments with their style', () => {
    const { file } = parse('/* a\n b */ sequence S { items A }');
    expect(file.comments.map((c) => [c.style, c.text, at(c.span)])).toEqual([['block', '/* a\n b */', '1:1-2:6']]);
  });
});

describe('parse: never throws', () => {
  function wellFormed(source: string): void {
    const { file, diagnostics } = parse(source);
    expect(file.kind).toBe('file');
    expect(file.span.end.offset).toBe(source.length);
    for (const d of diagnostics) {
      expect(d.code).toMatch(/^FSA10[0-6]$/);
      expect(d.message).not.toMatch(/internal error/);
      expect(d.span.start.offset).toBeLessThanOrEqual(d.span.end.offset);
      expect(d.span.end.offset).toBeLessThanOrEqual(source.length);
    }
  }

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), wellFormed), runs);
  });

  it('on arbitrary full-unicode strings, lone surrogates included', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('{', '}', '"', '\\', '/*', '//', '->', 'dfa', 'on', '\n'),
    );
    fc.assert(fc.property(fc.string({ unit, maxLength: 60 }), wellFormed), runs);
  });

  it('on mutated valid files; those still valid format and reparse to the same AST', () => {
    fc.assert(
      fc.property(arbMutatedSource, (source) => {
        wellFormed(source);
        const { file, diagnostics } = parse(source);
        if (diagnostics.length > 0) return;
        const again = parse(formatFile(file));
        expect(again.diagnostics).toEqual([]);
        expect(stripSpans(again.file, { ignoreForms: true })).toEqual(stripSpans(file, { ignoreForms: true }));
      }),
      mutatedRuns,
    );
  });
});

describe('parse: the engine state it leaves', () => {
  it('gives back the stack trace limit it lowers while recovering from syntax errors', () => {
    const saved = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = 17;
      expect(parse('dfa X { q0 q1 on a }\n} } ->').diagnostics.length).toBeGreaterThan(0);
      expect(Error.stackTraceLimit).toBe(17);
    } finally {
      Error.stackTraceLimit = saved;
    }
  });
});
