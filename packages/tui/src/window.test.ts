import { describe, expect, it } from 'vitest';
import { visibleIndices } from './window.js';

describe('visibleIndices', () => {
  it('shows everything that fits', () => {
    expect(visibleIndices(4, [2], 10)).toEqual([0, 1, 2, 3]);
  });

  it('centres one window on the focus and clamps it to the ends', () => {
    expect(visibleIndices(1000, [500], 5)).toEqual([498, 499, 500, 501, 502]);
    expect(visibleIndices(1000, [1], 5)).toEqual([0, 1, 2, 3, 4]);
    expect(visibleIndices(1000, [999], 5)).toEqual([995, 996, 997, 998, 999]);
  });

  it('keeps two close foci in one window', () => {
    const shown = visibleIndices(1000, [10, 13], 5);
    expect(shown).toEqual([9, 10, 11, 12, 13]);
  });

  it('splits the places between two far foci with a gap marker between them, the first focus getting more', () => {
    expect(visibleIndices(1000, [700, 20], 8)).toEqual([19, 20, 21, null, 699, 700, 701, 702]);
  });

  it('always contains the foci, and never more places than the budget', () => {
    for (const budget of [1, 2, 3, 7, 12]) {
      for (const foci of [[0], [999], [3, 990], [990, 3], [500, 501]]) {
        const shown = visibleIndices(1000, foci, budget);
        expect(shown.length).toBeLessThanOrEqual(budget);
        expect(shown).toContain(foci[0]);
        if (budget >= 3) for (const f of foci) expect(shown).toContain(f);
      }
    }
  });

  it('shows the first rows when there is no focus', () => {
    expect(visibleIndices(100, [-1], 3)).toEqual([0, 1, 2]);
  });
});
