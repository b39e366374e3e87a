import { codeBounds } from './code-design.js';
import { hadamardOrder, type Encoding, type StateCodeKind } from './codes.js';

/** How n neurons are shared between the state part (n_s) and the input part (n_i). */
export interface NeuronSplit {
  readonly stateNeurons: number;
  readonly inputNeurons: number;
}

/** The granularity of the input part: the Hadamard order for bipolar codes (exact orthogonality), 4 for uniform. */
export function inputGranularity(encoding: Encoding, inputCount: number): number {
  return encoding === 'bipolar' ? hadamardOrder(inputCount) : 4;
}

/**
 * The split rule (docs/compiler.md, "Neurons"). The worst gap is the smaller of an input-limited gap
 * (about n_i for orthogonal bipolar codes) and a state-limited gap (about n_s minus the crosstalk of the
 * worst of the Q(Q-1)/2 state pairs, ≈ sqrt(2 n_s ln(pairs)) for random codes). The rule tries every
 * n_i that is a multiple of the input granularity and keeps the one that maximises the smaller of the
 * two predicted gaps (ties: the smaller n_i). For designed state codes the layout's guaranteed bounds
 * (`codeBounds`; κ+ plus the `outputLength` entries a transducer's output part shares at most) replace
 * that estimate when κ+ is the smaller. The prediction only guides the split; the exact capacity
 * check decides. `undefined` when n is too small to hold one granule of input and one state neuron.
 * O(n / granularity) after the layout table is built.
 */
export function splitNeurons(
  n: number,
  stateCount: number,
  inputCount: number,
  encoding: Encoding,
  a: number,
  h: number,
  stateCodes: StateCodeKind = 'random',
  outputLength = 0,
): NeuronSplit | undefined {
  const granule = inputGranularity(encoding, inputCount);
  if (n < granule + 1) return undefined;
  let best: NeuronSplit | undefined;
  let bestGap = -Infinity;
  for (let ni = granule; ni < n; ni += granule) {
    const layout =
      stateCodes === 'designed' && encoding === 'bipolar' && n - ni > outputLength
        ? codeBounds(n - ni - outputLength, stateCount)
        : undefined;
    const designed = layout && { plus: layout.kappaPlus + outputLength, minus: layout.kappaMinus };
    const gap = predictedGap(n - ni, ni, stateCount, inputCount, encoding, a, h, designed);
    if (gap > bestGap) {
      bestGap = gap;
      best = { stateNeurons: n - ni, inputNeurons: ni };
    }
  }
  return best;
}

/** The predicted worst gap of a split (see `splitNeurons`). */
function predictedGap(
  ns: number,
  ni: number,
  stateCount: number,
  inputCount: number,
  encoding: Encoding,
  a: number,
  h: number,
  designed: { readonly plus: number; readonly minus: number } | undefined,
): number {
  const pairs = (stateCount * (stateCount - 1)) / 2;
  const z = Math.sqrt(2 * Math.log(Math.max(pairs, 1)) + 2);
  const inputFactor = Math.max(0, Math.min(1, h, h - a, a + h));
  const absA = Math.abs(a);
  if (encoding === 'bipolar') {
    const randomKappa = z * Math.sqrt(ns);
    // Designed codes bound s_q·s_r to [−κ−, κ+] and make transitions' inner products about −κ−/2
    // (code-design.ts): the jump gap h (n_s − κ+) − |a| (κ− + s_q·s_δ) is then about h (n_s − κ+) − |a| κ−/2.
    const useDesigned = designed !== undefined && designed.plus < randomKappa;
    const kappa = useDesigned ? designed.plus : randomKappa;
    const jump = useDesigned ? h * (ns - kappa) - absA * designed.minus * 0.5 : h * (ns - kappa) - 2 * absA * kappa;
    const stateGap = stateCount > 1 ? Math.min(ns - kappa, jump) : ns;
    return Math.min(stateGap, ni * inputFactor);
  }
  // Uniform [0, 1) entries: self minus cross dot products have mean n/12 and a spread of ~0.3 sqrt(n).
  const kappa = z * 0.3 * Math.sqrt(ns);
  const separation = ns / 12 - kappa;
  const stateGap = stateCount > 1 ? Math.min(separation, h * separation - 2 * absA * kappa) : ns / 12;
  const zi = Math.sqrt(2 * Math.log(Math.max((inputCount * (inputCount - 1)) / 2, 1)) + 2);
  return Math.min(stateGap, (ni / 12 - zi * 0.3 * Math.sqrt(ni)) * inputFactor);
}
