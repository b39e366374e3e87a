import {
  patternColumn,
  sequencePatternColumn,
  sequencePatternLabels,
  type CompiledNetwork,
  type CompiledSequence,
} from '@cdam/compiler';

/**
 * The dense arrays of one compiled network, as the runtime uses them (docs/model.md): Xi row-major
 * (entry [i, mu] at i · p + mu), xī, and the memory graph H as one successor per pattern. Both artifact
 * kinds have exactly one edge per pattern, from that pattern (grammar/cdam-network.md), so
 * (H w)[successor[mu]] += w[mu], and Xi H is Xi with column mu replaced by column successor[mu].
 */
export interface NetworkMatrices {
  readonly n: number;
  readonly p: number;
  /** n × p, row-major. */
  readonly xi: Float64Array;
  readonly mean: Float64Array;
  readonly successor: Int32Array;
  readonly beta: number;
  readonly a: number;
  readonly h: number;
  readonly eta: number;
}

/** Xi row-major from a column writer. O(n · p). */
function denseXi(n: number, p: number, column: (mu: number, out: Float64Array) => void): Float64Array {
  const xi = new Float64Array(n * p);
  const col = new Float64Array(n);
  for (let mu = 0; mu < p; mu++) {
    column(mu, col);
    for (let i = 0; i < n; i++) xi[i * p + mu] = col[i];
  }
  return xi;
}

/** successor[mu] from edges that must run from each pattern mu, in order; throws on any other graph. O(p). */
function successors(edges: { readonly count: number; readonly from: Int32Array; readonly to: Int32Array }, p: number) {
  if (edges.count !== p) throw new RangeError(`the memory graph has ${edges.count} edges, not one per pattern (${p})`);
  const successor = new Int32Array(p);
  for (let e = 0; e < p; e++) {
    if (edges.from[e] !== e)
      throw new RangeError(`memory graph edge ${e} starts at pattern ${edges.from[e]}, not ${e}`);
    successor[e] = edges.to[e];
  }
  return successor;
}

/** The matrices of a compiled automaton. O(n · p). */
export function automatonMatrices(network: CompiledNetwork): NetworkMatrices {
  const { codes, patterns, params } = network;
  const n = codes.stateLength + codes.inputLength;
  const p = patterns.count;
  return {
    n,
    p,
    xi: denseXi(n, p, (mu, out) => patternColumn(codes, patterns, mu, out)),
    mean: Float64Array.from(network.mean),
    successor: successors(network.edges, p),
    beta: params.beta,
    a: params.auto,
    h: params.hetero,
    eta: params.eta,
  };
}

/** The matrices of a compiled sequence. O(n · p). */
export function sequenceMatrices(sequence: CompiledSequence): NetworkMatrices {
  const { codes, positions, params } = sequence;
  const n = codes.itemLength + codes.contextLength;
  const p = positions.length;
  return {
    n,
    p,
    xi: denseXi(n, p, (mu, out) => sequencePatternColumn(codes, positions, mu, out)),
    mean: Float64Array.from(sequence.mean),
    successor: successors(sequence.edges, p),
    beta: params.beta,
    a: params.auto,
    h: params.hetero,
    eta: params.eta,
  };
}

/** Column `mu` of a row-major n × p matrix. O(n). */
export function columnOf(m: NetworkMatrices, mu: number): Float64Array {
  const out = new Float64Array(m.n);
  for (let i = 0; i < m.n; i++) out[i] = m.xi[i * m.p + mu];
  return out;
}

/** x0 = Xi[:, mu] - xī: the start (automaton) or cue (sequence) vector. O(n). */
export function startVector(m: NetworkMatrices, mu: number): Float64Array {
  const x = columnOf(m, mu);
  for (let i = 0; i < m.n; i++) x[i] -= m.mean[i];
  return x;
}

/** The labels of a sequence's patterns (`A`, `A#2`, `B.0`, ...), as the runtime shows them. */
export function sequenceLabels(sequence: CompiledSequence): string[] {
  return [...sequencePatternLabels(sequence)];
}
