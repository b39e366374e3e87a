import { complete, DEFAULT_MAX_DFA_STATES, mooreForm, toDfa, transducerOf, type Dfa } from '@cdam/automata';
import type { CompiledNetwork } from '@cdam/compiler';
import type { AutomatonSpec } from '@cdam/language';
import type { Decoded } from '../decode.js';
import { readOutput } from '../outputs.js';
import type { Mismatch, StateCorrelation, VerifyPhase } from './report.js';

/**
 * The DFA a network compiled from `spec` must implement, derived from the source without the compiler:
 * `toDfa` (determinised when needed) then `complete` (one dead state for missing transitions); for a
 * transducer, its `mooreForm` completed.
 * Undefined when determinising needs more than `maxStates` states. O(size of the DFA).
 */
export function expectedDfa(spec: AutomatonSpec, maxStates = DEFAULT_MAX_DFA_STATES): Dfa | undefined {
  // A transducer's network implements the DFA whose states carry their outputs (`mooreForm`).
  const transducer = transducerOf(spec);
  if (transducer) return complete(mooreForm(transducer).dfa);
  const result = toDfa(spec, { maxStates });
  return result.kind === 'ok' ? complete(result.dfa) : undefined;
}

/**
 * For a transducer spec, the output each state of `expected` shows (by state name, from the spec's
 * `mooreForm`; null for the dead state and a Mealy start); undefined for an acceptor. O(states).
 */
export function expectedOutputs(spec: AutomatonSpec, expected: Dfa): (string | null)[] | undefined {
  const transducer = transducerOf(spec);
  if (!transducer) return undefined;
  const form = mooreForm(transducer);
  const byName = new Map(form.dfa.states.map((name, q) => [name, form.stateOutput[q]]));
  return expected.states.map((name) => {
    const output = byName.get(name);
    return output === undefined || output < 0 ? null : transducer.outputs[output];
  });
}

/** Whether two DFAs are the same table: alphabet, state names, start, accepting states and transitions. O(n · k). */
export function sameDfa(left: Dfa, right: Dfa): boolean {
  const sameList = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((v, i) => v === b[i]);
  if (!sameList(left.alphabet, right.alphabet) || !sameList(left.states, right.states)) return false;
  if (left.start !== right.start || left.accepting.size !== right.accepting.size) return false;
  for (const q of left.accepting) if (!right.accepting.has(q)) return false;
  return left.delta.every((row, q) => row.every((to, s) => to === right.delta[q][s]));
}

/**
 * Compares the network's decoded states with the expected DFA's states, by name. The expected DFA is the
 * reference for states, symbols and verdicts; the network's verdict is its runtime's: a decoded state
 * that is not quiescent and accepting in the network's own DFA.
 */
export class StepComparison {
  readonly expected: Dfa;
  readonly network: CompiledNetwork;
  /** Network state index for each expected state (-1 when the network has no state of that name). */
  private readonly stateInNetwork: Int32Array;
  /** Network symbol index for each expected symbol (-1 when the network does not know it). */
  readonly symbolInNetwork: Int32Array;

  /** Transducers: the output each expected state shows (null: none), from the source; undefined for acceptors. */
  readonly expectedOutputs: readonly (string | null)[] | undefined;

  /** `outputs` defaults to the ones `expectedOutputs` derives from the network's source spec. */
  constructor(expected: Dfa, network: CompiledNetwork, outputs?: readonly (string | null)[]) {
    this.expected = expected;
    this.network = network;
    this.expectedOutputs = network.outputs ? (outputs ?? expectedOutputs(network.source.spec, expected)) : undefined;
    const states = new Map(network.dfa.states.map((name, q) => [name, q]));
    const symbols = new Map(network.dfa.alphabet.map((name, s) => [name, s]));
    this.stateInNetwork = Int32Array.from(expected.states, (name) => states.get(name) ?? -1);
    this.symbolInNetwork = Int32Array.from(expected.alphabet, (name) => symbols.get(name) ?? -1);
  }

  /**
   * Whether the decoded step agrees with expected state `q`: same state, not quiescent, same verdict; for a
   * transducer, when the state vector `x` (at `offset`) is given, also the output read from it. O(1), plus
   * O(outputs · n_o) for the output.
   */
  agrees(decoded: Decoded, q: number, x?: Float64Array, offset = 0): boolean {
    return (
      !decoded.quiescent &&
      decoded.state === this.stateInNetwork[q] &&
      this.network.dfa.accepting.has(decoded.state) === this.expected.accepting.has(q) &&
      (x === undefined || this.outputAgrees(q, x, offset))
    );
  }

  /** Whether the output read from `x` is expected state `q`'s (always true for an acceptor). */
  outputAgrees(q: number, x: Float64Array, offset = 0): boolean {
    if (this.expectedOutputs === undefined) return true;
    return readOutput(this.network, x, offset)?.output === this.expectedOutputs[q];
  }

  /** The report entry for a disagreement after `word` (symbol indices of the expected DFA). O(states log states). */
  mismatch(
    word: ArrayLike<number>,
    decoded: Decoded,
    q: number,
    phase: VerifyPhase,
    x?: Float64Array,
    offset = 0,
  ): Mismatch {
    const names = Array.from(word, (s) => this.expected.alphabet[s]);
    const gotAccepts = !decoded.quiescent && this.network.dfa.accepting.has(decoded.state);
    return {
      word: names,
      atInput: names.length - 1,
      expected: this.expected.states[q],
      got: decoded.quiescent ? null : decoded.name,
      expectedVerdict: this.expected.accepting.has(q) ? 'accept' : 'reject',
      gotVerdict: gotAccepts ? 'accept' : 'reject',
      correlations: topCorrelations(decoded.correlations, this.network.dfa.states, 4),
      phase,
      ...(this.expectedOutputs !== undefined && x !== undefined
        ? {
            expectedOutput: this.expectedOutputs[q],
            gotOutput: readOutput(this.network, x, offset)?.output ?? null,
          }
        : {}),
    };
  }
}

/** The `count` states with the largest correlations, best first. */
export function topCorrelations(
  correlations: Float64Array,
  names: readonly string[],
  count: number,
): StateCorrelation[] {
  return Array.from(correlations, (correlation, q) => ({ state: names[q], correlation }))
    .sort((a, b) => b.correlation - a.correlation)
    .slice(0, count);
}

/**
 * Keeps the shortest mismatches (by length, then by the order they were added; one per word) and counts
 * failing words. The list is cut back to `keep` whenever it grows past 10 · `keep`.
 */
export class MismatchLog {
  private readonly keep: number;
  private entries: Mismatch[] = [];
  private words = new Set<string>();
  failingWords = 0;

  constructor(keep = 10) {
    this.keep = keep;
  }

  /** Adds a mismatch unless the same word is already logged. */
  add(mismatch: Mismatch): void {
    const key = JSON.stringify(mismatch.word);
    if (this.words.has(key)) return;
    this.words.add(key);
    this.entries.push(mismatch);
    if (this.entries.length > 10 * this.keep) {
      this.entries = this.sorted();
      this.words = new Set(this.entries.map((m) => JSON.stringify(m.word)));
    }
  }

  /** The kept mismatches, shortest first. */
  sorted(): Mismatch[] {
    return this.entries
      .map((m, i) => ({ m, i }))
      .sort((a, b) => a.m.word.length - b.m.word.length || a.i - b.i)
      .slice(0, this.keep)
      .map(({ m }) => m);
  }
}
