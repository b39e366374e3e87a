/** Small `.fsa` texts for command tests (kept here so tests do not depend on the samples' wording). */

export const TURNSTILE = `dfa Turnstile {
  alphabet coin, push
  states locked, unlocked
  start locked
  accept locked
  locked -> unlocked on coin
  locked -> locked on push
  unlocked -> locked on push
  unlocked -> unlocked on coin
}
`;

/** Turnstile with a symbol outside the alphabet on line 5 (FSA203). */
export const UNKNOWN_SYMBOL = `dfa Turnstile {
  alphabet coin, pass
  start locked
  accept locked
  locked -> unlocked on push
  unlocked -> locked on coin
}
`;

/** A syntax error: the transition on line 3 has no target (FSA101). */
export const SYNTAX_ERROR = `dfa Broken {
  alphabet a
  q0 -> on a
}
`;

/** No errors, one warning: `extra` is never used (FSA242). */
export const UNUSED_SYMBOL = `dfa Loop {
  alphabet a, extra
  start q
  accept q
  q -> q on a
}
`;

/** Two automata and a sequence, for choosing declarations by name. */
export const TWO_AUTOMATA = `dfa Even {
  alphabet 0, 1
  start even
  accept even
  even -> odd on 1
  odd -> even on 1
  even -> even on 0
  odd -> odd on 0
}
nfa EndsAb {
  alphabet a, b
  start s
  accept f
  s -> s on a, b
  s -> m on a
  m -> f on b
}
sequence Walk {
  items A, B, A(2), C
  loop
}
`;

/** An nfa with an epsilon edge and a quoted name. */
export const EPSILON_NFA = `nfa "a or ab" {
  alphabet a, b
  start 0
  accept 1, 3
  0 -> 1 on a
  0 -> 2 on epsilon
  2 -> 4 on a
  4 -> 3 on b
}
`;
