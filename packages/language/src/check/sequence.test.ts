import { describe, expect, it } from 'vitest';
import { astBuilder } from '../testing/ast-builders.js';
import { checkSequence } from './sequence.js';

describe('checkSequence', () => {
  it('accepts items with dwell counts, a loop and a network', () => {
    const b = astBuilder();
    expect(checkSequence(b.sequence('W', b.items('A', ['B', 3], 'A', ['C', 10000]), b.loop(), b.network({})))).toEqual(
      [],
    );
  });

  it('FSA213: no items member, at the name', () => {
    const b = astBuilder();
    const sequence = b.sequence('W', b.loop());
    const diagnostics = checkSequence(sequence);
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['FSA213', sequence.name.span]]);
    expect(diagnostics[0].message).toBe(`sequence 'W' has no items`);
  });

  it('FSA213: an empty items list, at its keyword', () => {
    const b = astBuilder();
    const items = b.items();
    expect(checkSequence(b.sequence('W', items)).map((d) => [d.code, d.span])).toEqual([['FSA213', items.span]]);
  });

  it('FSA212: repeated items, loop or network, at the keyword', () => {
    const b = astBuilder();
    const loop = b.loop();
    const items = b.items('B');
    const diagnostics = checkSequence(b.sequence('W', b.items('A'), b.loop(), loop, items));
    expect(diagnostics.map((d) => [d.code, d.span.start])).toEqual([
      ['FSA212', items.span.start],
      ['FSA212', loop.span.start],
    ]);
    expect(diagnostics[0].message).toBe(`'items' appears more than once in sequence 'W'`);
  });

  it.each([0, -1, 1.5, 10001])('FSA214: dwell %s, at the count', (count) => {
    const b = astBuilder();
    const items = b.items('A', ['B', count]);
    const diagnostics = checkSequence(b.sequence('W', items));
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['FSA214', items.items[1].dwell?.span]]);
    expect(diagnostics[0].message).toBe(`bad dwell count '${count}' for item 'B' in sequence 'W'`);
    expect(diagnostics[0].hint).toBe('a dwell is a whole number of ticks from 1 to 10000');
  });
});
