import type { Overlap } from './components/overlap-bars.js';

/**
 * The bars to draw: every state in state order when there are at most `limit`, else the `limit`
 * largest correlations, largest first, always including the automaton's state (so its bar is seen
 * even when the network has lost it). O(states · log states).
 */
export function selectOverlaps(
  correlations: Float64Array,
  names: readonly string[],
  network: number,
  automaton: number,
  limit: number,
): Overlap[] {
  const make = (q: number): Overlap => ({
    label: names[q],
    r: correlations[q],
    network: q === network,
    automaton: q === automaton,
  });
  const count = Math.max(0, Math.floor(limit));
  if (names.length <= count) return names.map((_, q) => make(q));
  if (count === 0) return [];
  const order = Array.from(names, (_, q) => q).sort((p, q) => correlations[q] - correlations[p] || p - q);
  const top = order.slice(0, count);
  if (automaton >= 0 && !top.includes(automaton)) top[count - 1] = automaton;
  return top.sort((p, q) => correlations[q] - correlations[p] || p - q).map(make);
}
