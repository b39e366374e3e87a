import { describe, expect, it } from 'vitest';
import { visibleIndices, visibleWithEdges } from './window.js';

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

describe('visibleWithEdges', () => {
  it('marks both cut ends of a window in the middle', () => {
    expect(visibleWithEdges(1000, [500], 5)).toEqual([null, 499, 500, 501, null]);
  });

  it('marks only the cut end of a window at the start or the end', () => {
    expect(visibleWithEdges(1000, [0], 4)).toEqual([0, 1, 2, null]);
    expect(visibleWithEdges(8, [7], 4)).toEqual([null, 5, 6, 7]);
  });

  it('marks nothing when everything fits', () => {
    expect(visibleWithEdges(3, [1], 3)).toEqual([0, 1, 2]);
  });

  it('keeps the focus within the budget', () => {
    for (const budget of [1, 2, 3, 6]) {
      const shown = visibleWithEdges(100, [40, 90], budget);
      expect(shown.length).toBeLessThanOrEqual(budget);
      expect(shown).toContain(40);
    }
  });
});
