import fc from 'fast-check';
import { checkSource, ExpressionResolver, hasErrors, type RegexAst } from '@cdam/language';
import { describe, expect, it } from 'vitest';
import { buildExpression, MAX_CONSTRUCTION_STATES } from './expression.js';
import { acceptsByDefinition, propertyRuns, wordsUpTo } from './testing/index.js';

/** A regex written by the test, with its own printer and its own matcher (never the construction). */
type Re =
  | { op: 'sym'; s: string }
  | { op: 'any' }
  | { op: 'eps' }
  | { op: 'cat'; l: Re; r: Re }
  | { op: 'or'; l: Re; r: Re }
  | { op: 'and'; l: Re; r: Re }
  | { op: 'minus'; l: Re; r: Re }
  | { op: 'not'; e: Re }
  | { op: 'rep'; e: Re; min: number; max: number | undefined; text: string };

const ALPHABET = ['a', 'b', 'c'];

const arbRe: fc.Arbitrary<Re> = fc.letrec<{ re: Re }>((tie) => ({
  re: fc.oneof(
    { maxDepth: 4, depthIdentifier: 're' },
    fc.constantFrom(...ALPHABET).map((s): Re => ({ op: 'sym', s })),
    fc.constant<Re>({ op: 'any' }),
    fc.constant<Re>({ op: 'eps' }),
    fc.record({ op: fc.constantFrom('cat', 'or', 'and', 'minus'), l: tie('re'), r: tie('re') }) as fc.Arbitrary<Re>,
    tie('re').map((e): Re => ({ op: 'not', e })),
    fc.tuple(tie('re'), fc.constantFrom('*', '+', '?', '{2}', '{1,}', '{0,2}', '{1,3}')).map(([e, text]): Re => {
      const bounds: Record<string, [number, number | undefined]> = {
        '*': [0, undefined],
        '+': [1, undefined],
        '?': [0, 1],
        '{2}': [2, 2],
        '{1,}': [1, undefined],
        '{0,2}': [0, 2],
        '{1,3}': [1, 3],
      };
      const [min, max] = bounds[text];
      return { op: 'rep', e, min, max, text };
    }),
  ),
})).re;

/** Fully parenthesised, so the printer does not depend on the precedence under test. */
function print(e: Re): string {
  switch (e.op) {
    case 'sym':
      return e.s;
    case 'any':
      return '.';
    case 'eps':
      return '""';
    case 'cat':
      return `(${print(e.l)} ${print(e.r)})`;
    case 'or':
      return `(${print(e.l)} | ${print(e.r)})`;
    case 'and':
      return `(${print(e.l)} & ${print(e.r)})`;
    case 'minus':
      return `(${print(e.l)} - ${print(e.r)})`;
    case 'not':
      return `!(${print(e.e)})`;
    case 'rep':
      return `(${print(e.e)})${e.text}`;
  }
}

/** By definition: the set of positions j such that word[i..j) is in L(e). */
function ends(e: Re, w: readonly string[], i: number): Set<number> {
  switch (e.op) {
    case 'sym':
      return new Set(i < w.length && w[i] === e.s ? [i + 1] : []);
    case 'any':
      return new Set(i < w.length ? [i + 1] : []);
    case 'eps':
      return new Set([i]);
    case 'cat':
      return new Set([...ends(e.l, w, i)].flatMap((j) => [...ends(e.r, w, j)]));
    case 'or':
      return new Set([...ends(e.l, w, i), ...ends(e.r, w, i)]);
    case 'and': {
      const right = ends(e.r, w, i);
      return new Set([...ends(e.l, w, i)].filter((j) => right.has(j)));
    }
    case 'minus': {
      const right = ends(e.r, w, i);
      return new Set([...ends(e.l, w, i)].filter((j) => !right.has(j)));
    }
    case 'not': {
      const inner = ends(e.e, w, i);
      const out = new Set<number>();
      for (let j = i; j <= w.length; j++) if (!inner.has(j)) out.add(j);
      return out;
    }
    case 'rep': {
      // after k passes: the positions reachable with exactly k copies; accept k in [min, max]
      let frontier = new Set([i]);
      const out = new Set<number>();
      const limit = e.max ?? e.min + w.length + 1;
      for (let k = 0; k <= limit; k++) {
        if (k >= e.min) for (const j of frontier) out.add(j);
        const next = new Set<number>();
        for (const j of frontier) for (const x of ends(e.e, w, j)) next.add(x);
        frontier = next;
        if (frontier.size === 0) break;
      }
      return out;
    }
  }
}

