import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { cstTypesSource, fsaParser, syntaxDiagramsHtml } from './parser.js';
import { fsaLexer } from './tokens.js';
import type { FileCstNode } from './cst-types.js';

function parseCst(text: string) {
  fsaParser.load(fsaLexer.tokenize(text).tokens, text);
  const cst = fsaParser.file() as FileCstNode;
  return { cst, errors: fsaParser.reportableErrors().map((e) => e.message.split('\u0000')[0]) };
}

describe('FsaParser', () => {
  it.each([
    ['an empty file', ''],
    ['an empty automaton', 'dfa X {}'],
    ['every automaton member', 'nfa X { alphabet a states q start q accept q q -> q on a, *, epsilon network { } }'],
    ['members in any order', 'dfa X { q -> r on a accept r alphabet a start q }'],
    ['a sequence', 'sequence S { items A, B(3), C(0.5) loop network { neurons = 2 encoding = uniform } }'],
    ['names of every form', 'dfa "x y" { alphabet a, 0, "SYN-ACK" "start" -> 01 on "*" }'],
    ['parameters across lines', 'dfa X {\n  network {\n    neurons = 512\n    seed = 7 beta = -1e-3\n  }\n}'],
  ])('accepts %s', (_, text) => {
    expect(parseCst(text).errors).toEqual([]);
  });

  it('labels transition ends in the CST', () => {
    const { cst } = parseCst('dfa X { q0 -> q1 on a }');
    const transition =
      cst.children.declaration![0].children.automaton![0].children.automatonMember![0].children.transition![0];
    expect(Object.keys(transition.children).sort()).toEqual(['Arrow', 'On', 'from', 'label', 'to']);
  });

  it.each([
    ['a keyword as a bare name', 'dfa X { alphabet start }', "expected a name after 'alphabet' but found 'start'"],
    ['a missing arrow', 'dfa X { q0 q1 on a }', "expected '->' after state 'q0' but found 'q1'"],
    ['a missing label', 'dfa X { q0 -> q1 on }', "expected a symbol, '*' or 'epsilon' after 'on' but found '}'"],
    ['a member of the wrong kind', 'sequence S { start q }', "expected a member or '}' after '{' but found 'start'"],
    ['a decimal as a name', 'dfa X { alphabet 1.5 }', "expected a name after 'alphabet' but found '1.5'"],
    ['a missing value', 'dfa X { network { neurons = } }', "expected a number or a word after '=' but found '}'"],
    ['a missing close', 'dfa X { start q', "expected '}' after 'q' but found the end of the file"],
    ['stray top-level text', 'hello', "expected 'dfa', 'nfa', 'sequence', 'regex' or 'test' but found 'hello'"],
  ])('reports %s', (_, text, message) => {
    expect(parseCst(text).errors[0]).toBe(message);
  });

  it('resumes at the next line after an error, so each broken line gives one message', () => {
    const text = ['dfa X {', '  q0 q1 q2 on a', '  alphabet , b', '  q3 -> q4 on a', '  q5 -> on b', '}'].join('\n');
    expect(parseCst(text).errors).toEqual([
      "expected '->' after state 'q0' but found 'q1'",
      "expected a name after 'alphabet' but found ','",
      "expected a name after '->' but found 'on'",
    ]);
  });
});

describe('generated artefacts', () => {
  const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

  it('grammar/syntax-diagrams.html matches the parser (run `pnpm gen:diagrams`)', () => {
    expect(readFileSync(root('grammar/syntax-diagrams.html'), 'utf8')).toBe(syntaxDiagramsHtml());
  });

  it('cst-types.d.ts matches the parser (run `pnpm tsx scripts/gen-cst-types.ts`)', async () => {
    const target = root('packages/language/src/cst-types.d.ts');
    const options = (await resolveConfig(target)) ?? {};
    expect(readFileSync(target, 'utf8')).toBe(await format(cstTypesSource(), { ...options, filepath: target }));
  });
});
