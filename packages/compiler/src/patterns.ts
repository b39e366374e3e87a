import { NO_EDGE, type Dfa } from '@cdam/automata';
import type { CodeBook } from './codes.js';

/** What a memory pattern stands for. */
export type PatternMeaning =
  | { readonly kind: 'state'; readonly state: number }
  | { readonly kind: 'conjunction'; readonly state: number; readonly symbol: number };

/**
 * The p memory patterns (columns of Xi) by index. Pattern mu is `[state code of state[mu] ; input code of
 * input[mu]]`, where input index `symbolCount` is the rest code (a state pattern) and a smaller index is a
 * symbol (a conjunction pattern). Order: for each state q in index order, its state pattern, then its
 * conjunctions (q, s) for every symbol s with a transition, in alphabet order.
 */
export interface PatternTable {
  readonly count: number;
  readonly symbolCount: number;
  readonly state: Int32Array;
  readonly input: Int32Array;
  /** `statePattern[q]`: index of the state pattern of q. */
  readonly statePattern: Int32Array;
  /** `conjunction[q * symbolCount + s]`: index of the pattern (q, s), or -1 when q has no s-transition. */
  readonly conjunction: Int32Array;
}

/** Builds the pattern table of a DFA (partial or complete). O(states · symbols). */
export function buildPatterns(dfa: Dfa): PatternTable {
  const k = dfa.alphabet.length;
  const stateCount = dfa.states.length;
  const state: number[] = [];
  const input: number[] = [];
  const statePattern = new Int32Array(stateCount);
  const conjunction = new Int32Array(stateCount * k).fill(-1);
  for (let q = 0; q < stateCount; q++) {
    statePattern[q] = state.length;
    state.push(q);
    input.push(k);
    for (let s = 0; s < k; s++) {
      if (dfa.delta[q][s] === NO_EDGE) continue;
      conjunction[q * k + s] = state.length;
      state.push(q);
      input.push(s);
    }
  }
  return {
    count: state.length,
    symbolCount: k,
    state: Int32Array.from(state),
    input: Int32Array.from(input),
    statePattern,
    conjunction,
  };
}

/** The meaning of pattern `mu`. O(1). */
export function patternMeaning(patterns: PatternTable, mu: number): PatternMeaning {
  const state = patterns.state[mu];
  const input = patterns.input[mu];
  return input === patterns.symbolCount ? { kind: 'state', state } : { kind: 'conjunction', state, symbol: input };
}

/**
 * Writes column `mu` of Xi (length n = n_s + n_i) into `out`: the state code then the input code.
 * O(n).
 */
export function patternColumn(codes: CodeBook, patterns: PatternTable, mu: number, out: Float64Array): void {
  const ns = codes.stateLength;
  const ni = codes.inputLength;
  const s = patterns.state[mu] * ns;
  const v = patterns.input[mu] * ni;
  for (let i = 0; i < ns; i++) out[i] = codes.state[s + i];
  for (let i = 0; i < ni; i++) out[ns + i] = codes.input[v + i];
}

/**
 * Xi as one column-major `Float64Array` (n × p; column mu at offset mu · n). O(n · p) time and memory,
 * so large networks are better served by a runtime kernel that reads the codes directly.
 */
export function buildXi(codes: CodeBook, patterns: PatternTable): Float64Array {
  const n = codes.stateLength + codes.inputLength;
  const xi = new Float64Array(n * patterns.count);
  for (let mu = 0; mu < patterns.count; mu++) patternColumn(codes, patterns, mu, xi.subarray(mu * n, (mu + 1) * n));
  return xi;
}

/**
 * xī, the mean pattern: entry i is (sum over mu = 0..p-1, in that order, of Xi[i][mu]) / p.
 * For bipolar codes the sums are exact integers, so any summation order gives the same bits.
 * O(n · p).
 */
export function meanPattern(codes: CodeBook, patterns: PatternTable): Float64Array {
  const ns = codes.stateLength;
  const ni = codes.inputLength;
  const mean = new Float64Array(ns + ni);
  for (let mu = 0; mu < patterns.count; mu++) {
    const s = patterns.state[mu] * ns;
    const v = patterns.input[mu] * ni;
    for (let i = 0; i < ns; i++) mean[i] += codes.state[s + i];
    for (let i = 0; i < ni; i++) mean[ns + i] += codes.input[v + i];
  }
  for (let i = 0; i < mean.length; i++) mean[i] /= patterns.count;
  return mean;
}
