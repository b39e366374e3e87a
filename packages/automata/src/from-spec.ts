import type { AutomatonSpec, ExpressionSpec, ResolvedExpression, SpecTransition } from '@cdam/language';
import { EPSILON, NO_EDGE, type Dfa, type DeterminiseResult, type Nfa, type NfaEdge } from './fa-types.js';
import { determinise, type DeterminiseOptions } from './determinise.js';

/** Re-exported so the rest of this package can name the type without importing `@cdam/language`. */
export type { AutomatonSpec, ExpressionSpec, ResolvedExpression, SpecTransition };

/**
 * Builds the `Nfa` of a resolved spec. State and symbol indices follow the spec's own order; epsilon
 * (symbol `""`) becomes `EPSILON`. Names used in `start`, `accept` or `transitions` but missing from
 * `states` (or from `alphabet`) are appended in order of first use, so an imported spec never throws.
 * Duplicate transitions are kept once. Runs in O(|states| + |alphabet| + |transitions|).
 */
export function fromSpec(spec: AutomatonSpec): Nfa {
  const states = [...spec.states];
  const stateIndex = indexOf(states);
  const alphabet = spec.alphabet.filter((symbol) => symbol !== '');
  const symbolIndex = indexOf(alphabet);
  const state = (name: string): number => {
    let index = stateIndex.get(name);
    if (index === undefined) {
      index = states.length;
      states.push(name);
      stateIndex.set(name, index);
    }
    return index;
  };
  const symbol = (name: string): number => {
    if (name === '') return EPSILON;
    let index = symbolIndex.get(name);
    if (index === undefined) {
      index = alphabet.length;
      alphabet.push(name);
      symbolIndex.set(name, index);
    }
    return index;
  };

  const start = unique(spec.start.map(state));
  const accepting = new Set(spec.accept.map(state));
  const edgeLists: NfaEdge[][] = [];
  const seen = new Set<string>();
  const resolved = spec.transitions.map(([from, on, to]) => [state(from), symbol(on), state(to)] as const);
  for (let q = 0; q < states.length; q++) edgeLists.push([]);
  for (const [from, on, to] of resolved) {
    const key = `${from} ${on} ${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edgeLists[from].push({ symbol: on, to });
  }
  return { alphabet, states, start, accepting, edges: edgeLists };
}

/**
 * The DFA of a spec. A spec of kind `dfa` (or `mealy`, `moore`) that is really deterministic (one start, no epsilon, at most one
 * target per state and symbol) keeps its own state names and indices, unreachable states included, and its
 * missing transitions stay `NO_EDGE`. Anything else goes through `determinise` (subset construction).
 * Runs in O(|states| · |alphabet| + |transitions|) on the direct path.
 */
export function toDfa(spec: AutomatonSpec, options: DeterminiseOptions = {}): DeterminiseResult {
  const nfa = fromSpec(spec);
  // A transducer is deterministic like a dfa (its outputs are not part of the DFA).
  if (spec.kind !== 'nfa') {
    const dfa = nfaAsDfa(nfa);
    if (dfa !== undefined) return { kind: 'ok', dfa };
  }
  return determinise(nfa, options);
}

/**
 * Reads an `Nfa` as a `Dfa` with the same indices when it is structurally deterministic (exactly one start
 * state, no epsilon edges, at most one target per state and symbol); otherwise `undefined`.
 * Runs in O(|states| · |alphabet| + |edges|).
 */
export function nfaAsDfa(nfa: Nfa): Dfa | undefined {
  if (nfa.start.length !== 1) return undefined;
  const k = nfa.alphabet.length;
  const delta: number[][] = [];
  for (let q = 0; q < nfa.states.length; q++) {
    const row = new Array<number>(k).fill(NO_EDGE);
    for (const edge of nfa.edges[q] ?? []) {
      if (edge.symbol === EPSILON) return undefined;
      if (row[edge.symbol] !== NO_EDGE && row[edge.symbol] !== edge.to) return undefined;
      row[edge.symbol] = edge.to;
    }
    delta.push(row);
  }
  return {
    alphabet: [...nfa.alphabet],
    states: [...nfa.states],
    start: nfa.start[0],
    accepting: new Set(nfa.accepting),
    delta,
  };
}

function indexOf(names: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  names.forEach((name, index) => {
    if (!map.has(name)) map.set(name, index);
  });
  return map;
}

function unique(values: readonly number[]): number[] {
  return [...new Set(values)];
}
