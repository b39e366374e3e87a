/** An index to show, or `null` for a gap marker (rows or columns left out). */
export type Shown = number | null;

/**
 * Which of `total` rows (or columns) to show in `budget` places, keeping `foci` in view (the first focus
 * has priority). All when they fit; else one window around the foci when they are close, or two windows
 * (the first focus gets the larger) separated by a gap marker, which takes a place. Windows are centred on
 * their focus and clamped to the ends. O(budget).
 */
export function visibleIndices(total: number, foci: readonly number[], budget: number): Shown[] {
  const places = Math.max(0, Math.floor(budget));
  if (total <= places) return range(0, total);
  if (places === 0) return [];
  const wanted = [...new Set(foci.filter((f) => f >= 0 && f < total))];
  if (wanted.length === 0) return range(0, places);
  const low = Math.min(...wanted);
  const high = Math.max(...wanted);
  if (high - low < places || places < 3) {
    const focus = high - low < places ? Math.floor((low + high) / 2) : wanted[0];
    const start = clampStart(focus - Math.floor((places - 1) / 2), places, total);
    return range(start, start + places);
  }
  const primary = wanted[0];
  const secondary = wanted.find((f) => f !== primary) as number;
  const primaryPlaces = Math.ceil((places - 1) / 2);
  const secondaryPlaces = places - 1 - primaryPlaces;
  const a = windowAround(primary, primaryPlaces, total);
  const b = windowAround(secondary, secondaryPlaces, total);
  const [first, second] = a[0] < b[0] ? [a, b] : [b, a];
  return [...first, null, ...second];
}

function windowAround(focus: number, places: number, total: number): number[] {
  const start = clampStart(focus - Math.floor((places - 1) / 2), places, total);
  return range(start, start + places);
}

function clampStart(start: number, places: number, total: number): number {
  return Math.max(0, Math.min(start, total - places));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/**
 * Like `visibleIndices`, but a cut end gets a gap marker too, so the reader sees that rows (or columns)
 * continue beyond the window. The markers take places from the budget. O(budget²) in the worst case,
 * O(budget) when the window is not at an end.
 */
export function visibleWithEdges(total: number, foci: readonly number[], budget: number): Shown[] {
  const places = Math.max(0, Math.floor(budget));
  if (total <= places) return visibleIndices(total, foci, places);
  for (let room = places - 1; room >= 1; room--) {
    const inner = visibleIndices(total, foci, room);
    const indices = inner.filter((i): i is number => i !== null);
    const leading = indices[0] > 0;
    const trailing = indices[indices.length - 1] < total - 1;
    if (inner.length + Number(leading) + Number(trailing) <= places) {
      return [...(leading ? [null] : []), ...inner, ...(trailing ? [null] : [])];
    }
  }
  return visibleIndices(total, foci, places);
}
