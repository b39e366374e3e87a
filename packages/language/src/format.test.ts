import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileAst } from './ast.js';
import { NO_SPAN } from './diagnostics.js';
import { formatFile, formatSource } from './format.js';
import { parse } from './parse.js';
import { arbCommentedSource, arbFileAst, nameAst, stripSpans } from './testing/arbitraries.js';
import { propertyRuns } from './testing/property-runs.js';
import { fsaLexer } from './tokens.js';

const runs = propertyRuns(200);

function format(source: string): string {
  const result = formatSource(source);
  if (result.text === undefined) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.text;
}

describe('formatFile: layout', () => {
  it('prints the canonical layout', () => {
    const source = `dfa   Parity{alphabet 0,1 states even,odd start even accept even
even->odd on 1 odd->even on 1 even->even on * odd -> odd on ε
network{neurons=512 seed=7 beta=1e3 auto=-1 encoding=bipolar}}
sequence Walk{items A,B,A(3),C loop network{neurons=2000}}`;
    expect(format(source)).toBe(`dfa Parity {
  alphabet 0, 1
  states even, odd
  start even
  accept even
  even -> odd on 1
  odd -> even on 1
  even -> even on *
  odd -> odd on epsilon
  network {
    neurons = 512
    seed = 7
    beta = 1e3
    auto = -1
    encoding = bipolar
  }
}

sequence Walk {
  items A, B, A(3), C
  loop
  network {
    neurons = 2000
  }
}
`);
  });

  it('keeps numbers as written', () => {
    expect(format('sequence S { items A(03) network { beta = 1.50 eta = .5 auto = -0.0 } }')).toContain(
      'items A(03)\n  network {\n    beta = 1.50\n    eta = .5\n    auto = -0.0\n  }',
    );
  });

  it('formats an AST built by a program (NO_SPAN, no comments)', () => {
    const file: FileAst = {
      kind: 'file',
      comments: [],
      span: NO_SPAN,
      declarations: [
        {
          kind: 'automaton',
          type: 'nfa',
          name: nameAst('passive open'),
          span: NO_SPAN,
          members: [
            { kind: 'alphabet', symbols: [nameAst('a'), nameAst('SYN-ACK')], span: NO_SPAN },
            {
              kind: 'transition',
              from: nameAst('q0'),
              to: nameAst('start'),
              labels: [
                { kind: 'symbol', name: nameAst('SYN-ACK'), span: NO_SPAN },
                { kind: 'epsilon', span: NO_SPAN },
              ],
              span: NO_SPAN,
            },
          ],
        },
      ],
    };
    expect(formatFile(file)).toBe(
      'nfa "passive open" {\n  alphabet a, "SYN-ACK"\n  q0 -> "start" on "SYN-ACK", epsilon\n}\n',
    );
  });

  it('prints an empty block as {} unless a comment is inside it', () => {
    expect(format('dfa X { }\nsequence S { items A network { } }')).toBe(
      'dfa X {}\n\nsequence S {\n  items A\n  network {}\n}\n',
    );
    expect(format('dfa X { /* later */ }')).toBe('dfa X { /* later */\n}\n');
  });

  it('formats an empty file as empty text', () => {
    expect(format('')).toBe('');
    expect(format('  \n\n')).toBe('');
  });
});

