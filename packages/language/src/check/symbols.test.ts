import { describe, expect, it } from 'vitest';
import { astBuilder } from '../testing/ast-builders.js';
import { checkSymbolsInAlphabet, checkUnusedSymbols } from './symbols.js';

describe('checkSymbolsInAlphabet (FSA203)', () => {
  it('reports a symbol outside the alphabet at the label and lists the alphabet', () => {
    const b = astBuilder();
    const t = b.transition('locked', 'unlocked', 'push');
    const [d, ...rest] = checkSymbolsInAlphabet(b.dfa('Turnstile', b.alphabet('coin', 'pass'), t));
    expect(rest).toEqual([]);
    expect(d.code).toBe('FSA203');
    expect(d.span).toEqual(t.labels[0].span);
    expect(d.message).toBe(`symbol 'push' is not in the alphabet of 'Turnstile'`);
    expect(d.hint).toBe(`add 'push' to the alphabet, or use one of: coin, pass`);
  });

  it('suggests a close symbol', () => {
    const b = astBuilder();
    const [d] = checkSymbolsInAlphabet(b.dfa('T', b.alphabet('coin', 'pass'), b.transition('a', 'b', 'coins')));
    expect(d.hint).toBe(`did you mean 'coin'? (or add 'coins' to the alphabet)`);
  });

  it('writes names that need quotes quoted in the list', () => {
    const b = astBuilder();
    const [d] = checkSymbolsInAlphabet(b.dfa('T', b.alphabet('SYN ACK', 'start'), b.transition('a', 'b', 'zzz')));
    expect(d.hint).toBe(`add 'zzz' to the alphabet, or use one of: "SYN ACK", "start"`);
  });

  it('quotes a symbol named ε in the list, as a bare ε would read as epsilon', () => {
    const b = astBuilder();
    const [d] = checkSymbolsInAlphabet(
      b.dfa('T', b.alphabet(b.name('ε', 'string'), 'x'), b.transition('a', 'b', 'zzz')),
    );
    expect(d.hint).toBe(`add 'zzz' to the alphabet, or use one of: "ε", x`);
  });

  it('is silent without an alphabet (FSA208 covers that) and for catch-all and epsilon labels', () => {
    const b = astBuilder();
    expect(checkSymbolsInAlphabet(b.dfa('T', b.transition('a', 'b', 'x')))).toEqual([]);
    expect(checkSymbolsInAlphabet(b.nfa('T', b.alphabet('x'), b.transition('a', 'b', '*', 'ε')))).toEqual([]);
  });
});

describe('checkUnusedSymbols (FSA242)', () => {
  it('warns about an alphabet symbol no transition reads, at the symbol', () => {
    const b = astBuilder();
    const alphabet = b.alphabet('a', 'b', 'c');
    const diagnostics = checkUnusedSymbols(b.dfa('P', alphabet, b.transition('q', 'q', 'a')));
    expect(diagnostics.map((d) => [d.code, d.severity, d.span])).toEqual([
      ['FSA242', 'warning', alphabet.symbols[1].span],
      ['FSA242', 'warning', alphabet.symbols[2].span],
    ]);
    expect(diagnostics[0].message).toBe(`symbol 'b' of 'P' is not read by any transition`);
  });

  it('counts a catch-all as reading the symbols it stands for', () => {
    const b = astBuilder();
    const alphabet = b.alphabet('a', 'b', 'c');
    const dfa = b.dfa('P', alphabet, b.transition('q', 'q', 'a'), b.transition('q', 'r', '*'));
    expect(checkUnusedSymbols(dfa)).toEqual([]);
  });

  it('a catch-all that stands for nothing reads nothing', () => {
    const b = astBuilder();
    const alphabet = b.alphabet('a', 'b');
    const dfa = b.dfa(
      'P',
      alphabet,
      b.transition('q', 'q', 'a', 'b'),
      b.transition('r', 'r', 'a'),
      b.transition('q', 'r', '*'),
    );
    expect(checkUnusedSymbols(dfa)).toEqual([]);
    const unused = b.dfa('P', b.alphabet('a', 'b'), b.transition('q', 'q', 'a'), b.transition('r', 'q', 'a'));
    expect(checkUnusedSymbols(unused).map((d) => d.message)).toEqual([
      `symbol 'b' of 'P' is not read by any transition`,
    ]);
  });
});
