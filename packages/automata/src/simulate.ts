import { EPSILON, NO_EDGE, type Dfa, type Nfa } from './fa-types.js';

/** Why a run stopped before the end of the word. */
export interface RunStop {
  /** Index in the word of the symbol that could not be read. */
  readonly position: number;
  readonly reason: 'unknown-symbol' | 'no-edge';
}

/** A DFA run. `trace[i]` is the state after reading `i` symbols; it ends early when the run stops. */
export interface DfaRun {
  readonly accepted: boolean;
  readonly trace: readonly number[];
  readonly stopped?: RunStop;
}

/** An NFA run. `trace[i]` is the (epsilon-closed, sorted) set of states after reading `i` symbols. */
export interface NfaRun {
  readonly accepted: boolean;
  readonly trace: readonly (readonly number[])[];
  readonly stopped?: RunStop;
}

/**
 * Runs a DFA on a word given by symbol names. A symbol outside the alphabet or a missing transition
 * rejects and stops the trace there (`stopped` says where and why). Runs in O(|word| + |alphabet|).
 */
export function simulateDfa(dfa: Dfa, word: readonly string[]): DfaRun {
  const symbolIndex = symbolIndexOf(dfa.alphabet);
  const trace = [dfa.start];
  let state = dfa.start;
  for (let position = 0; position < word.length; position++) {
    const symbol = symbolIndex.get(word[position]);
    if (symbol === undefined) return { accepted: false, trace, stopped: { position, reason: 'unknown-symbol' } };
    const next = dfa.delta[state][symbol];
    if (next === NO_EDGE) return { accepted: false, trace, stopped: { position, reason: 'no-edge' } };
    state = next;
    trace.push(state);
  }
  return { accepted: dfa.accepting.has(state), trace };
}

/**
 * Runs an NFA on a word given by symbol names, tracking the set of active states (epsilon-closed).
 * The run stops, rejecting, when the set becomes empty or a symbol is outside the alphabet.
 * Runs in O(|word| · (n + |edges|) + |alphabet|).
 */
export function simulateNfa(nfa: Nfa, word: readonly string[]): NfaRun {
  const symbolIndex = symbolIndexOf(nfa.alphabet);
  const n = nfa.states.length;
  const mark = new Uint8Array(n);
  const close = (seeds: Iterable<number>): number[] => {
    mark.fill(0);
    const stack: number[] = [];
    for (const q of seeds) {
      if (!mark[q]) {
        mark[q] = 1;
        stack.push(q);
      }
    }
    const out = [...stack];
    while (stack.length > 0) {
      const q = stack.pop() as number;
      for (const edge of nfa.edges[q] ?? []) {
        if (edge.symbol === EPSILON && !mark[edge.to]) {
          mark[edge.to] = 1;
          out.push(edge.to);
          stack.push(edge.to);
        }
      }
    }
    return out.sort((a, b) => a - b);
  };
  let current = close(nfa.start);
  const trace: number[][] = [current];
  if (current.length === 0 && word.length > 0) {
    return { accepted: false, trace, stopped: { position: 0, reason: 'no-edge' } };
  }
  for (let position = 0; position < word.length; position++) {
    const symbol = symbolIndex.get(word[position]);
    if (symbol === undefined) return { accepted: false, trace, stopped: { position, reason: 'unknown-symbol' } };
    const targets: number[] = [];
    for (const q of current) {
      for (const edge of nfa.edges[q] ?? []) if (edge.symbol === symbol) targets.push(edge.to);
    }
    if (targets.length === 0) return { accepted: false, trace, stopped: { position, reason: 'no-edge' } };
    current = close(targets);
    trace.push(current);
  }
  return { accepted: current.some((q) => nfa.accepting.has(q)), trace };
}

/**
 * Runs either kind of automaton on a word (symbol names): a `DfaRun` for a `Dfa`, an `NfaRun` for an `Nfa`.
 * Same cost as `simulateDfa` / `simulateNfa`.
 */
export function simulate(automaton: Dfa, word: readonly string[]): DfaRun;
export function simulate(automaton: Nfa, word: readonly string[]): NfaRun;
export function simulate(automaton: Dfa | Nfa, word: readonly string[]): DfaRun | NfaRun;
export function simulate(automaton: Dfa | Nfa, word: readonly string[]): DfaRun | NfaRun {
  return isDfa(automaton) ? simulateDfa(automaton, word) : simulateNfa(automaton, word);
}

/** Whether the automaton accepts the word (symbol names). See `simulateDfa` / `simulateNfa` for cost. */
export function accepts(automaton: Dfa | Nfa, word: readonly string[]): boolean {
  return isDfa(automaton) ? simulateDfa(automaton, word).accepted : simulateNfa(automaton, word).accepted;
}

/** Tells a `Dfa` from an `Nfa` by shape (a `Dfa` has `delta`). O(1). */
export function isDfa(automaton: Dfa | Nfa): automaton is Dfa {
  return 'delta' in automaton;
}

function symbolIndexOf(alphabet: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  alphabet.forEach((symbol, index) => {
    if (!map.has(symbol)) map.set(symbol, index);
  });
  return map;
}
