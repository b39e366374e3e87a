import type { Dfa } from '@cdam/automata';
import type { CodeBook } from './codes.js';
import { stateDot, type StateGram } from './crosstalk.js';
import type { PatternTable } from './patterns.js';

/**
 * Worst-case decision gaps of the schedule (docs/compiler.md, "Why it is exact"), in dot-product units
 * (score of the intended winner minus score of the best competitor, before beta), except `decode`, which
 * is in Pearson-correlation units. `null` means the step has no competitor at all.
 */
export interface DecisionGaps {
  /** Iteration 1 after presenting a symbol: (q, s) against every other pattern. */
  readonly present: number | null;
  /** Iteration 2: the successor's state pattern against every other pattern. */
  readonly jump: number | null;
  /** Iterations 3..K and the settled state: the state pattern holds itself. */
  readonly hold: number | null;
  /** Pearson decoding of the settled state: correlation with its own state pattern minus the best other. */
  readonly decode: number | null;
  /** min(present, jump, hold): the gap that beta and the neuron count are chosen from (null: no competitor). */
  readonly worst: number | null;
}

/** What the capacity check measured from the codes. */
export interface CapacityFigures {
  readonly gaps: DecisionGaps;
  /** κ_s: max |s_q · s_r| over state pairs q != r (0 with one state). */
  readonly kappaState: number;
  /** κ_u: max |u · v| over distinct input codes (symbols and rest). */
  readonly kappaInput: number;
  /** Spread (max - min) of the mean-term corrections s_q · xī_s over states. */
  readonly meanTermSpread: number;
  /** Smallest Pearson correlation of a settled state with its own state pattern. */
  readonly idealCorrelation: number;
}

/**
 * Everything of the gap computation that does not need the state-pair Gram: mean-term corrections,
 * input Gram, and the exact s_q · s_q' of every transition. Built once per candidate neuron count.
 */
export interface CapacityContext {
  readonly codes: CodeBook;
  readonly patterns: PatternTable;
  readonly dfa: Dfa;
  readonly a: number;
  readonly h: number;
  /** d[q] = s_q · xī_s. */
  readonly d: Float64Array;
  /** Input Gram, inputCount × inputCount. */
  readonly inputGram: Float64Array;
  /** e[v] = u_v · xī_i. */
  readonly e: Float64Array;
  /** transitionDot[q * k + s] = s_q · s_delta(q,s) (NaN where there is no transition). */
  readonly transitionDot: Float64Array;
  readonly stateSum: Float64Array;
  readonly inputSum: Float64Array;
  readonly meanSum: number;
  readonly meanNormSquared: number;
}

/** Builds the `CapacityContext`. O(p + states · n_s + inputs² · n_i + transitions · n_s). */
export function capacityContext(
  codes: CodeBook,
  patterns: PatternTable,
  dfa: Dfa,
  a: number,
  h: number,
): CapacityContext {
  const ns = codes.stateLength;
  const ni = codes.inputLength;
  const Q = codes.stateCount;
  const V = codes.inputCount;
  const k = V - 1;
  const p = patterns.count;
  // xī from pattern multiplicities: the same vector as meanPattern, up to rounding.
  const stateWeight = new Float64Array(Q);
  const inputWeight = new Float64Array(V);
  for (let mu = 0; mu < p; mu++) {
    stateWeight[patterns.state[mu]]++;
    inputWeight[patterns.input[mu]]++;
  }
  const meanS = new Float64Array(ns);
  const meanI = new Float64Array(ni);
  for (let q = 0; q < Q; q++) {
    const w = stateWeight[q] / p;
    for (let i = 0; i < ns; i++) meanS[i] += w * codes.state[q * ns + i];
  }
  for (let v = 0; v < V; v++) {
    const w = inputWeight[v] / p;
    for (let i = 0; i < ni; i++) meanI[i] += w * codes.input[v * ni + i];
  }
  const d = new Float64Array(Q);
  const stateSum = new Float64Array(Q);
  for (let q = 0; q < Q; q++) {
    let dot = 0;
    let sum = 0;
    for (let i = 0; i < ns; i++) {
      dot += codes.state[q * ns + i] * meanS[i];
      sum += codes.state[q * ns + i];
    }
    d[q] = dot;
    stateSum[q] = sum;
  }
  const inputGram = new Float64Array(V * V);
  const e = new Float64Array(V);
  const inputSum = new Float64Array(V);
  for (let v = 0; v < V; v++) {
    let dot = 0;
    let sum = 0;
    for (let i = 0; i < ni; i++) {
      dot += codes.input[v * ni + i] * meanI[i];
      sum += codes.input[v * ni + i];
    }
    e[v] = dot;
    inputSum[v] = sum;
    for (let w = 0; w <= v; w++) {
      let g = 0;
      for (let i = 0; i < ni; i++) g += codes.input[v * ni + i] * codes.input[w * ni + i];
      inputGram[v * V + w] = g;
      inputGram[w * V + v] = g;
    }
  }
  const transitionDot = new Float64Array(Q * k).fill(NaN);
  for (let q = 0; q < Q; q++) {
    for (let s = 0; s < k; s++) {
      const target = dfa.delta[q][s];
      if (target >= 0) transitionDot[q * k + s] = stateDot(codes, q, target);
    }
  }
  let meanSum = 0;
  let meanNormSquared = 0;
  for (let i = 0; i < ns; i++) {
    meanSum += meanS[i];
    meanNormSquared += meanS[i] * meanS[i];
  }
  for (let i = 0; i < ni; i++) {
    meanSum += meanI[i];
    meanNormSquared += meanI[i] * meanI[i];
  }
  return { codes, patterns, dfa, a, h, d, inputGram, e, transitionDot, stateSum, inputSum, meanSum, meanNormSquared };
}

