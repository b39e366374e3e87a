import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AutomatonMemberAst } from '../ast.js';
import { toAutomatonSpec } from '../resolve.js';
import { astBuilder } from '../testing/ast-builders.js';
import { parityMembers } from '../testing/spec-fixtures.js';
import { checkFile } from './index.js';
import { propertyRuns } from '../testing/property-runs.js';

describe('checkFile', () => {
  it('is silent on a correct file', () => {
    const b = astBuilder();
    const parity = b.dfa(
      'Parity',
      ...parityMembers(b),
      b.network({ neurons: 512, seed: 7, beta: 8, auto: -1, hetero: 2, eta: 1, iterations: 2, encoding: 'bipolar' }),
    );
    const walk = b.sequence('Walk', b.items('A', 'B', ['A', 3], 'C'), b.loop(), b.network({ neurons: 2000 }));
    expect(checkFile(b.file(parity, walk))).toEqual([]);
  });

  it('runs every family and returns the diagnostics sorted by position', () => {
    const b = astBuilder();
    const file = b.file(
      b.sequence('S', b.items(['A', 0]), b.network({ beta: 0 })),
      b.dfa('S', b.alphabet('a', 'a'), b.start('q'), b.transition('q', 'q', 'b', 'ε'), b.network({ nurons: 3 })),
    );
    const diagnostics = checkFile(file);
    expect(diagnostics.map((d) => d.code).sort()).toEqual([
      'FSA203',
      'FSA205',
      'FSA206',
      'FSA206',
      'FSA209',
      'FSA210',
      'FSA214',
      'FSA243',
    ]);
    const offsets = diagnostics.map((d) => d.span.start.offset);
    expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
  });

  it('holds back follow-on warnings: no unused symbol next to FSA203, no reachability warning for FSA201', () => {
    const b = astBuilder();
    const members = (symbol: string, target: string) => [
      b.alphabet('a', 'b'),
      b.states('q', 'r'),
      b.start('q'),
      b.accept('q'),
      b.transition('q', target, symbol),
      b.transition('r', 'q', 'a'),
    ];
    const codes = (target: string, symbol: string) =>
      checkFile(b.file(b.dfa('D', ...members(symbol, target))))
        .map((d) => d.code)
        .sort();
    expect(codes('q', 'a')).toEqual(['FSA240', 'FSA242']);
    expect(codes('q', 'c')).toEqual(['FSA203', 'FSA240']);
    expect(codes('x', 'a')).toEqual(['FSA201', 'FSA240', 'FSA242']);
  });
});

describe('checkFile on random automata', () => {
  const runs = propertyRuns(200);
  const state = fc.constantFrom('p', 'q', 'r', 's');
  const symbol = fc.constantFrom('a', 'b', 'c');
  const label = fc.constantFrom('a', 'b', 'c', 'd', '*', 'ε');
  type Plan = readonly [string, readonly string[]];
  const member: fc.Arbitrary<Plan> = fc.oneof(
    fc.tuple(fc.constant('alphabet'), fc.array(symbol, { maxLength: 4 })),
    fc.tuple(fc.constantFrom('states', 'start', 'accept'), fc.array(state, { maxLength: 3 })),
    fc.tuple(
      fc.constant('transition'),
      fc.tuple(state, state, label, label).map((t) => [...t]),
    ),
  );
  const automaton = fc.tuple(fc.boolean(), fc.array(member, { maxLength: 12 }));

  it('never throws, sorts by position, and resolves every state it names', () => {
    fc.assert(
      fc.property(automaton, ([isDfa, plans]) => {
        const b = astBuilder();
        const members: AutomatonMemberAst[] = plans.map(([kind, names]) => {
          if (kind === 'transition') return b.transition(names[0], names[1], ...names.slice(2));
          return b[kind as 'alphabet' | 'states' | 'start' | 'accept'](...names);
        });
        const ast = (isDfa ? b.dfa : b.nfa)('M', ...members);
        const diagnostics = checkFile(b.file(ast));
        const offsets = diagnostics.map((d) => d.span.start.offset);
        const spec = toAutomatonSpec(ast);
        const named = new Set(spec.transitions.flatMap(([from, , to]) => [from, to]));
        return (
          offsets.every((o, i) => i === 0 || offsets[i - 1] <= o) &&
          [...named, ...spec.start, ...spec.accept].every((n) => spec.states.includes(n)) &&
          diagnostics.every((d) => d.message === d.message.trim() && !d.message.endsWith('.'))
        );
      }),
      runs,
    );
  });
});
