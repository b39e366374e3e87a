import { describe, expect, it } from 'vitest';
import { astBuilder } from '../testing/ast-builders.js';
import { checkDeclarationNames, checkListedNames } from './names.js';

describe('checkDeclarationNames (FSA206)', () => {
  it('reports a second declaration with the same name at its name', () => {
    const b = astBuilder();
    const first = b.dfa('A', b.alphabet('x'));
    const second = b.sequence('A', b.items('x'));
    const [d, ...rest] = checkDeclarationNames(b.file(first, second, b.nfa('B')));
    expect(rest).toEqual([]);
    expect(d.code).toBe('FSA206');
    expect(d.severity).toBe('error');
    expect(d.span).toEqual(second.name.span);
    expect(d.message).toBe(`name 'A' is already used by the dfa on line ${first.name.span.start.line}`);
  });

  it('compares names by value, so a quoted name equals the bare one', () => {
    const b = astBuilder();
    const file = b.file(b.dfa('A'), b.dfa(b.name('A', 'string')));
    expect(checkDeclarationNames(file).map((d) => d.code)).toEqual(['FSA206']);
  });

  it('accepts distinct names, including 01 and 1', () => {
    const b = astBuilder();
    expect(checkDeclarationNames(b.file(b.dfa('01'), b.dfa('1'), b.sequence('S')))).toEqual([]);
  });
});

describe('checkListedNames (FSA206)', () => {
  it('reports each repeated alphabet symbol and listed state at the repeat', () => {
    const b = astBuilder();
    const alphabet = b.alphabet('a', 'b', 'a', 'a');
    const states = b.states('q0', 'q0');
    const diagnostics = checkListedNames(b.dfa('P', alphabet, states));
    expect(diagnostics.map((d) => d.span)).toEqual([
      alphabet.symbols[2].span,
      alphabet.symbols[3].span,
      states.states[1].span,
    ]);
    expect(diagnostics[0].message).toBe(`symbol 'a' appears more than once in the alphabet of 'P'`);
    expect(diagnostics[2].message).toBe(`state 'q0' appears more than once in the states of 'P'`);
  });

  it('does not compare across two lists (the repeated list is FSA212)', () => {
    const b = astBuilder();
    expect(checkListedNames(b.dfa('P', b.alphabet('a'), b.alphabet('a')))).toEqual([]);
  });
});
