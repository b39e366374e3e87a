import { describe, expect, it } from 'vitest';
import type { AutomatonAst, SequenceAst, TransitionAst } from './ast.js';
import { parse } from './parse.js';

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
      ['FSA101', 6, 1, "expected 'dfa', 'nfa' or 'sequence' but found 'foo'"],
    ]);
  });
});
