import { NO_EDGE, type Dfa } from './fa-types.js';
import { trim } from './trim.js';

/**
 * `counts[L]` = number of accepted words of length exactly L, for L = 0..`maxLength`, as exact `bigint`s
 * (counts grow like k^L, past `Number.MAX_SAFE_INTEGER` quickly). Counts words, not paths: needs a DFA.
 * Runs in O(maxLength · n · k) bigint additions.
 */
export function countAcceptedByLength(dfa: Dfa, maxLength: number): bigint[] {
  const n = dfa.states.length;
  const k = dfa.alphabet.length;
  let ways = new Array<bigint>(n).fill(0n);
  ways[dfa.start] = 1n;
  const counts: bigint[] = [];
  for (let length = 0; length <= maxLength; length++) {
    let total = 0n;
    for (const q of dfa.accepting) total += ways[q];
    counts.push(total);
    if (length === maxLength) break;
    const next = new Array<bigint>(n).fill(0n);
    for (let q = 0; q < n; q++) {
      if (ways[q] === 0n) continue;
      const row = dfa.delta[q];
      for (let s = 0; s < k; s++) if (row[s] !== NO_EDGE) next[row[s]] += ways[q];
    }
    ways = next;
  }
  return counts;
}

/** The size of a DFA's language: finite with its exact word count and longest word length, or infinite. */
export type LanguageSize =
  | { readonly kind: 'finite'; readonly count: bigint; readonly longestWordLength: number }
  | { readonly kind: 'infinite' };

/**
 * Whether the language is finite and, if so, how many words it has. Infinite exactly when a cycle runs
 * through useful (reachable and co-reachable) states. The empty language is finite with count 0 and
 * `longestWordLength` -1. Runs in O(n · k) plus bigint additions.
 */
export function languageSize(dfa: Dfa): LanguageSize {
  const useful = trim(dfa);
  const n = useful.states.length;
  const k = useful.alphabet.length;
  if (useful.accepting.size === 0) return { kind: 'finite', count: 0n, longestWordLength: -1 };
  // Iterative DFS from the start: a back edge means a useful cycle; otherwise post-order is reverse topological.
  const colour = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const postOrder: number[] = [];
  const stack: number[] = [useful.start];
  const nextSymbol = new Int32Array(n);
  colour[useful.start] = 1;
  while (stack.length > 0) {
    const q = stack[stack.length - 1];
    if (nextSymbol[q] === k) {
      colour[q] = 2;
      postOrder.push(q);
      stack.pop();
      continue;
    }
    const r = useful.delta[q][nextSymbol[q]++];
    if (r === NO_EDGE) continue;
    if (colour[r] === 1) return { kind: 'infinite' };
    if (colour[r] === 0) {
      colour[r] = 1;
      stack.push(r);
    }
  }
  // Words from q to acceptance, and the longest, computed in reverse topological order.
  const words = new Array<bigint>(n).fill(0n);
  const longest = new Int32Array(n).fill(-1);
  for (const q of postOrder) {
    if (useful.accepting.has(q)) {
      words[q] = 1n;
      longest[q] = 0;
    }
    for (const r of useful.delta[q]) {
      if (r === NO_EDGE) continue;
      words[q] += words[r];
      if (longest[r] >= 0) longest[q] = Math.max(longest[q], longest[r] + 1);
    }
  }
  return { kind: 'finite', count: words[useful.start], longestWordLength: longest[useful.start] };
}
