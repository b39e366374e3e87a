import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.js';
import { astBuilder } from '../testing/ast-builders.js';
import { checkAutomatonShape } from './automaton.js';

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => d.code);

describe('checkAutomatonShape', () => {
  it('accepts a complete automaton', () => {
    const b = astBuilder();
    const dfa = b.dfa('P', b.alphabet('a'), b.start('q'), b.accept('q'), b.transition('q', 'q', 'a'));
    expect(checkAutomatonShape(dfa)).toEqual([]);
  });

  it('FSA212: reports each repeated member at its keyword', () => {
    const b = astBuilder();
    const again = b.alphabet('b');
    const network = b.network({});
    const dfa = b.dfa('P', b.alphabet('a'), b.start('q'), again, b.accept('q'), b.network({}), network);
    const diagnostics = checkAutomatonShape(dfa);
    expect(codes(diagnostics)).toEqual(['FSA212', 'FSA212']);
    expect(diagnostics[0].message).toBe(`'alphabet' appears more than once in 'P'`);
    expect(diagnostics[0].span.start).toEqual(again.span.start);
    expect(diagnostics[0].span.end.offset - diagnostics[0].span.start.offset).toBe('alphabet'.length);
    expect(diagnostics[1].span.start).toEqual(network.span.start);
  });

  it('FSA208: a missing alphabet is reported at the name, with the symbols used in the hint', () => {
    const b = astBuilder();
    const dfa = b.dfa('P', b.start('q'), b.accept('q'), b.transition('q', 'q', 'x', 'y'), b.transition('q', 'q', 'x'));
    const [d] = checkAutomatonShape(dfa);
    expect(d.code).toBe('FSA208');
    expect(d.span).toEqual(dfa.name.span);
    expect(d.message).toBe(`'P' has no alphabet`);
    expect(d.hint).toBe(`add 'alphabet x, y' listing the symbols it reads`);
  });

  it('FSA208: an empty alphabet is reported at its keyword', () => {
    const b = astBuilder();
    const alphabet = b.alphabet();
    const [d] = checkAutomatonShape(b.dfa('P', alphabet, b.start('q'), b.accept('q')));
    expect(d.code).toBe('FSA208');
    expect(d.message).toBe(`the alphabet of 'P' is empty`);
    expect(d.span).toEqual(alphabet.span);
  });

  it('FSA207: no start state, with a declared state suggested', () => {
    const b = astBuilder();
    const nfa = b.nfa('N', b.alphabet('a'), b.states('s0', 's1'), b.accept('s1'));
    const [d] = checkAutomatonShape(nfa);
    expect(d.code).toBe('FSA207');
    expect(d.span).toEqual(nfa.name.span);
    expect(d.message).toBe(`'N' has no start state`);
    expect(d.hint).toBe(`add a line such as 'start s0'`);
  });

  it('FSA211: several distinct start states in a dfa, one diagnostic over the extras', () => {
    const b = astBuilder();
    const start = b.start('a', 'b', 'a', 'c');
    const [d, ...rest] = checkAutomatonShape(b.dfa('P', b.alphabet('x'), start, b.accept('a')));
    expect(rest).toEqual([]);
    expect(d.code).toBe('FSA211');
    expect(d.message).toBe(`dfa 'P' has 3 start states ('a', 'b', 'c')`);
    expect(d.span.start).toEqual(start.states[1].span.start);
  });

  it('FSA211: an nfa may have several start states, and a repeated name is one state', () => {
    const b = astBuilder();
    expect(checkAutomatonShape(b.nfa('N', b.alphabet('x'), b.start('a', 'b'), b.accept('a')))).toEqual([]);
    expect(checkAutomatonShape(b.dfa('D', b.alphabet('x'), b.start('a', 'a'), b.accept('a')))).toEqual([]);
  });

  it('FSA243: no accepting states is a warning at the name', () => {
    const b = astBuilder();
    const dfa = b.dfa('P', b.alphabet('a'), b.start('q'));
    const [d] = checkAutomatonShape(dfa);
    expect(d.code).toBe('FSA243');
    expect(d.severity).toBe('warning');
    expect(d.span).toEqual(dfa.name.span);
    expect(d.message).toBe(`'P' has no accepting states, so it accepts no input`);
  });
});
