import type { AutomatonMemberAst } from '../ast.js';
import type { AutomatonSpec, SequenceSpec } from '../spec.js';
import type { AstBuilder } from './ast-builders.js';

/**
 * The example automata and sequence of the language reference, for tests in every package.
 * Tests that need a variant spread one and override a field (`{ ...paritySpec, network: { neurons: 64 } }`).
 */

/** `Parity`: accepts words over {0, 1} with an even number of 1s; two states, no network parameters. */
export const paritySpec: AutomatonSpec = {
  name: 'Parity',
  kind: 'dfa',
  alphabet: ['0', '1'],
  states: ['even', 'odd'],
  start: ['even'],
  accept: ['even'],
  transitions: [
    ['even', '1', 'odd'],
    ['odd', '1', 'even'],
    ['even', '0', 'even'],
    ['odd', '0', 'odd'],
  ],
  network: {},
};

/** `Parity` as `.fsa` source in the reference's layout, with catch-alls; it resolves to `paritySpec`. */
export const paritySource = `dfa Parity {
  alphabet 0, 1
  states even, odd
  start even
  accept even
  even -> odd on 1
  odd -> even on 1
  even -> even on *
  odd -> odd on *
}
`;

/** `EndsAbb`: an NFA for words over {a, b} ending in `abb`, with an epsilon edge from q3 back to q0. */
export const endsAbbSpec: AutomatonSpec = {
  name: 'EndsAbb',
  kind: 'nfa',
  alphabet: ['a', 'b'],
  states: ['q0', 'q1', 'q2', 'q3'],
  start: ['q0'],
  accept: ['q3'],
  transitions: [
    ['q0', 'a', 'q0'],
    ['q0', 'b', 'q0'],
    ['q0', 'a', 'q1'],
    ['q1', 'b', 'q2'],
    ['q2', 'b', 'q3'],
    ['q3', '', 'q0'],
  ],
  network: {},
};

/** `Walk`: items A, B, A (held 3 ticks), C, looping, on 2000 neurons. */
export const walkSpec: SequenceSpec = {
  name: 'Walk',
  items: ['A', 'B', 'A', 'C'],
  loop: true,
  dwell: [1, 1, 3, 1],
  network: { neurons: 2000 },
};

/** The members of `Parity` as written in the reference, catch-alls included, without a network block. */
export function parityMembers(b: AstBuilder): AutomatonMemberAst[] {
  return [
    b.alphabet('0', '1'),
    b.states('even', 'odd'),
    b.start('even'),
    b.accept('even'),
    b.transition('even', 'odd', '1'),
    b.transition('odd', 'even', '1'),
    b.transition('even', 'even', '*'),
    b.transition('odd', 'odd', '*'),
  ];
}
