import { NO_EDGE, type Dfa, type Nfa, type NfaEdge } from './fa-types.js';
import { isDfa } from './simulate.js';

/** States reachable from the start state(s), the starts included. Runs in O(n + transitions). */
export function reachableStates(automaton: Dfa | Nfa): ReadonlySet<number> {
  return maskToSet(reachableMask(automaton));
}

/** States from which some accepting state is reachable (accepting states included). Runs in O(n + transitions). */
export function coReachableStates(automaton: Dfa | Nfa): ReadonlySet<number> {
  return maskToSet(coReachableMask(automaton));
}

/**
 * The DFA without states unreachable from the start. Kept states keep their relative order and names;
 * the language is unchanged. Runs in O(n · k).
 */
export function removeUnreachable(dfa: Dfa): Dfa {
  return restrictDfa(dfa, reachableMask(dfa));
}

/**
 * The DFA restricted to useful states: reachable from the start and co-reachable to acceptance. The start
 * state is always kept (alone, for the empty language); edges into dropped states become `NO_EDGE`, so the
 * result is partial. Same language, relative order and names kept. Runs in O(n · k).
 */
export function trim(dfa: Dfa): Dfa {
  return restrictDfa(dfa, usefulMask(dfa));
}

/**
 * The NFA restricted to states both reachable and co-reachable (starts that are not useful are dropped, so
 * the empty language gives an NFA without states). Same language. Runs in O(n + |edges|).
 */
export function trimNfa(nfa: Nfa): Nfa {
  const keep = usefulMask(nfa);
  const renumber = renumbering(keep);
  const edges: NfaEdge[][] = [];
  const states: string[] = [];
  for (let q = 0; q < nfa.states.length; q++) {
    if (!keep[q]) continue;
    states.push(nfa.states[q]);
    edges.push(
      (nfa.edges[q] ?? [])
        .filter((edge) => keep[edge.to])
        .map((edge) => ({ symbol: edge.symbol, to: renumber[edge.to] })),
    );
  }
  return {
    alphabet: [...nfa.alphabet],
    states,
    start: nfa.start.filter((q) => keep[q]).map((q) => renumber[q]),
    accepting: new Set([...nfa.accepting].filter((q) => keep[q]).map((q) => renumber[q])),
    edges,
  };
}

/** Reachability from the start(s) as a 0/1 mask (internal). */
export function reachableMask(automaton: Dfa | Nfa): Uint8Array {
  const n = automaton.states.length;
  const seen = new Uint8Array(n);
  const stack: number[] = [];
  const starts = isDfa(automaton) ? [automaton.start] : automaton.start;
  for (const q of starts) {
    if (q >= 0 && q < n && !seen[q]) {
      seen[q] = 1;
      stack.push(q);
    }
  }
  const visit = (r: number): void => {
    if (r !== NO_EDGE && !seen[r]) {
      seen[r] = 1;
      stack.push(r);
    }
  };
  while (stack.length > 0) {
    const q = stack.pop() as number;
    if (isDfa(automaton)) for (const r of automaton.delta[q]) visit(r);
    else for (const edge of automaton.edges[q] ?? []) visit(edge.to);
  }
  return seen;
}

/** Co-reachability of acceptance as a 0/1 mask (internal). Builds reverse adjacency in O(n + transitions). */
export function coReachableMask(automaton: Dfa | Nfa): Uint8Array {
  const n = automaton.states.length;
  const offsets = new Int32Array(n + 1);
  const forEachEdge = (visit: (from: number, to: number) => void): void => {
    for (let q = 0; q < n; q++) {
      if (isDfa(automaton)) {
        for (const r of automaton.delta[q]) if (r !== NO_EDGE) visit(q, r);
      } else {
        for (const edge of automaton.edges[q] ?? []) visit(q, edge.to);
      }
    }
  };
  forEachEdge((_, to) => offsets[to + 1]++);
  for (let i = 1; i <= n; i++) offsets[i] += offsets[i - 1];
  const sources = new Int32Array(offsets[n]);
  const fill = offsets.slice(0, n);
  forEachEdge((from, to) => {
    sources[fill[to]++] = from;
  });
  const seen = new Uint8Array(n);
  const stack: number[] = [];
  for (const q of automaton.accepting) {
    if (q >= 0 && q < n && !seen[q]) {
      seen[q] = 1;
      stack.push(q);
    }
  }
  while (stack.length > 0) {
    const q = stack.pop() as number;
    for (let e = offsets[q]; e < offsets[q + 1]; e++) {
      const p = sources[e];
      if (!seen[p]) {
        seen[p] = 1;
        stack.push(p);
      }
    }
  }
  return seen;
}

function usefulMask(automaton: Dfa | Nfa): Uint8Array {
  const keep = reachableMask(automaton);
  const live = coReachableMask(automaton);
  for (let q = 0; q < keep.length; q++) keep[q] &= live[q];
  if (isDfa(automaton)) keep[automaton.start] = 1;
  return keep;
}

/** The sub-DFA on the states marked in `keep` (which must include the start), order kept (internal). */
export function restrictDfa(dfa: Dfa, keep: Uint8Array): Dfa {
  const renumber = renumbering(keep);
  const states: string[] = [];
  const delta: number[][] = [];
  for (let q = 0; q < dfa.states.length; q++) {
    if (!keep[q]) continue;
    states.push(dfa.states[q]);
    delta.push(dfa.delta[q].map((r) => (r === NO_EDGE || !keep[r] ? NO_EDGE : renumber[r])));
  }
  return {
    alphabet: [...dfa.alphabet],
    states,
    start: renumber[dfa.start],
    accepting: new Set([...dfa.accepting].filter((q) => keep[q]).map((q) => renumber[q])),
    delta,
  };
}

function renumbering(keep: Uint8Array): Int32Array {
  const renumber = new Int32Array(keep.length).fill(-1);
  let next = 0;
  for (let q = 0; q < keep.length; q++) if (keep[q]) renumber[q] = next++;
  return renumber;
}

function maskToSet(mask: Uint8Array): Set<number> {
  const set = new Set<number>();
  for (let q = 0; q < mask.length; q++) if (mask[q]) set.add(q);
  return set;
}
