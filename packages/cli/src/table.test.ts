import { describe, expect, it } from 'vitest';
import { formatTable } from './table.js';

describe('formatTable', () => {
  it('pads columns to the widest cell and right-aligns numeric columns', () => {
    expect(
      formatTable(
        ['step', 'symbol', 'margin'],
        [
          ['0', '', '0.9'],
          ['12', 'passive open', '0.25'],
        ],
        ['r', 'l', 'r'],
      ),
    ).toBe(['step  symbol        margin', '   0                   0.9', '  12  passive open    0.25', ''].join('\n'));
  });

  it('counts characters, not UTF-16 units', () => {
    expect(formatTable(['a', 'b'], [['ε', 'x']])).toBe('a  b\nε  x\n');
  });

  it('lays out a table of more rows than a spread call could take (a 300 000-line --words file)', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [String(i), i === 123_456 ? 'widest cell' : 'x']);
    const text = formatTable(['n', 'word'], rows, ['r', 'l']);
    const lines = text.split('\n');
    expect(lines).toHaveLength(300_002);
    expect(lines[0]).toBe('     n  word');
    expect(lines[123_457]).toBe('123456  widest cell');
  });
});