describe('formatFile: long lists', () => {
  const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const source = `dfa Wide {
  alphabet ${many('symbol', 40).join(', ')}
  states ${many('state', 30).join(', ')}
  start state0
  accept ${many('state', 30).join(', ')} // all of them
  state0 -> state1 on ${many('symbol', 40).join(', ')}
}
`;

  it("wraps alphabet, states, accept and a transition's symbols at 100 columns, after a comma", () => {
    const text = format(source);
    const lines = text.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(lines.filter((l) => l.length > 90).length).toBeGreaterThan(4); // filled, not one name a line
    expect(lines[1]).toMatch(/^ {2}alphabet symbol0, symbol1, .*,$/);
    expect(lines[2]).toMatch(/^ {4}symbol\d+, /);
    expect(lines.find((l) => l.startsWith('  state0 -> state1 on symbol0, '))).toBeDefined();
    // the comment after the accept list trails its last line
    const comment = lines.findIndex((l) => l.endsWith('// all of them'));
    expect(lines[comment]).toMatch(/^ {4}.*state29 \/\/ all of them$/);
    expect(lines[comment + 1]).toMatch(/^ {2}state0 -> /);
  });

  it('keeps the same automaton, and formats its own output unchanged', () => {
    const text = format(source);
    expect(stripSpans(parse(text).file)).toEqual(stripSpans(parse(source).file));
    expect(format(text)).toBe(text);
  });

  it('leaves a list that fits on one line, and a single name wider than the limit, as they are', () => {
    expect(format('dfa A { alphabet a, b start q accept q q -> q on a, b }')).toContain('  alphabet a, b\n');
    const long = `n${'x'.repeat(120)}`;
    expect(format(`dfa A { alphabet ${long}, b start q accept q q -> q on b }`)).toContain(
      `  alphabet ${long},\n    b\n`,
    );
  });
});

describe('formatFile: comments', () => {
  it('keeps leading and trailing comments in place and in order', () => {
    const source = `/* header */
// about Parity
dfa Parity { // opens
  alphabet 0, 1 // bits
  // before start
  start even /* trailing block */ accept even
  even -> odd on 1
  network { neurons = 512 // many
    beta = 2 }
  // last words
} // closes
// between
sequence S { items A }
// the end
`;
    expect(format(source)).toBe(`/* header */
// about Parity
dfa Parity { // opens
  alphabet 0, 1 // bits
  // before start
  start even /* trailing block */
  accept even
  even -> odd on 1
  network {
    neurons = 512 // many
    beta = 2
  }
  // last words
} // closes

// between
sequence S {
  items A
}

// the end
`);
  });

  it('moves a comment inside a member above it rather than dropping it', () => {
    expect(format('dfa X {\n  a /* why */ -> b on c\n}\n')).toBe('dfa X {\n  /* why */\n  a -> b on c\n}\n');
  });

  it('formats a file of only comments', () => {
    expect(format('// one\n  /* two */')).toBe('// one\n/* two */\n');
  });
});

describe('formatFile: blank lines', () => {
  it('keeps one blank line wherever the source has one or more between members', () => {
    const source = `dfa Family {
  alphabet wife, son
  start Homer


  // the parents
  Homer -> Marge on wife
  Homer -> Bart on son

  // the children
  Bart -> Homer on wife
  Bart -> Marge on son
}
`;
    expect(format(source)).toBe(`dfa Family {
  alphabet wife, son
  start Homer

  // the parents
  Homer -> Marge on wife
  Homer -> Bart on son

  // the children
  Bart -> Homer on wife
  Bart -> Marge on son
}
`);
  });

  it('keeps a blank line between a comment and the member after it, and between comments', () => {
    expect(
      format('dfa X {\n  alphabet a\n  // about start\n\n  start q\n  // one\n\n  // two\n  q -> q on a\n}\n'),
    ).toBe('dfa X {\n  alphabet a\n  // about start\n\n  start q\n  // one\n\n  // two\n  q -> q on a\n}\n');
  });

  it('drops blank lines at the start and end of a block, and inside a member', () => {
    const source = 'dfa X {\n\n\n  // first\n  alphabet a,\n\n    b\n  start q // why\n\n  // last\n\n}\n';
    expect(format(source)).toBe('dfa X {\n  // first\n  alphabet a, b\n  start q // why\n\n  // last\n}\n');
    expect(format('sequence S {\n\n  items A\n  network {\n\n    neurons = 2\n\n    seed = 1\n\n  }\n\n}')).toBe(
      'sequence S {\n  items A\n  network {\n    neurons = 2\n\n    seed = 1\n  }\n}\n',
    );
  });

  it('puts exactly one blank line between declarations and before the comments after the last one', () => {
    expect(
      format('sequence A { items a }\n\n\n\n// B\n\n\nsequence B { items b }\nsequence C { items c }\n// end'),
    ).toBe(
      'sequence A {\n  items a\n}\n\n// B\n\nsequence B {\n  items b\n}\n\nsequence C {\n  items c\n}\n\n// end\n',
    );
  });

  it('keeps blank lines between the comments at the top of a file, never before them', () => {
    expect(format('\n\n// title\n\n// about A\nsequence A { items a }\n')).toBe(
      '// title\n\n// about A\nsequence A {\n  items a\n}\n',
    );
  });

  it('measures a comment moved out of a member from the start of that member', () => {
    expect(format('dfa X {\n  alphabet a\n  q -> q\n\n  /* why */ on a\n\n  start q\n}\n')).toBe(
      'dfa X {\n  alphabet a\n  /* why */\n  q -> q on a\n\n  start q\n}\n',
    );
  });

  it('writes ε as epsilon', () => {
    expect(format('nfa N {\n  q -> r on ε, a\n}\n')).toBe('nfa N {\n  q -> r on epsilon, a\n}\n');
  });
});

