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
});
