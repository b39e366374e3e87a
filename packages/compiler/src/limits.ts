import type { Encoding } from './codes.js';

/**
 * The largest number of code entries a compiled network with uniform codes may hold: Q · n_s + (k + 1) · n_i
 * for an automaton, items · n_item + p · n_context for a sequence. 2^24 doubles are 128 MiB in memory and at
 * most ~180 MB of base64 in a uniform artifact (V8 strings stop at 2^29 characters). A 10 000-state
 * automaton fits up to about n = 1600; the compiler picks n = 112 for it.
 */
export const MAX_CODE_ENTRIES = 2 ** 24;

/**
 * The same limit for the bipolar codes of a sequence, which an artifact stores as bits: 2^27 entries are
 * 1 GiB of doubles in memory but 16 MiB (22 MB of base64) in an artifact. A 171 000-item loop fits at
 * n = 784. (Automata keep `MAX_CODE_ENTRIES`: their other limits bind first.)
 */
export const MAX_BIPOLAR_CODE_ENTRIES = 2 ** 27;

/** `MAX_CODE_ENTRIES` or `MAX_BIPOLAR_CODE_ENTRIES`, by encoding. O(1). */
export function maxCodeEntries(encoding: Encoding): number {
  return encoding === 'bipolar' ? MAX_BIPOLAR_CODE_ENTRIES : MAX_CODE_ENTRIES;
}

/**
 * The largest pattern matrix Xi, n · p entries. Computing xī and the dense or bit-packed runtime kernels
 * cost n · p (2^28 doubles are 2 GiB, as int8 256 MiB). The benchmark's dense network has n · p = 2^24
 * (n = 1024, p = 16 384); a 10 000-state, 4-symbol automaton at n = 1024 has 2^25.6.
 */
export const MAX_XI_ENTRIES = 2 ** 28;

/**
 * The largest exact crosstalk scan (`stateGram`), in units of Q (Q − 1) / 2 state pairs times the work per
 * pair: the number of 32-bit words compared for bipolar codes (4 · ceil(n_s / 128)), n_s multiply-adds for
 * uniform codes. 2^30 units take about 10 s (bipolar) on the 2-core machine of docs/compiler.md; 10 000
 * states need 2^27.6 at n = 112 (the compiler's choice) and 2^29.9 at n = 1024.
 */
export const MAX_GRAM_WORK = 2 ** 30;

/**
 * The largest exact gap check of a sequence with uniform codes (`floatSequenceGaps`), in multiply-adds
 * p² · n_context. 2^33 take about 10 s; 49 patterns at n = 2000 need 2^21.2.
 */
export const MAX_SEQUENCE_GAP_WORK = 2 ** 33;

/**
 * The largest exact gap check of a sequence with bipolar codes (`packedSequenceGaps`), in 32-bit words
 * compared: p (p − 1) / 2 pattern pairs times the words of a pattern (ceil(n_item / 32) + ceil(n_context
 * / 32)). One core compares about 2^28 words a second on the 2-core machine of docs/compiler.md, so 2^37
 * take about 9 minutes on one core, half that on two; 20 000 patterns at n = 784 need 2^32.3, 100 000
 * patterns 2^36.9.
 */
export const MAX_PACKED_SEQUENCE_GAP_WORK = 2 ** 37;

/**
 * The most patterns a sequence with uniform codes may have (one per tick of every step's dwell): even at the
 * smallest neuron count, 2^15 patterns reach `MAX_SEQUENCE_GAP_WORK`.
 */
export const MAX_SEQUENCE_PATTERNS = 2 ** 15;

/**
 * The most patterns a sequence with bipolar codes may have: 2^18 (262 144). At n = 784, items of dwell 1
 * reach `MAX_PACKED_SEQUENCE_GAP_WORK` at about 104 000 and `MAX_BIPOLAR_CODE_ENTRIES` at 171 000; smaller
 * n go further.
 */
export const MAX_BIPOLAR_SEQUENCE_PATTERNS = 2 ** 18;

/** `MAX_SEQUENCE_PATTERNS` or `MAX_BIPOLAR_SEQUENCE_PATTERNS`, by encoding. O(1). */
export function maxSequencePatterns(encoding: Encoding): number {
  return encoding === 'bipolar' ? MAX_BIPOLAR_SEQUENCE_PATTERNS : MAX_SEQUENCE_PATTERNS;
}

/**
 * The work of the exact gap check of p patterns split into n_item and n_context neurons, in the units of
 * `MAX_PACKED_SEQUENCE_GAP_WORK` (bipolar) or `MAX_SEQUENCE_GAP_WORK` (uniform), with that limit. O(1).
 */
export function sequenceGapWork(
  patterns: number,
  itemNeurons: number,
  contextNeurons: number,
  encoding: Encoding,
): { readonly work: number; readonly limit: number; readonly unit: string } {
  if (encoding === 'bipolar') {
    const words = Math.ceil(itemNeurons / 32) + Math.ceil(contextNeurons / 32);
    return {
      work: ((patterns * (patterns - 1)) / 2) * words,
      limit: MAX_PACKED_SEQUENCE_GAP_WORK,
      unit: '32-bit words compared (p (p − 1) / 2 pairs · n / 32)',
    };
  }
  return {
    work: patterns * patterns * contextNeurons,
    limit: MAX_SEQUENCE_GAP_WORK,
    unit: 'multiply-adds (p² · n / 2)',
  };
}

/** Entries of the automaton's codes at this split: Q · n_s + (k + 1) · n_i. O(1). */
export function automatonCodeEntries(
  stateCount: number,
  stateNeurons: number,
  inputCount: number,
  inputNeurons: number,
): number {
  return stateCount * stateNeurons + inputCount * inputNeurons;
}

/** The work of the exact crosstalk scan of Q states with n_s-neuron codes (see `MAX_GRAM_WORK`). O(1). */
export function gramWork(stateCount: number, stateNeurons: number, encoding: Encoding): number {
  const pairs = (stateCount * (stateCount - 1)) / 2;
  return pairs * (encoding === 'bipolar' ? 4 * Math.max(1, Math.ceil(stateNeurons / 128)) : stateNeurons);
}

/** A power of two as `2^k` when it is one, else the plain number; for messages. */
export function formatLimit(limit: number): string {
  const log = Math.log2(limit);
  return Number.isInteger(log) ? `${limit} (2^${log})` : String(limit);
}