/** Commented source with blank lines (one to three line breaks) added at some token boundaries. */
const arbSpacedSource: fc.Arbitrary<string> = arbCommentedSource.chain((text) => {
  const ends = fsaLexer.tokenize(text).tokens.map((t) => t.startOffset + t.image.length);
  if (ends.length === 0) return fc.constant(text);
  const insertion = fc.tuple(fc.constantFrom(...ends), fc.constantFrom('\n\n', '\n\n\n', ' \n \n'));
  return fc.uniqueArray(insertion, { maxLength: 6, selector: ([at]) => at }).map((insertions) => {
    let out = text;
    for (const [at, breaks] of [...insertions].sort((a, b) => b[0] - a[0]))
      out = out.slice(0, at) + breaks + out.slice(at);
    return out;
  });
});

describe('formatSource', () => {
  it('refuses to format a file with syntax errors and says why', () => {
    const result = formatSource('dfa X { q0 on a }');
    expect(result.text).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['FSA101']);
  });
});

describe('formatFile: laws', () => {
  it('parse(formatFile(ast)) gives back the AST, without diagnostics', () => {
    fc.assert(
      fc.property(arbFileAst, (file) => {
        const { file: parsed, diagnostics } = parse(formatFile(file));
        expect(diagnostics).toEqual([]);
        expect(stripSpans(parsed)).toEqual(stripSpans(file));
      }),
      runs,
    );
  });

  it('formatting is idempotent and keeps every comment in order', () => {
    fc.assert(
      fc.property(arbCommentedSource, (source) => {
        const parsed = parse(source);
        expect(parsed.diagnostics).toEqual([]);
        const once = formatFile(parsed.file);
        const reparsed = parse(once);
        expect(reparsed.diagnostics).toEqual([]);
        expect(formatFile(reparsed.file)).toBe(once);
        expect(reparsed.file.comments.map((c) => c.text.trimEnd())).toEqual(
          parsed.file.comments.map((c) => c.text.trimEnd()),
        );
        expect(stripSpans(reparsed.file)).toEqual(stripSpans(parsed.file));
      }),
      runs,
    );
  });

  it('blank lines: formatting stays idempotent, keeps the AST and comments, and never stacks blank lines', () => {
    fc.assert(
      fc.property(arbSpacedSource, (source) => {
        const parsed = parse(source);
        expect(parsed.diagnostics).toEqual([]);
        const once = formatFile(parsed.file);
        const reparsed = parse(once);
        expect(formatFile(reparsed.file)).toBe(once);
        expect(stripSpans(reparsed.file)).toEqual(stripSpans(parsed.file));
        expect(reparsed.file.comments.map((c) => c.text.trimEnd())).toEqual(
          parsed.file.comments.map((c) => c.text.trimEnd()),
        );
        expect(once).not.toMatch(/^\n|\n\n\n|\{\n\n|\n\n *\}|\n\n$/);
      }),
      runs,
    );
  });
});
