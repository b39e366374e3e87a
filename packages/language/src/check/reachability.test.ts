import { describe, expect, it } from 'vitest';
import { astBuilder } from '../testing/ast-builders.js';
import { checkReachability } from './reachability.js';

describe('checkReachability', () => {
  it('FSA240: an unreachable state is reported once, where it is first named', () => {
    const b = astBuilder();
    const states = b.states('q0', 'q1', 'lost');
    const dfa = b.dfa(
      'P',
      b.alphabet('a'),
      states,
      b.start('q0'),
      b.accept('q1'),
      b.transition('q0', 'q1', 'a'),
      b.transition('lost', 'q1', 'a'),
      b.transition('lost', 'lost', '*'),
    );
    const diagnostics = checkReachability(dfa);
    expect(diagnostics.map((d) => [d.code, d.severity, d.span])).toEqual([
      ['FSA240', 'warning', states.states[2].span],
    ]);
    expect(diagnostics[0].message).toBe(`state 'lost' of 'P' is unreachable`);
    expect(diagnostics[0].hint).toBe(`no path of transitions leads to it from the start state 'q0'`);
  });

  it('FSA241: a reachable state that cannot reach acceptance, once per state', () => {
    const b = astBuilder();
    const t = b.transition('q0', 'dead', 'b');
    const out = b.transition('dead', 'stuck', '*');
    const dfa = b.dfa(
      'P',
      b.alphabet('a', 'b'),
      b.start('q0'),
      b.accept('q1'),
      b.transition('q0', 'q1', 'a'),
      t,
      out,
      b.transition('dead', 'dead', 'a'),
    );
    const diagnostics = checkReachability(dfa);
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([
      ['FSA241', t.to.span],
      ['FSA241', out.to.span],
    ]);
    expect(diagnostics[0].message).toBe(`state 'dead' of 'P' can never reach an accepting state`);
    expect(diagnostics[0].hint).toBe(
      "every input that enters 'dead' is rejected; a deliberate trap loops on itself: 'dead -> dead on *'",
    );
  });

  it('FSA241 spares a deliberate trap, whose transitions all loop back to itself', () => {
    const b = astBuilder();
    const trap = (...loops: ReturnType<typeof b.transition>[]) =>
      b.dfa(
        'P',
        b.alphabet('a', 'b'),
        b.start('q0'),
        b.accept('q1'),
        b.transition('q0', 'q1', 'a'),
        b.transition('q0', 'dead', 'b'),
        ...loops,
      );
    expect(checkReachability(trap(b.transition('dead', 'dead', '*')))).toEqual([]);
    expect(checkReachability(trap(b.transition('dead', 'dead', 'a'), b.transition('dead', 'dead', 'b')))).toEqual([]);
    // a dead end with no transitions at all may be a forgotten one: still reported
    expect(checkReachability(trap()).map((d) => d.code)).toEqual(['FSA241']);
  });

  it('FSA246: an automaton whose accepting states no path reaches accepts no word, said once', () => {
    const b = astBuilder();
    const dfa = b.dfa(
      'P',
      b.alphabet('a'),
      b.start('q0'),
      b.accept('q2'),
      b.transition('q0', 'q1', 'a'),
      b.transition('q1', 'q0', 'a'),
      b.transition('q3', 'q2', 'a'),
    );
    const diagnostics = checkReachability(dfa);
    expect(diagnostics.map((d) => d.code)).toEqual(['FSA246', 'FSA240', 'FSA240']); // q2 and q3 unreachable
    expect(diagnostics[0]).toMatchObject({
      span: dfa.name.span,
      message: "the language of 'P' is empty: it accepts no word",
      hint: "no path of transitions leads from the start state 'q0' to an accepting state (q2)",
    });
  });

  it('does not report FSA241 without accepting states, nor anything without a start', () => {
    const b = astBuilder();
    const noAccept = b.dfa('P', b.alphabet('a'), b.start('q0'), b.transition('q0', 'q1', 'a'));
    expect(checkReachability(noAccept)).toEqual([]);
    const noStart = b.dfa(
      'P',
      b.alphabet('a'),
      b.accept('q1'),
      b.transition('q0', 'q1', 'a'),
      b.transition('x', 'y', 'a'),
    );
    expect(checkReachability(noStart)).toEqual([]);
  });

  it('follows epsilon and catch-all edges, but not a catch-all that stands for nothing', () => {
    const b = astBuilder();
    const nfa = b.nfa(
      'N',
      b.alphabet('a'),
      b.start('s'),
      b.accept('t', 'v'),
      b.transition('s', 't', 'epsilon'),
      b.transition('t', 'u', '*'),
      b.transition('u', 'v', 'a'),
      b.transition('v', 'v', 'a'),
      b.transition('v', 'w', '*'),
    );
    const diagnostics = checkReachability(nfa);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['FSA240', `state 'w' of 'N' is unreachable`]]);
  });

  it('with several start states, names them all in the hint', () => {
    const b = astBuilder();
    const nfa = b.nfa('N', b.alphabet('a'), b.start('s', 't'), b.accept('s'), b.states('s', 't', 'z'));
    const diagnostics = checkReachability(nfa);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['FSA241', `state 't' of 'N' can never reach an accepting state`],
      ['FSA240', `state 'z' of 'N' is unreachable`],
    ]);
    expect(diagnostics[1].hint).toBe(`no path of transitions leads to it from the start states 's', 't'`);
  });

  it('leaves undeclared states (FSA201) out of the graph when a states list exists', () => {
    const b = astBuilder();
    const dfa = b.dfa(
      'Door',
      b.alphabet('open', 'close'),
      b.states('closed', 'opened'),
      b.start('closed'),
      b.accept('closd'),
      b.transition('closed', 'opened', 'open'),
      b.transition('opened', 'closed', 'close'),
      b.transition('opened', 'ajar', 'open'),
    );
    expect(checkReachability(dfa)).toEqual([]);
  });
});