const matches = (e: Re, w: readonly string[]) => ends(e, w, 0).has(w.length);

/** The automaton of the file's first declaration, a regex without references. */
function construct(text: string) {
  const checked = checkSource(text);
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const spec = new ExpressionResolver(checked.file).resolve(checked.file.declarations[0] as RegexAst).spec;
  if (spec === undefined) throw new Error('unresolved');
  return buildExpression(spec, () => ({ error: 'no references here' }));
}

function build(text: string) {
  const built = construct(text);
  if (built.kind === 'error') throw new Error(built.message);
  return built.automaton;
}

describe('regex construction', () => {
  it('agrees with a by-definition matcher on every word up to length 6 (generated regexes)', () => {
    const runs = propertyRuns(60);
    const words = wordsUpTo(ALPHABET, 6);
    fc.assert(
      fc.property(arbRe, (re) => {
        const automaton = build(`regex R over a, b, c = ${print(re)}\n`);
        for (const w of words) {
          if (acceptsByDefinition(automaton, w) !== matches(re, w)) {
            throw new Error(
              `${print(re)} on "${w.join(' ')}": automaton ${!matches(re, w)}, definition ${matches(re, w)}`,
            );
          }
        }
      }),
      runs,
    );
  });

  it('applies the precedence: postfix, then prefix !, then juxtaposition, then & and -, then |', () => {
    const words = wordsUpTo(ALPHABET, 4);
    const same = (written: string, bracketed: string) => {
      const left = build(`regex R over a, b, c = ${written}\n`);
      const right = build(`regex R over a, b, c = ${bracketed}\n`);
      for (const w of words) expect([w, acceptsByDefinition(left, w)]).toEqual([w, acceptsByDefinition(right, w)]);
    };
    same('a b*', 'a (b*)');
    same('!a b', '(!a) b');
    same('!a*', '!(a*)');
    same('a b | c', '(a b) | c');
    same('a | b & c', 'a | (b & c)');
    same('a b & a .', '(a b) & (a .)');
    same('a - b - c', '(a - b) - c');
    same('a | b c{2}', 'a | (b (c{2}))');
  });

  it('splits a name into characters when every symbol is one character: (a|b)*abb', () => {
    const automaton = build('regex R = (a|b)*abb\n');
    expect(automaton.alphabet).toEqual(['a', 'b']);
    expect(acceptsByDefinition(automaton, ['b', 'a', 'b', 'b'])).toBe(true);
    expect(acceptsByDefinition(automaton, ['a', 'b', 'b', 'a'])).toBe(false);
    expect(automaton.states).toHaveLength(4); // the minimal DFA of (a|b)*abb
  });

  it('keeps multi-character names whole when no symbol is one character', () => {
    const automaton = build('regex R = coin push | coin coin\n');
    expect(automaton.alphabet).toEqual(['coin', 'push']);
    expect(acceptsByDefinition(automaton, ['coin', 'push'])).toBe(true);
  });

  it('stops with a clear error instead of exploding', () => {
    const text = 'regex R over a, b = ((((a|b){1000}){1000}){1000})\n';
    expect(hasErrors(checkSource(text).diagnostics)).toBe(false);
    expect(construct(text)).toEqual({
      kind: 'error',
      message:
        `regex 'R' repeats a part of 1001 states up to 1000 times, more than ${MAX_CONSTRUCTION_STATES} states ` +
        'in all; lower its {m,n} bounds or nest fewer counted repetitions',
    });
    const subsets = construct('regex R over a, b = (a|b)* a (a|b){18} & !(b*)\n');
    expect(subsets.kind === 'error' && subsets.message).toMatch(
      /^regex 'R' needs more than 100000 states when made deterministic/,
    );
  });
});