/** coef · G over the other states, maximised: uses maxCross for coef > 0 and minCross for coef < 0. */
function scaledMax(coef: number, maxCross: number, minCross: number): number {
  if (coef === 0) return 0;
  return coef > 0 ? coef * maxCross : coef * minCross;
}

/** The three smallest entries of d with their indices, to exclude up to two states from a minimum. */
function smallestThree(d: Float64Array): { value: number[]; index: number[] } {
  const value = [Infinity, Infinity, Infinity];
  const index = [-1, -1, -1];
  for (let q = 0; q < d.length; q++) {
    const x = d[q];
    if (x < value[2]) {
      let slot = 2;
      while (slot > 0 && x < value[slot - 1]) {
        value[slot] = value[slot - 1];
        index[slot] = index[slot - 1];
        slot--;
      }
      value[slot] = x;
      index[slot] = q;
    }
  }
  return { value, index };
}

function minExcluding(smallest: { value: number[]; index: number[] }, a: number, b: number): number {
  for (let i = 0; i < 3; i++) if (smallest.index[i] !== a && smallest.index[i] !== b) return smallest.value[i];
  return Infinity;
}

const minOf = (values: readonly (number | null)[]): number | null => {
  let best: number | null = null;
  for (const v of values) if (v !== null && (best === null || v < best)) best = v;
  return best;
};

/**
 * The decision gaps for a (possibly partial) state Gram. Each gap is a lower bound of the true worst
 * case over all runs; with a partial Gram it is an upper bound of the value the full Gram would give,
 * so a candidate that fails on a partial Gram fails for good. O(transitions · inputs + states).
 */
export function decisionGaps(context: CapacityContext, gram: StateGram): CapacityFigures {
  const { codes, dfa, a, h, d, inputGram: I, e, transitionDot } = context;
  const Q = codes.stateCount;
  const V = codes.inputCount;
  const k = V - 1;
  const rest = k;
  const hold = a + h;
  const smallest = smallestThree(d);

  // Iteration 1 after presenting s, for state scales 1 (start) and a + h (settled).
  const lambdas = hold === 1 ? [1] : [1, hold];
  const inputSep = new Float64Array(V).fill(Infinity); // min over v != s of I[s][s] - I[v][s]
  for (let s = 0; s < k; s++) {
    for (let v = 0; v < V; v++) if (v !== s) inputSep[s] = Math.min(inputSep[s], I[s * V + s] - I[v * V + s]);
  }
  // Iteration 2 input part a u_s + h r - xī_i: the rest code's score minus the best symbol code's score.
  const jumpInputSep = new Float64Array(k);
  for (let s = 0; s < k; s++) {
    const inScore = (v: number) => a * I[v * V + s] + h * I[v * V + rest] - e[v];
    let sep = Infinity;
    for (let v = 0; v < k; v++) sep = Math.min(sep, inScore(rest) - inScore(v));
    jumpInputSep[s] = sep;
  }
  let present: number | null = null;
  let jump: number | null = null;
  for (let q = 0; q < Q; q++) {
    const others = Q > 1;
    for (let s = 0; s < k; s++) {
      const target = dfa.delta[q][s];
      if (target < 0) continue;
      let g = inputSep[s];
      if (others) {
        for (const lambda of lambdas) {
          const stateTerm =
            lambda * gram.self[q] -
            scaledMax(lambda, gram.maxCross[q], gram.minCross[q]) -
            d[q] +
            minExcluding(smallest, q, q);
          g = Math.min(g, stateTerm + Math.min(0, inputSep[s]));
        }
      }
      present = present === null ? g : Math.min(present, g);

      // Iteration 2: x = [a s_q + h s_t - xī_s ; a u_s + h r - xī_i], the intended winner is ξ_t.
      const inDiffMin = jumpInputSep[s];
      const inDiffMin0 = Math.min(0, inDiffMin);
      const cross = transitionDot[q * k + s];
      const targetScore = a * cross + h * gram.self[target] - d[target];
      let gj = inDiffMin; // same state, any symbol
      if (target !== q) {
        const sourceScore = a * gram.self[q] + h * cross - d[q];
        gj = Math.min(gj, targetScore - sourceScore + inDiffMin0);
      }
      const excluded = target === q ? 1 : 2;
      if (Q > excluded) {
        const bound =
          target === q
            ? scaledMax(a + h, gram.maxCross[q], gram.minCross[q])
            : scaledMax(a, gram.maxCross[q], gram.minCross[q]) +
              scaledMax(h, gram.maxCross[target], gram.minCross[target]);
        gj = Math.min(gj, targetScore - bound + minExcluding(smallest, q, target) + inDiffMin0);
      }
      jump = jump === null ? gj : Math.min(jump, gj);
    }
  }

  // Holding ξ_t: x = [λ s_t - xī_s ; λ r - xī_i] with λ = a + h.
  const holdIn = (v: number) => hold * I[v * V + rest] - e[v];
  let holdDiffMin = Infinity;
  for (let v = 0; v < k; v++) holdDiffMin = Math.min(holdDiffMin, holdIn(rest) - holdIn(v));
  let holdGap: number | null = k > 0 ? holdDiffMin : null;
  if (Q > 1) {
    for (let t = 0; t < Q; t++) {
      const g =
        hold * gram.self[t] -
        scaledMax(hold, gram.maxCross[t], gram.minCross[t]) -
        d[t] +
        minExcluding(smallest, t, t) +
        Math.min(0, holdDiffMin);
      holdGap = holdGap === null ? g : Math.min(holdGap, g);
    }
  }

  const decoding = decodeGap(context, gram);
  const worst = minOf([present, jump, holdGap]);
  let kappaState = 0;
  for (let q = 0; q < Q; q++) {
    if (Number.isFinite(gram.maxCross[q])) kappaState = Math.max(kappaState, Math.abs(gram.maxCross[q]));
    if (Number.isFinite(gram.minCross[q])) kappaState = Math.max(kappaState, Math.abs(gram.minCross[q]));
  }
  let kappaInput = 0;
  for (let v = 0; v < V; v++) for (let w = 0; w < v; w++) kappaInput = Math.max(kappaInput, Math.abs(I[v * V + w]));
  let dMax = -Infinity;
  for (let q = 0; q < Q; q++) dMax = Math.max(dMax, d[q]);
  return {
    gaps: { present, jump, hold: holdGap, decode: decoding.gap, worst },
    kappaState,
    kappaInput,
    meanTermSpread: Q > 0 ? dMax - smallest.value[0] : 0,
    idealCorrelation: decoding.idealCorrelation,
  };
}

