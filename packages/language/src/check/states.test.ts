import { describe, expect, it } from 'vitest';
import { astBuilder } from '../testing/ast-builders.js';
import { checkStateNames } from './states.js';

describe('checkStateNames (FSA201)', () => {
  it('reports every use of an undeclared state at the use', () => {
    const b = astBuilder();
    const start = b.start('q9');
    const t = b.transition('q0', 'q9', 'a');
    const diagnostics = checkStateNames(b.dfa('P', b.alphabet('a'), b.states('q0', 'q1'), start, b.accept('q1'), t));
    expect(diagnostics.map((d) => d.code)).toEqual(['FSA201', 'FSA201']);
    expect(diagnostics.map((d) => d.span)).toEqual([start.states[0].span, t.to.span]);
    expect(diagnostics[0].message).toBe(`unknown state 'q9' in 'P'`);
    expect(diagnostics[0].hint).toBe(`add 'q9' to the states of 'P', or use one of: q0, q1`);
  });

  it('suggests a close declared state', () => {
    const b = astBuilder();
    const diagnostics = checkStateNames(b.dfa('P', b.states('locked', 'open'), b.start('lockd')));
    expect(diagnostics[0].hint).toBe(`did you mean 'locked'?`);
  });

  it('checks nothing when no states list is declared (states are implied by use)', () => {
    const b = astBuilder();
    expect(checkStateNames(b.dfa('P', b.alphabet('a'), b.start('x'), b.transition('x', 'y', 'a')))).toEqual([]);
  });
});
