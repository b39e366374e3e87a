import { describe, expect, it } from 'vitest';
import { astBuilder } from '../testing/ast-builders.js';
import { checkDeterminism } from './determinism.js';

describe('checkDeterminism', () => {
  it('FSA204: one symbol to two targets from one state in a dfa, reported at the second label', () => {
    const b = astBuilder();
    const second = b.transition('q0', 'q2', 'b', 'a');
    const dfa = b.dfa('P', b.alphabet('a', 'b'), b.transition('q0', 'q1', 'a'), second);
    const [d, ...rest] = checkDeterminism(dfa);
    expect(rest).toEqual([]);
    expect(d.code).toBe('FSA204');
    expect(d.span).toEqual(second.labels[1].span);
    expect(d.message).toBe(`state 'q0' of dfa 'P' has two transitions on 'a', to 'q1' and to 'q2'`);
  });

  it('FSA204: the same symbol to the same target twice is not nondeterminism', () => {
    const b = astBuilder();
    const dfa = b.dfa('P', b.alphabet('a'), b.transition('q0', 'q1', 'a'), b.transition('q0', 'q1', 'a'));
    expect(checkDeterminism(dfa)).toEqual([]);
  });

  it('FSA204: two catch-alls from one state in a dfa, even to the same target', () => {
    const b = astBuilder();
    const second = b.transition('q', 'q', '*');
    const dfa = b.dfa('P', b.alphabet('a'), b.transition('q', 'q', '*'), second);
    const diagnostics = checkDeterminism(dfa);
    expect(diagnostics.map((d) => d.code)).toEqual(['FSA204']);
    expect(diagnostics[0].span).toEqual(second.labels[0].span);
    expect(diagnostics[0].message).toBe(`state 'q' of dfa 'P' has more than one catch-all transition`);
  });

  it('an nfa may do all of this', () => {
    const b = astBuilder();
    const nfa = b.nfa(
      'N',
      b.alphabet('a', 'b'),
      b.transition('q0', 'q1', 'a', '*'),
      b.transition('q0', 'q2', 'a', '*', 'epsilon'),
    );
    expect(checkDeterminism(nfa)).toEqual([]);
  });

  it('FSA205: epsilon in a dfa, at the label', () => {
    const b = astBuilder();
    const t = b.transition('q0', 'q1', 'a', 'ε');
    const [d] = checkDeterminism(b.dfa('P', b.alphabet('a'), t));
    expect(d.code).toBe('FSA205');
    expect(d.span).toEqual(t.labels[1].span);
    expect(d.message).toBe(`epsilon transition from 'q0' in dfa 'P'`);
  });

  it('FSA244: a catch-all that stands for no symbol is a warning, in a dfa or an nfa', () => {
    for (const make of ['dfa', 'nfa'] as const) {
      const b = astBuilder();
      const t = b.transition('q', 'r', '*');
      const automaton = b[make]('P', b.alphabet('a', 'b'), b.transition('q', 'q', 'a'), b.transition('q', 'q', 'b'), t);
      const [d, ...rest] = checkDeterminism(automaton);
      expect(rest).toEqual([]);
      expect([d.code, d.severity]).toEqual(['FSA244', 'warning']);
      expect(d.span).toEqual(t.labels[0].span);
      expect(d.message).toBe(`catch-all from 'q' in 'P' covers no symbol`);
    }
  });

  it('FSA244: explicit labels on the same transition as the catch-all count too', () => {
    const b = astBuilder();
    expect(checkDeterminism(b.dfa('P', b.alphabet('a'), b.transition('q', 'r', 'a', '*'))).map((d) => d.code)).toEqual([
      'FSA244',
    ]);
  });

  it('FSA244 is not reported without an alphabet (FSA208 covers that)', () => {
    const b = astBuilder();
    expect(checkDeterminism(b.dfa('P', b.transition('q', 'r', '*')))).toEqual([]);
  });
});
