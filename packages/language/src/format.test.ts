import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileAst } from './ast.js';
import { NO_SPAN } from './diagnostics.js';
import { canonicalNameForm, formatFile, formatName, formatSource } from './format.js';
import { parse } from './parse.js';
import { arbCommentedSource, arbFileAst, arbNameValue, nameAst, stripSpans } from './testing/arbitraries.js';
import { propertyRuns } from './testing/property-runs.js';

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

  it('quotes names exactly when needed', () => {
    expect(formatName('q0')).toBe('q0');
    expect(formatName('01')).toBe('01');
    expect(formatName('Zustand_ä')).toBe('Zustand_ä');
    expect(formatName('start')).toBe('"start"');
    expect(formatName('ε')).toBe('"ε"');
    expect(formatName('SYN-ACK')).toBe('"SYN-ACK"');
    expect(formatName('1.5')).toBe('"1.5"');
    expect(formatName('')).toBe('""');
    expect(formatName('say "hi"\\now\n\t')).toBe('"say \\"hi\\"\\\\now\\n\\t"');
    expect(formatName('\u0000\u2028')).toBe('"\\u{0}\\u{2028}"');
    expect(formatName('\ud800')).toBe('"\\u{D800}"');
    expect(canonicalNameForm('01')).toBe('integer');
    expect(canonicalNameForm('a1')).toBe('identifier');
    expect(canonicalNameForm('on')).toBe('string');
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

  it('a name round-trips through formatName and the lexer', () => {
    fc.assert(
      fc.property(arbNameValue, (value) => {
        const { file, diagnostics } = parse(`sequence ${formatName(value)} { items a }`);
        expect(diagnostics).toEqual([]);
        expect(file.declarations[0].name.value).toBe(value);
        expect(file.declarations[0].name.form).toBe(canonicalNameForm(value));
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
});
