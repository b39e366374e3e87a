import type { RecallOptions, RecallSummary, SequenceNetwork } from './recall.js';

/** One row of `compareRecall`. */
export interface RecallComparisonRow {
  readonly label: 'auto-association' | 'hetero-association' | 'anti-Hebbian';
  readonly a: number;
  readonly h: number;
  readonly summary: RecallSummary;
}

/** The three rows and the beta, eta they share. */
export interface RecallComparison {
  readonly beta: number;
  readonly eta: number;
  readonly rows: readonly RecallComparisonRow[];
}

/**
 * The anti-Hebbian stabilisation of sequence recall (docs/sequences.md): the same cue and
 * ticks recalled with a = 1, h = 0 (auto-association: stays put), a = 0, h = 1 (plain hetero-association:
 * irregular once eta < 1) and the network's compiled anti-Hebbian (a, h). All rows share beta and eta, so
 * only (a, h) differ. O(3 recalls).
 */
export function compareRecall(
  network: SequenceNetwork,
  options: Omit<RecallOptions, 'auto' | 'hetero' | 'recordCorrelations'> = {},
): RecallComparison {
  const { params } = network.sequence;
  const beta = options.beta ?? params.beta;
  const eta = options.eta ?? params.eta;
  const settings = [
    { label: 'auto-association', a: 1, h: 0 },
    { label: 'hetero-association', a: 0, h: 1 },
    { label: 'anti-Hebbian', a: params.auto, h: params.hetero },
  ] as const;
  const rows = settings.map(({ label, a, h }) => ({
    label,
    a,
    h,
    summary: network.recall({ ...options, beta, eta, auto: a, hetero: h }).summary,
  }));
  return { beta, eta, rows };
}
