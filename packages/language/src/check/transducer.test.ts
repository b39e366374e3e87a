import { describe, expect, it } from 'vitest';
import { checkSource } from '../check-source.js';
import { formatSource } from '../format.js';
import { toAutomatonSpec } from '../resolve.js';
import { VENDING_MEALY as VENDING } from '../testing/transducer-sources.js';

const LIGHT = `moore Light {
  alphabet tick
  outputs green, red
  start g
  g -> r on tick
  r -> g on tick
  output g green
  output r red
}
`;

function codes(text: string): [string, string, number][] {
  return checkSource(text).diagnostics.map((d) => [d.code, d.message, d.span.start.line]);
}

function hints(text: string): string[] {
  return checkSource(text).diagnostics.map((d) => d.hint ?? '');
}

function specOf(text: string) {
  const declaration = checkSource(text).file.declarations[0];
  if (declaration.kind !== 'automaton') throw new Error('not an automaton');
  return toAutomatonSpec(declaration);
}

describe('mealy and moore declarations', () => {
  it('a correct mealy and moore check clean and resolve outputs', () => {
    expect(codes(VENDING + LIGHT)).toEqual([]);
    const mealy = specOf(VENDING);
    expect(mealy.kind).toBe('mealy');
    expect(mealy.outputAlphabet).toEqual(['unlock', 'lock', 'nothing']);
    expect(mealy.transitions[0]).toEqual(['locked', 'coin', 'unlocked', 'unlock']);
    expect(mealy.accept).toEqual(['locked', 'unlocked']);
    const moore = specOf(LIGHT);
    expect(moore.kind).toBe('moore');
    expect(moore.outputs).toEqual({ g: 'green', r: 'red' });
    expect(moore.transitions[0]).toEqual(['g', 'tick', 'r']);
  });

  it('formats outputs back as written', () => {
    const messy = VENDING.replace('on coin / unlock', 'on   coin/unlock').replace(
      'outputs unlock, lock',
      'outputs unlock,lock',
    );
    expect(formatSource(messy).text).toBe(VENDING);
    expect(formatSource(LIGHT).text).toBe(LIGHT);
  });

  it('FSA232: a mealy transition without output and a moore state without one', () => {
    expect(codes(VENDING.replace('on push / lock', 'on push'))).toEqual([
      ['FSA232', `transition from 'unlocked' to 'locked' in mealy 'Vending' has no output`, 8],
    ]);
    expect(codes(LIGHT.replace('  output r red\n', ''))).toEqual([
      ['FSA232', `state 'r' of moore 'Light' has no output`, 5],
    ]);
    expect(hints(LIGHT.replace('  output r red\n', ''))).toEqual([
      `add 'output r green' (every state of a moore has one output)`,
    ]);
  });

  it('FSA231: an undeclared output suggests the closest declared one; no outputs line at all', () => {
    const typo = VENDING.replace('/ lock\n', '/ lokc\n');
    expect(codes(typo)).toEqual([['FSA231', `output 'lokc' is not declared in 'Vending'`, 8]]);
    expect(hints(typo)).toEqual([`did you mean 'lock'?`]);
    const undeclared = LIGHT.replace('  outputs green, red\n', '');
    expect(codes(undeclared)).toEqual([['FSA231', `moore 'Light' declares no outputs`, 1]]);
    expect(hints(undeclared)).toEqual([`add 'outputs green, red' listing the symbols it emits`]);
  });

  it('FSA233: two outputs for one state and symbol or one moore state', () => {
    const twice = VENDING.replace(
      '  locked -> locked on push / nothing\n',
      '  locked -> locked on push / nothing\n  locked -> locked on push / lock\n',
    );
    expect(codes(twice).map((c) => c[0])).toEqual(['FSA233']);
    expect(codes(LIGHT.replace('output r red', 'output r red\n  output r green')).map((c) => c[0])).toEqual(['FSA233']);
  });

  it('FSA204 and FSA205 apply to transducers as to a dfa', () => {
    const two = VENDING.replace(
      'locked -> locked on push / nothing',
      'locked -> unlocked on push / nothing\n  locked -> locked on push / nothing',
    );
    expect(codes(two).map((c) => c[0])).toEqual(['FSA204']);
    expect(codes(two)[0][1]).toBe(
      `state 'locked' of mealy 'Vending' has two transitions on 'push', to 'unlocked' and to 'locked'`,
    );
  });

  it('FSA230: outputs in the wrong kind of automaton', () => {
    expect(codes(VENDING.replace('mealy', 'dfa')).map((c) => c[0])).toEqual(['FSA243', ...Array(5).fill('FSA230')]);
    expect(codes(LIGHT.replace('moore', 'mealy')).map((c) => c[0])).toEqual(['FSA232', 'FSA232', 'FSA230', 'FSA230']);
    expect(codes(LIGHT.replace('start g', 'start g\n  accept g')).map((c) => c[0])).toEqual(['FSA230']);
  });

  it('FSA201: an output for a state that does not exist names the states', () => {
    const text = LIGHT.replace('output r red', 'output r red\n  output gg red');
    expect(codes(text)).toEqual([['FSA201', `unknown state 'gg' in 'Light'`, 9]]);
    expect(hints(text)).toEqual([
      `use a state of 'Light' (g, r); states are named by 'states', 'start' and transitions`,
    ]);
  });

  it('keywords of transducers are reserved and the parser recovers after a broken output', () => {
    const broken = VENDING.replace('on coin / unlock', 'on coin /');
    const diagnostics = checkSource(broken + LIGHT).diagnostics;
    expect(diagnostics.map((d) => d.code)).toEqual(['FSA101']);
  });
});
