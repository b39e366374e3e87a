import { EPSILON, NO_EDGE, type Dfa, type Nfa } from './fa-types.js';
import { isDfa } from './simulate.js';

/**
 * Every word over `alphabet` of length 0..`maxLength`, shortest first and, within a length, in
 * lexicographic order of symbol positions in `alphabet` (not of the symbols' text). Lazy: |alphabet|^L
 * words of length L are produced one at a time, O(L) each.
 */
export function* allWords(alphabet: readonly string[], maxLength: number): Generator<string[]> {
  const k = alphabet.length;
  for (let length = 0; length <= maxLength; length++) {
    if (length > 0 && k === 0) return;
    const digits = new Array<number>(length).fill(0);
    for (;;) {
      yield digits.map((d) => alphabet[d]);
      let i = length - 1;
      while (i >= 0 && digits[i] === k - 1) digits[i--] = 0;
      if (i < 0) break;
      digits[i]++;
    }
  }
}

export interface AcceptedWordsOptions {
  /** Stop after this many words (default: no limit). */
  readonly limit?: number;
}

/**
 * The accepted words of length 0..`maxLength`, in the order of `allWords`. Lazy and output-sensitive: a
 * table of "can accept in exactly j more symbols" (O(maxLength · (n · k + |edges|)) to build) prunes every
 * branch that cannot end in acceptance, so each word costs O(maxLength · k) steps (times the NFA's set size).
 */
export function* acceptedWords(
  automaton: Dfa | Nfa,
  maxLength: number,
  options: AcceptedWordsOptions = {},
): Generator<string[]> {
  const limit = options.limit ?? Infinity;
  if (limit <= 0) return;
  const walker = (
    isDfa(automaton) ? dfaWalker(automaton, maxLength) : nfaWalker(automaton, maxLength)
  ) as Walker<unknown>;
  const k = automaton.alphabet.length;
  let produced = 0;
  const word: number[] = [];
  function* walk<S>(w: Walker<S>, state: S, remaining: number): Generator<string[]> {
    if (remaining === 0) {
      yield word.map((s) => automaton.alphabet[s]);
      return;
    }
    for (let s = 0; s < k; s++) {
      const next = w.next(state, s);
      if (next === undefined || !w.canAcceptIn(next, remaining - 1)) continue;
      word.push(s);
      yield* walk(w, next, remaining - 1);
      word.pop();
    }
  }
  for (let length = 0; length <= maxLength; length++) {
    if (!walker.canAcceptIn(walker.start, length)) continue;
    for (const accepted of walk(walker, walker.start, length)) {
      yield accepted;
      if (++produced >= limit) return;
    }
  }
}

interface Walker<S> {
  readonly start: S;
  next(state: S, symbol: number): S | undefined;
  canAcceptIn(state: S, steps: number): boolean;
}

function dfaWalker(dfa: Dfa, maxLength: number): Walker<number> {
  const n = dfa.states.length;
  const k = dfa.alphabet.length;
  // table[j * n + q]: some word of length exactly j leads from q to acceptance.
  const table = new Uint8Array((maxLength + 1) * n);
  for (const q of dfa.accepting) table[q] = 1;
  for (let j = 1; j <= maxLength; j++) {
    for (let q = 0; q < n; q++) {
      const row = dfa.delta[q];
      for (let s = 0; s < k; s++) {
        if (row[s] !== NO_EDGE && table[(j - 1) * n + row[s]]) {
          table[j * n + q] = 1;
          break;
        }
      }
    }
  }
  return {
    start: dfa.start,
    next: (q, s) => (dfa.delta[q][s] === NO_EDGE ? undefined : dfa.delta[q][s]),
    canAcceptIn: (q, steps) => table[steps * n + q] === 1,
  };
}

function nfaWalker(nfa: Nfa, maxLength: number): Walker<readonly number[]> {
  const n = nfa.states.length;
  const closures: number[][] = [];
  for (let q = 0; q < n; q++) closures.push(closeSet(nfa, [q]));
  // table[j * n + q]: some word of length exactly j leads from the closure of q to acceptance.
  const table = new Uint8Array((maxLength + 1) * n);
  for (let q = 0; q < n; q++) if (closures[q].some((r) => nfa.accepting.has(r))) table[q] = 1;
  for (let j = 1; j <= maxLength; j++) {
    for (let q = 0; q < n; q++) {
      table[j * n + q] = closures[q].some((r) =>
        (nfa.edges[r] ?? []).some((e) => e.symbol !== EPSILON && table[(j - 1) * n + e.to] === 1),
      )
        ? 1
        : 0;
    }
  }
  return {
    start: closeSet(nfa, nfa.start),
    next: (set, s) => {
      const targets: number[] = [];
      for (const q of set) for (const e of nfa.edges[q] ?? []) if (e.symbol === s) targets.push(e.to);
      return targets.length === 0 ? undefined : closeSet(nfa, targets);
    },
    canAcceptIn: (set, steps) => set.some((q) => table[steps * n + q] === 1),
  };
}

function closeSet(nfa: Nfa, seeds: readonly number[]): number[] {
  const seen = new Set<number>(seeds);
  const stack = [...seen];
  while (stack.length > 0) {
    const q = stack.pop() as number;
    for (const e of nfa.edges[q] ?? []) {
      if (e.symbol === EPSILON && !seen.has(e.to)) {
        seen.add(e.to);
        stack.push(e.to);
      }
    }
  }
  return [...seen].sort((a, b) => a - b);
}
