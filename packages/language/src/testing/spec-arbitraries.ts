import fc from 'fast-check';
import type { AutomatonSpec, NetworkParameters, SequenceSpec } from '../spec.js';

/** Awkward names: spaces, quotes, keywords, escapes, markup characters, non-ASCII, emoji. */
export const NAME_POOL: readonly string[] = [
  'q0',
  'q 1',
  '"quoted"',
  "it's",
  'start',
  'epsilon',
  'ε',
  'a\\b',
  'x<y&z>',
  'Zustand_ä',
  '状态',
  '😀',
  '01',
  '1',
  ' lead',
  'tab\there',
];

/** A non-empty name: from `NAME_POOL` or any short unicode text. */
export const arbName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NAME_POOL),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 }),
);

/** One-character (one code point) symbols, the only ones JFLAP round-trips unchanged. */
export const arbCharacterSymbol: fc.Arbitrary<string> = fc.constantFrom(
  'a',
  'b',
  '0',
  '1',
  ' ',
  '"',
  "'",
  '<',
  '&',
  '*',
  'é',
  'ε',
  '😀',
  '\\',
);

/** Valid network parameters (each present or not), in the `.fsa` ranges. */
export const arbNetworkParameters: fc.Arbitrary<NetworkParameters> = fc.record(
  {
    neurons: fc.integer({ min: 2, max: 1_000_000 }),
    seed: fc.integer({ min: 0, max: 4_294_967_295 }),
    beta: fc.double({ min: 0.001, max: 1e6, noNaN: true }),
    auto: fc.double({ min: -100, max: 100, noNaN: true }).map((v) => v + 0), // no -0: JSON has none
    hetero: fc.integer({ min: -100, max: 100 }),
    eta: fc.double({ min: 0.01, max: 1, noNaN: true }),
    iterations: fc.integer({ min: 1, max: 10_000 }),
    encoding: fc.constantFrom('bipolar' as const, 'uniform' as const),
  },
  { requiredKeys: [] },
);

export interface ArbAutomatonSpecOptions {
  readonly kind?: 'dfa' | 'nfa';
  /** Symbol generator; default any non-empty name. */
  readonly symbol?: fc.Arbitrary<string>;
  readonly maxStates?: number;
  /** Whether an nfa may have several start states (default true). */
  readonly multipleStarts?: boolean;
}

/**
 * A valid `AutomatonSpec`: unique names, every referenced state listed, unreachable states
 * allowed; a dfa has one start state, no epsilon and a partial transition function; an nfa has
 * epsilon and nondeterminism. Transitions come in generated (not grouped) order.
 */
export function arbAutomatonSpec(options: ArbAutomatonSpecOptions = {}): fc.Arbitrary<AutomatonSpec> {
  const kind = options.kind === undefined ? fc.constantFrom('dfa' as const, 'nfa' as const) : fc.constant(options.kind);
  return fc
    .record({
      kind,
      name: arbName,
      alphabet: fc.uniqueArray(options.symbol ?? arbName, { minLength: 1, maxLength: 4 }),
      states: fc.uniqueArray(arbName, { minLength: 1, maxLength: options.maxStates ?? 6 }),
      network: arbNetworkParameters,
    })
    .chain(({ kind, name, alphabet, states, network }) => {
      const stateIndex = fc.integer({ min: 0, max: states.length - 1 });
      const anyState = stateIndex.map((i) => states[i]);
      const start =
        kind === 'dfa' || options.multipleStarts === false
          ? anyState.map((s) => [s])
          : fc.uniqueArray(anyState, { minLength: 1, maxLength: states.length });
      const symbolIndex = fc.integer({ min: kind === 'nfa' ? -1 : 0, max: alphabet.length - 1 });
      const triple = fc
        .tuple(anyState, symbolIndex, anyState)
        .map(([from, s, to]) => [from, s < 0 ? '' : alphabet[s], to] as const);
      const transitions =
        kind === 'dfa'
          ? fc.uniqueArray(triple, { maxLength: 12, selector: ([from, symbol]) => JSON.stringify([from, symbol]) })
          : fc.array(triple, { maxLength: 12 });
      return fc.record({
        name: fc.constant(name),
        kind: fc.constant(kind),
        alphabet: fc.constant(alphabet),
        states: fc.constant(states),
        start,
        accept: fc.uniqueArray(anyState, { maxLength: states.length }),
        transitions,
        network: fc.constant(network),
      });
    });
}

/** A valid `SequenceSpec`: 1..8 items (repeats allowed), dwell counts 1..10000, optional loop. */
export const arbSequenceSpec: fc.Arbitrary<SequenceSpec> = fc
  .array(fc.tuple(arbName, fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 10_000 }))), {
    minLength: 1,
    maxLength: 8,
  })
  .chain((items) =>
    fc.record({
      name: arbName,
      items: fc.constant(items.map(([item]) => item)),
      loop: fc.boolean(),
      dwell: fc.constant(items.map(([, dwell]) => dwell)),
      network: arbNetworkParameters,
    }),
  );
