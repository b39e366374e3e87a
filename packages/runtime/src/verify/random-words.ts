import type { Dfa } from '@cdam/automata';
import type { Rng } from '@cdam/compiler';

/** Options of `randomWords`. */
export interface RandomWordOptions {
  /** How many words. */
  readonly count: number;
  /** Lengths are uniform in 1..maxLength. */
  readonly maxLength: number;
  /** Fraction of words steered into rarely used transitions (default 0.5); the rest are uniform random walks. */
  readonly steered?: number;
  /** Symbol indices to draw from (default: the whole alphabet). */
  readonly symbols?: readonly number[];
}

/** A symbol run that leads from one state to a chosen transition and takes it. */
interface Detour {
  readonly path: readonly number[];
}

/**
 * Seeded random words over a complete DFA (as symbol indices). Half of them (by default) are uniform
 * random walks. The others are steered: repeatedly, the least used transition (state, symbol) that can
 * still be reached from where the word is is chosen (ties broken at random), a shortest path to its state
 * is walked and the transition taken, then 0..4 random symbols follow; so rarely visited states, and the
 * rarely taken symbols out of common ones, get words too. Use counts accumulate over all words of a call.
 * Same DFA, options and `rng` stream: same words. Cost O(count · maxLength · states · symbols) at worst
 * (one breadth-first search per steering hop).
 */
export function randomWords(dfa: Dfa, rng: Rng, options: RandomWordOptions): number[][] {
  const symbols = options.symbols ?? dfa.alphabet.map((_, s) => s);
  const steeredFraction = options.steered ?? 0.5;
  const k = dfa.alphabet.length;
  const used = new Float64Array(dfa.states.length * k);
  const words: number[][] = [];
  if (symbols.length === 0 || options.maxLength < 1) {
    for (let i = 0; i < options.count; i++) words.push([]);
    return words;
  }
  for (let i = 0; i < options.count; i++) {
    const length = 1 + rng.nextInt(options.maxLength);
    const steered = rng.next() < steeredFraction;
    const word: number[] = [];
    let q = dfa.start;
    const take = (s: number) => {
      used[q * k + s]++;
      q = dfa.delta[q][s];
      word.push(s);
    };
    while (word.length < length) {
      if (!steered) {
        take(symbols[rng.nextInt(symbols.length)]);
        continue;
      }
      for (const s of detourToRarest(dfa, q, symbols, used, rng).path) {
        if (word.length >= length) break;
        take(s);
      }
      for (let stretch = rng.nextInt(5); stretch > 0 && word.length < length; stretch--) {
        take(symbols[rng.nextInt(symbols.length)]);
      }
    }
    words.push(word);
  }
  return words;
}

/**
 * Breadth-first from `from`: the least used transition out of any reachable state (ties chosen uniformly
 * by reservoir sampling), and the symbols of a shortest path to it, the transition's own symbol last.
 * O(states · symbols).
 */
function detourToRarest(dfa: Dfa, from: number, symbols: readonly number[], used: Float64Array, rng: Rng): Detour {
  const k = dfa.alphabet.length;
  const n = dfa.states.length;
  const via = new Int32Array(n).fill(-1);
  const previous = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  const queue = [from];
  seen[from] = 1;
  let best = Infinity;
  let bestState = from;
  let bestSymbol = symbols[0];
  let ties = 0;
  for (let head = 0; head < queue.length; head++) {
    const q = queue[head];
    for (const s of symbols) {
      const count = used[q * k + s];
      if (count < best) {
        best = count;
        bestState = q;
        bestSymbol = s;
        ties = 1;
      } else if (count === best && rng.nextInt(++ties) === 0) {
        bestState = q;
        bestSymbol = s;
      }
      const r = dfa.delta[q][s];
      if (r >= 0 && !seen[r]) {
        seen[r] = 1;
        via[r] = s;
        previous[r] = q;
        queue.push(r);
      }
    }
  }
  const path: number[] = [bestSymbol];
  for (let q = bestState; q !== from; q = previous[q]) path.push(via[q]);
  return { path: path.reverse() };
}
