import type { Dfa } from '@cdam/automata';

/**
 * The family tree of samples/family-tree.fsa as a complete DFA (the dead state `∅` last), symbol and
 * state order as in the file.
 */
export function familyTreeDfa(): Dfa {
  const alphabet = ['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister'];
  const states = ['Homer', 'Marge', 'Bart', 'Lisa', '∅'];
  const dead = 4;
  const edges: Record<string, Record<string, number>> = {
    Homer: { wife: 1, son: 2, daughter: 3 },
    Marge: { husband: 0, son: 2, daughter: 3 },
    Bart: { mother: 1, father: 0, sister: 3 },
    Lisa: { mother: 1, father: 0, brother: 2 },
    '∅': {},
  };
  return {
    alphabet,
    states,
    start: 0,
    accepting: new Set([0, 1, 2, 3]),
    delta: states.map((q) => alphabet.map((s) => edges[q][s] ?? dead)),
  };
}

/** A DFA with `states` states over `symbols` symbols (`a`, `b`, ...): q_i goes to q_(i+s+1) mod states; q0 accepts. */
export function ringDfa(states: number, symbols: number): Dfa {
  const alphabet = Array.from({ length: symbols }, (_, s) => String.fromCharCode(97 + s));
  return {
    alphabet,
    states: Array.from({ length: states }, (_, q) => `q${q}`),
    start: 0,
    accepting: new Set([0]),
    delta: Array.from({ length: states }, (_, q) => alphabet.map((_, s) => (q + s + 1) % states)),
  };
}
