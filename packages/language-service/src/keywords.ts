/** One line from the language reference per keyword, for hover. */
export const KEYWORD_DOCS: Readonly<Record<string, string>> = {
  dfa: '`dfa Name { ... }` declares a deterministic finite automaton: one start state, at most one transition per state and symbol.',
  nfa: '`nfa Name { ... }` declares a nondeterministic finite automaton: several start states, several targets and epsilon moves allowed.',
  sequence:
    '`sequence Name { items A, B, A(3) }` declares a temporal sequence of items, each held for its dwell count.',
  alphabet: '`alphabet a, b, c` lists the symbols the automaton reads.',
  states: '`states q0, q1` lists states (optional: states are also implied by their use).',
  start: '`start q0` names the start state (a dfa has one; an nfa may list several).',
  accept: '`accept q1, q2` names the accepting states.',
  on: '`from -> to on a, b` reads one of the listed symbols; `*` is every symbol without an explicit transition, `epsilon` reads nothing.',
  network: '`network { neurons = 512 beta = 4 ... }` sets the parameters of the compiled network.',
  items: '`items A, B, A(3)` lists the items of a sequence in order; `A(3)` holds A for 3 ticks.',
  loop: '`loop` makes the sequence start over after its last item.',
  epsilon: '`epsilon` (or `ε`) labels a transition that reads no symbol (nfa only).',
  ε: '`ε` (or `epsilon`) labels a transition that reads no symbol (nfa only).',
};

/** What each network parameter sets, for hover and completion. */
export const PARAMETER_DOCS: Readonly<Record<string, string>> = {
  neurons: 'the number of neurons n (chosen by the compiler when not given)',
  seed: 'the seed of the random codes, an integer from 0 to 4294967295 (default 0)',
  beta: 'the inverse temperature of the softmax over memories (chosen by the compiler when not given)',
  auto: 'a, the weight of each memory on itself (default -1)',
  hetero: 'h, the weight of each memory on its successor (default 2)',
  eta: 'the step size of the update x ← x + eta (Xi c − xī − x) (default 1)',
  iterations: 'K, the number of updates per input symbol (default 2)',
  encoding: 'how codes are drawn: `bipolar` (default) or `uniform`',
};
