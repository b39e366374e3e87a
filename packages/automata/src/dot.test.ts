import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPSILON, NO_EDGE, type Dfa, type Nfa } from './fa-types.js';
import { toDot } from './dot.js';
import { arbNfa, propertyRuns } from './testing/index.js';

const turnstile: Dfa = {
  alphabet: ['coin', 'push', 'kick'],
  states: ['locked', 'un"locked'],
  start: 0,
  accepting: new Set([1]),
  delta: [
    [1, 0, 0],
    [1, 0, NO_EDGE],
  ],
};

describe('toDot', () => {
  it('draws a start arrow from an invisible node, doublecircles accepting states, merges labels', () => {
    expect(toDot(turnstile, { name: 'Turn\\stile' })).toBe(
      [
        'digraph "Turn\\\\stile" {',
        '  rankdir=LR;',
        '  node [shape=circle];',
        '  start0 [shape=point, style=invis, width=0, height=0, label=""];',
        '  s0 [label="locked"];',
        '  s1 [label="un\\"locked", shape=doublecircle];',
        '  start0 -> s0;',
        '  s0 -> s1 [label="coin"];',
        '  s0 -> s0 [label="push, kick"];',
        '  s1 -> s1 [label="coin"];',
        '  s1 -> s0 [label="push"];',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes epsilon as ε and gives every start state of an nfa its own arrow', () => {
    const nfa: Nfa = {
      alphabet: ['a'],
      states: ['p', 'q'],
      start: [0, 1],
      accepting: new Set(),
      edges: [
        [
          { symbol: 0, to: 1 },
          { symbol: EPSILON, to: 1 },
        ],
        [],
      ],
    };
    const dot = toDot(nfa);
    expect(dot).toContain('  s0 -> s1 [label="ε, a"];');
    expect(dot).toContain('  start0 -> s0;\n  start1 -> s1;');
  });

  it("writes a Mealy machine's outputs on its edges and a Moore machine's on its states", () => {
    const mealy = toDot(turnstile, {
      transducer: {
        kind: 'mealy',
        dfa: turnstile,
        outputs: ['ok', 'alarm'],
        edgeOutput: [
          [0, 0, 1],
          [0, 0, NO_EDGE],
        ],
      },
    });
    expect(mealy).toContain('  s0 -> s0 [label="push / ok, kick / alarm"];');
    expect(mealy).toContain('  s1 [label="un\\"locked"];');
    const moore = toDot(turnstile, {
      transducer: { kind: 'moore', dfa: turnstile, outputs: ['shut', 'open'], stateOutput: [0, 1] },
    });
    expect(moore).toContain('  s0 [label="locked / shut"];');
    expect(moore).toContain('  s1 [label="un\\"locked / open"];');
    expect(moore).toContain('  s0 -> s0 [label="push, kick"];');
  });

  it('toDot has one node line per state and one edge line per distinct (from, to) pair', () =>
    fc.assert(
      fc.property(arbNfa(), (nfa) => {
        const dot = toDot(nfa);
        const pairs = new Set(nfa.edges.flatMap((list, q) => list.map((e) => `${q}>${e.to}`)));
        const nodeLines = dot.split('\n').filter((l) => /^ {2}s\d+ \[label=/.test(l));
        const edgeLines = dot.split('\n').filter((l) => /^ {2}s\d+ -> s\d+/.test(l));
        return nodeLines.length === nfa.states.length && edgeLines.length === pairs.size;
      }),
      propertyRuns(100),
    ));
});