/**
 * Pearson decoding of a settled state x = λ ξ_t - xī (λ = 1 at the start, a + h after settling) against
 * all state patterns: the exact correlation with ξ_t minus an upper bound of the correlation with any
 * other state pattern.
 */
function decodeGap(context: CapacityContext, gram: StateGram): { gap: number | null; idealCorrelation: number } {
  const { codes, a, h, d, inputGram: I, e, stateSum, inputSum, meanSum, meanNormSquared } = context;
  const Q = codes.stateCount;
  const V = codes.inputCount;
  const rest = V - 1;
  const n = codes.stateLength + codes.inputLength;
  const restSelf = I[rest * V + rest];
  let minNu = Infinity;
  let maxNu = 0;
  let maxAbsMean = 0;
  let dMin = Infinity;
  const nu = new Float64Array(Q);
  for (let m = 0; m < Q; m++) {
    const mean = (stateSum[m] + inputSum[rest]) / n;
    nu[m] = Math.sqrt(Math.max(0, gram.self[m] + restSelf - n * mean * mean));
    minNu = Math.min(minNu, nu[m]);
    maxNu = Math.max(maxNu, nu[m]);
    maxAbsMean = Math.max(maxAbsMean, Math.abs(mean));
    dMin = Math.min(dMin, d[m]);
  }
  let gap: number | null = null;
  let idealCorrelation = Infinity;
  for (const lambda of a + h === 1 ? [1] : [1, a + h]) {
    for (let t = 0; t < Q; t++) {
      const selfMean = (stateSum[t] + inputSum[rest]) / n;
      const xMean = (lambda * (stateSum[t] + inputSum[rest]) - meanSum) / n;
      const xNormSquared =
        lambda * lambda * (gram.self[t] + restSelf) - 2 * lambda * (d[t] + e[rest]) + meanNormSquared;
      const xCentred = Math.sqrt(Math.max(0, xNormSquared - n * xMean * xMean));
      const own = lambda * (gram.self[t] + restSelf) - d[t] - e[rest] - n * xMean * selfMean;
      const ownCorrelation = xCentred > 0 && nu[t] > 0 ? own / (xCentred * nu[t]) : 0;
      idealCorrelation = Math.min(idealCorrelation, ownCorrelation);
      if (Q < 2) continue;
      const numerator =
        scaledMax(lambda, gram.maxCross[t], gram.minCross[t]) +
        lambda * restSelf -
        e[rest] -
        dMin +
        n * Math.abs(xMean) * maxAbsMean;
      const bound = xCentred > 0 ? numerator / (xCentred * (numerator > 0 ? minNu : maxNu)) : Infinity;
      const g = ownCorrelation - bound;
      gap = gap === null ? g : Math.min(gap, g);
    }
  }
  return { gap, idealCorrelation: Number.isFinite(idealCorrelation) ? idealCorrelation : 0 };
}
