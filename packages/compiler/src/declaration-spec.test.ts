import fc from 'fast-check';
import { fromSpec, toSpec, type Dfa, type Nfa } from '@cdam/automata';
import { acceptsByDefinition, arbDfa, arbNfa, propertyRuns, wordsUpTo } from '@cdam/automata/testing';
import { checkSource, formatFile, fromAutomatonSpec, parse, type FileAst } from '@cdam/language';
import { describe, expect, it } from 'vitest';
import { checkConstruction, findAutomatonSpec } from './declaration-spec.js';

/** A file declaring `A` and `B` as written-out machines, then the given expression lines. */
function fileWith(a: Dfa | Nfa, b: Dfa | Nfa, lines: readonly string[]): FileAst {
  const blocks: FileAst = {
    kind: 'file',
    declarations: [fromAutomatonSpec(toSpec(a, { name: 'A' })), fromAutomatonSpec(toSpec(b, { name: 'B' }))],
    comments: [],
    span: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } },
  };
  const parsed = parse(`${formatFile(blocks)}\n${lines.join('\n')}\n`);
  expect(parsed.diagnostics).toEqual([]);
  return parsed.file;
}

/** Concatenation by definition: some split of the word is in L(x) then L(y). */
const concatenated = (x: (w: string[]) => boolean, y: (w: string[]) => boolean) => (w: string[]) =>
  w.some((_, i) => x(w.slice(0, i)) && y(w.slice(i))) || (x(w) && y([]));

/** Star by definition: the empty word, or a non-empty prefix in L(x) followed by a word of the star. */
function starred(x: (w: string[]) => boolean): (w: string[]) => boolean {
  const memo = new Map<string, boolean>();
  const inStar = (w: string[]): boolean => {
    if (w.length === 0) return true;
    const key = JSON.stringify(w);
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result = false;
    for (let i = 1; i <= w.length && !result; i++) result = x(w.slice(0, i)) && inStar(w.slice(i));
    memo.set(key, result);
    return result;
  };
  return inStar;
}

describe('dfa/nfa NAME = EXPR: each operation agrees with its definition on generated automata', () => {
  const arbMachine = fc.oneof(arbDfa(4), arbNfa(4));

  it('& | - ! concatenation * reverse minimise determinise, with unified alphabets', () => {
    fc.assert(
      fc.property(arbMachine, arbMachine, (a, b) => {
        const file = fileWith(a, b, [
          'dfa And = A & B',
          'dfa Or = A | B',
          'dfa Minus = A - B',
          'dfa Not = !A',
          'nfa Cat = A B',
          'dfa Star = A*',
          'nfa Rev = reverse(A)',
          'dfa Min = minimise(B)',
          'nfa Det = determinise(A)',
        ]);
        const machine = (name: string) => {
          const found = findAutomatonSpec(file, name);
          if (!found.ok) throw new Error(found.message);
          return fromSpec(found.declaration);
        };
        const inA = (w: string[]) => acceptsByDefinition(a, w);
        const inB = (w: string[]) => acceptsByDefinition(b, w);
        const union = [...a.alphabet, ...b.alphabet.filter((s) => !a.alphabet.includes(s))];
        const definitions: Record<string, { alphabet: readonly string[]; accepts: (w: string[]) => boolean }> = {
          And: { alphabet: union, accepts: (w) => inA(w) && inB(w) },
          Or: { alphabet: union, accepts: (w) => inA(w) || inB(w) },
          Minus: { alphabet: union, accepts: (w) => inA(w) && !inB(w) },
          Not: { alphabet: a.alphabet, accepts: (w) => !inA(w) },
          Cat: { alphabet: union, accepts: concatenated(inA, inB) },
          Star: { alphabet: a.alphabet, accepts: starred(inA) },
          Rev: { alphabet: a.alphabet, accepts: (w) => inA([...w].reverse()) },
          Min: { alphabet: b.alphabet, accepts: inB },
          Det: { alphabet: a.alphabet, accepts: inA },
        };
        for (const [name, definition] of Object.entries(definitions)) {
          const built = machine(name);
          expect([name, built.alphabet]).toEqual([name, definition.alphabet]);
          for (const w of wordsUpTo(definition.alphabet, 4)) {
            if (acceptsByDefinition(built, w) !== definition.accepts(w)) {
              throw new Error(`${name} on [${w.join(' ')}]: expected ${definition.accepts(w)}`);
            }
          }
        }
      }),
      propertyRuns(40),
    );
  });

  it('gives a dfa as a minimal deterministic machine and keeps an nfa nondeterministic', () => {
    const text = 'regex R = (a|b)*abb\ndfa D = R | R\nnfa N = R | R\n';
    const file = checkSource(text).file;
    const d = findAutomatonSpec(file, 'D');
    const n = findAutomatonSpec(file, 'N');
    expect(d.ok && [d.declaration.kind, d.declaration.states.length]).toEqual(['dfa', 4]);
    expect(n.ok && n.declaration.kind).toBe('nfa');
    expect(checkConstruction(file)).toEqual([]);
  });
});
