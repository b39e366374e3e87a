import { describe, expect, it } from 'vitest';
import { selectOverlaps } from './overlaps.js';

const names = ['a', 'b', 'c', 'd', 'e'];
const r = Float64Array.of(0.1, 0.9, 0.3, -0.2, 0.5);

describe('selectOverlaps', () => {
  it('keeps every state in state order when they fit', () => {
    const shown = selectOverlaps(r, names, 1, 2, 5);
    expect(shown.map((o) => o.label)).toEqual(names);
    expect(shown.filter((o) => o.network).map((o) => o.label)).toEqual(['b']);
    expect(shown.filter((o) => o.automaton).map((o) => o.label)).toEqual(['c']);
  });

  it('keeps the largest correlations, largest first, when there are many', () => {
    expect(selectOverlaps(r, names, 1, 1, 3).map((o) => o.label)).toEqual(['b', 'e', 'c']);
  });

  it("always keeps the automaton's state, even with a low correlation", () => {
    expect(selectOverlaps(r, names, 1, 3, 3).map((o) => o.label)).toEqual(['b', 'e', 'd']);
  });

  it('shows nothing for no room', () => {
    expect(selectOverlaps(r, names, 1, 3, 0)).toEqual([]);
  });
});
