import { EPSILON, NO_EDGE, type Dfa, type Nfa, type NfaEdge } from './fa-types.js';

/** A source of uniform numbers in [0, 1). Structurally the same as the compiler's `Rng`. */
export interface Rng {
  next(): number;
}

export interface RandomDfaOptions {
  /** Chance that a state is accepting (default 0.3). */
  readonly acceptingProbability?: number;
  /** Chance that a transition exists; 1 gives a complete DFA (default 1). */
  readonly edgeProbability?: number;
}

/**
 * A random DFA with `states` states over `symbols` symbols (`a`..`z` when 26 or fewer, else `s0`, `s1`, ...),
 * state names `q0`, `q1`, ...; start 0. Uniform random targets, so some states may be unreachable.
 * All randomness comes from `rng`: same rng state, same DFA. Runs in O(states · symbols).
 */
export function randomDfa(states: number, symbols: number, rng: Rng, options: RandomDfaOptions = {}): Dfa {
  const acceptingProbability = options.acceptingProbability ?? 0.3;
  const edgeProbability = options.edgeProbability ?? 1;
  const delta: number[][] = [];
  const accepting = new Set<number>();
  for (let q = 0; q < states; q++) {
    const row = new Array<number>(symbols);
    for (let s = 0; s < symbols; s++) row[s] = rng.next() < edgeProbability ? below(states, rng) : NO_EDGE;
    delta.push(row);
    if (rng.next() < acceptingProbability) accepting.add(q);
  }
  return { alphabet: symbolNames(symbols), states: stateNames(states), start: 0, accepting, delta };
}

export interface RandomNfaOptions {
  /** Chance that a state is accepting (default 0.3). */
  readonly acceptingProbability?: number;
  /** Mean number of symbol edges per state (default 2). */
  readonly edgesPerState?: number;
  /** Mean number of epsilon edges per state (default 0.3). */
  readonly epsilonPerState?: number;
  /** Number of start states (default 1). */
  readonly startStates?: number;
}

/**
 * A random NFA (names as in `randomDfa`) with about `edgesPerState` symbol edges and `epsilonPerState`
 * epsilon edges per state, uniform targets (epsilon cycles and unreachable states can occur), and
 * `startStates` distinct start states. All randomness comes from `rng`. Runs in O(states · edgesPerState).
 */
export function randomNfa(states: number, symbols: number, rng: Rng, options: RandomNfaOptions = {}): Nfa {
  const acceptingProbability = options.acceptingProbability ?? 0.3;
  const edgesPerState = options.edgesPerState ?? 2;
  const epsilonPerState = options.epsilonPerState ?? 0.3;
  const startCount = Math.min(states, options.startStates ?? 1);
  const edges: NfaEdge[][] = [];
  const accepting = new Set<number>();
  for (let q = 0; q < states; q++) {
    const list: NfaEdge[] = [];
    const count = poissonish(edgesPerState, rng);
    for (let e = 0; e < count && symbols > 0; e++) list.push({ symbol: below(symbols, rng), to: below(states, rng) });
    const epsilons = poissonish(epsilonPerState, rng);
    for (let e = 0; e < epsilons; e++) list.push({ symbol: EPSILON, to: below(states, rng) });
    edges.push(list);
    if (rng.next() < acceptingProbability) accepting.add(q);
  }
  const start = new Set<number>();
  while (start.size < startCount) start.add(below(states, rng));
  return {
    alphabet: symbolNames(symbols),
    states: stateNames(states),
    start: [...start].sort((a, b) => a - b),
    accepting,
    edges,
  };
}

function below(bound: number, rng: Rng): number {
  return Math.min(bound - 1, Math.floor(rng.next() * bound));
}

/** A count of roughly the given mean: uniform on 0..2·mean (a cheap spread, not a Poisson draw). */
function poissonish(mean: number, rng: Rng): number {
  return Math.floor(rng.next() * (2 * mean + 1));
}

function symbolNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (count <= 26 ? String.fromCharCode(97 + i) : `s${i}`));
}

function stateNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `q${i}`);
}
