import { EPSILON, NO_EDGE, type Dfa, type Nfa } from '../fa-types.js';

/**
 * Direct acceptance by definition, for use as an oracle in tests: follows the DFA table, or tracks the
 * NFA's epsilon-closed state set, by symbol name. Written independently of `simulate`.
 */
export function acceptsByDefinition(automaton: Dfa | Nfa, word: readonly string[]): boolean {
  if ('delta' in automaton) {
    let state = automaton.start;
    for (const name of word) {
      const s = automaton.alphabet.indexOf(name);
      if (s < 0) return false;
      state = automaton.delta[state][s];
      if (state === NO_EDGE) return false;
    }
    return automaton.accepting.has(state);
  }
  const close = (set: Set<number>): Set<number> => {
    const stack = [...set];
    while (stack.length > 0) {
      for (const e of automaton.edges[stack.pop() as number]) {
        if (e.symbol === EPSILON && !set.has(e.to)) {
          set.add(e.to);
          stack.push(e.to);
        }
      }
    }
    return set;
  };
  let current = close(new Set(automaton.start));
  for (const name of word) {
    const s = automaton.alphabet.indexOf(name);
    const next = new Set<number>();
    for (const q of current) for (const e of automaton.edges[q]) if (s >= 0 && e.symbol === s) next.add(e.to);
    current = close(next);
  }
  return [...current].some((q) => automaton.accepting.has(q));
}

/** Every word over `alphabet` up to `maxLength`, shortest first, then by symbol position (a test oracle). */
export function wordsUpTo(alphabet: readonly string[], maxLength: number): string[][] {
  const out: string[][] = [[]];
  let layer: string[][] = [[]];
  for (let length = 1; length <= maxLength; length++) {
    layer = layer.flatMap((word) => alphabet.map((symbol) => [...word, symbol]));
    out.push(...layer);
  }
  return out;
}
