import { describe, expect, it } from 'vitest';
import { layoutScreen } from './layout.js';

const familyTree = { states: 5, tableWidth: 90 };
const large = { states: 1000, tableWidth: 62 };

describe('layoutScreen', () => {
  it('stacks a small automaton on 80x24 and shows every state', () => {
    expect(layoutScreen(80, 24, familyTree)).toEqual({
      arrangement: 'stacked',
      tableWidth: 79,
      tableHeight: 6,
      barsWidth: 64,
      barCount: 5,
    });
  });

  it('puts the table and the bars side by side when both fit', () => {
    const layout = layoutScreen(140, 40, familyTree);
    expect(layout.arrangement).toBe('side');
    expect(layout.tableWidth).toBe(90);
    expect(layout.barsWidth).toBe(48);
  });

  it('shares the lines between table and bars when the automaton is large, more with more rows', () => {
    const small = layoutScreen(80, 24, large);
    expect(small.tableHeight + small.barCount).toBe(24 - 10);
    expect(small.barCount).toBeGreaterThanOrEqual(3);
    const tall = layoutScreen(80, 60, large);
    expect(tall.tableHeight).toBeGreaterThan(small.tableHeight);
    expect(tall.barCount).toBeGreaterThan(small.barCount);
  });

  it('draws at most 20 bars for a large automaton, however tall the terminal', () => {
    expect(layoutScreen(80, 100, large).barCount).toBe(20);
    expect(layoutScreen(200, 100, large).barCount).toBe(20);
    expect(layoutScreen(80, 100, large).tableHeight).toBe(100 - 10 - 20);
  });

  it('never plans more lines than the terminal has', () => {
    for (const rows of [13, 16, 24, 30, 50]) {
      for (const columns of [40, 80, 100, 160]) {
        for (const needs of [familyTree, large, { states: 1, tableWidth: 10 }]) {
          const l = layoutScreen(columns, rows, needs);
          const used =
            l.arrangement === 'side' ? Math.max(l.tableHeight, l.barCount + 1) : l.tableHeight + l.barCount + 1;
          expect(used + 9).toBeLessThanOrEqual(rows);
        }
      }
    }
  });

  it('says when the terminal is too small', () => {
    expect(layoutScreen(30, 24, familyTree).arrangement).toBe('too-small');
    expect(layoutScreen(80, 12, familyTree).arrangement).toBe('too-small');
  });
});
