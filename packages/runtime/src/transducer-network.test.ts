import fc from 'fast-check';
import { NO_EDGE, type Dfa } from '@cdam/automata';
import { arbDfa, propertyRuns, wordsUpTo } from '@cdam/automata/testing';
import { compileAutomaton } from '@cdam/compiler';
import type { AutomatonSpec } from '@cdam/language';
import { describe, expect, it } from 'vitest';
import { Network } from './network.js';
import { networkOutputs } from './network-outputs.js';
import { verifyNetwork } from './verify/verify.js';

const OUTPUT_POOL = ['x', 'y', 'z', 'beep'];

interface Machine {
  readonly kind: 'mealy' | 'moore';
  readonly dfa: Dfa;
  readonly outputs: readonly string[];
  /** Mealy: per state and symbol; Moore: per state (row 0 only used). */
  readonly choice: readonly (readonly number[])[];
}

/** A generated Mealy or Moore machine: a partial DFA with outputs on its edges or states. */
const arbMachine: fc.Arbitrary<Machine> = fc
  .tuple(
    fc.constantFrom('mealy' as const, 'moore' as const),
    arbDfa(6),
    fc.integer({ min: 1, max: OUTPUT_POOL.length }),
  )
  .chain(([kind, dfa, count]) =>
    fc.record({
      kind: fc.constant(kind),
      dfa: fc.constant(dfa),
      outputs: fc.constant(OUTPUT_POOL.slice(0, count)),
      choice: fc.array(
        fc.array(fc.integer({ min: 0, max: count - 1 }), {
          minLength: dfa.alphabet.length,
          maxLength: dfa.alphabet.length,
        }),
        { minLength: dfa.states.length, maxLength: dfa.states.length },
      ),
    }),
  );

function specOf(m: Machine): AutomatonSpec {
  const { dfa } = m;
  const transitions = dfa.delta.flatMap((row, q) =>
    row.flatMap((to, s) => {
      if (to === NO_EDGE) return [];
      const base = [dfa.states[q], dfa.alphabet[s], dfa.states[to]] as const;
      return [m.kind === 'mealy' ? ([...base, m.outputs[m.choice[q][s]]] as const) : base];
    }),
  );
  return {
    name: 'Generated',
    kind: m.kind,
    alphabet: dfa.alphabet,
    states: dfa.states,
    start: [dfa.states[dfa.start]],
    accept: dfa.states,
    transitions,
    outputAlphabet: m.outputs,
    ...(m.kind === 'moore'
      ? { outputs: Object.fromEntries(dfa.states.map((name, q) => [name, m.outputs[m.choice[q][0]]])) }
      : {}),
    network: {},
  };
}

/** The output tape by definition: walk the table; after falling off, no output. */
function tapeByDefinition(m: Machine, word: readonly string[]): { outputs: (string | null)[]; states: string[] } {
  let q = m.dfa.start;
  const outputs: (string | null)[] = [];
  const states: string[] = [];
  for (const symbol of word) {
    const s = m.dfa.alphabet.indexOf(symbol);
    const next = q === NO_EDGE ? NO_EDGE : m.dfa.delta[q][s];
    if (next === NO_EDGE) {
      q = NO_EDGE;
      outputs.push(null);
      continue;
    }
    outputs.push(m.outputs[m.kind === 'mealy' ? m.choice[q][s] : m.choice[next][0]]);
    q = next;
    states.push(m.dfa.states[q]);
  }
  return { outputs, states };
}

describe('transducer networks equal their automata', () => {
  it('every output and every state on all words up to length 4, for generated Mealy and Moore machines', () => {
    fc.assert(
      fc.property(arbMachine, (m) => {
        const result = compileAutomaton(specOf(m));
        if (result.kind === 'error') throw new Error(result.error.message);
        const compiled = result.network;
        expect(compiled.report.exact).toBe(true);
        const outputs = compiled.outputs!;
        const network = new Network(compiled);
        const words = wordsUpTo(m.dfa.alphabet, 4);
        const runs = network.runBatch(words);
        words.forEach((word, w) => {
          const expected = tapeByDefinition(m, word);
          expect(runs[w].outputs, word.join(' ')).toEqual(expected.outputs);
          // States the network decodes, as the transducer states they stand for (until it falls off).
          const index = new Map(compiled.dfa.states.map((name, q) => [name, q]));
          const decoded = runs[w].states
            .map((name) => outputs.stateOf[index.get(name)!])
            .filter((q) => q >= 0)
            .map((q) => outputs.states[q]);
          expect(decoded, word.join(' ')).toEqual(expected.states);
        });
        // The single-word API and the Moore start output read from the initial state.
        const probe = words[words.length - 1];
        expect(networkOutputs(network, probe)).toEqual(tapeByDefinition(m, probe).outputs);
        const initial = network.run([]).points[0].output!.output;
        expect(initial).toBe(m.kind === 'moore' ? m.outputs[m.choice[m.dfa.start][0]] : null);
      }),
      propertyRuns(30),
    );
  });
});

describe('verify covers outputs', () => {
  const machine: Machine = {
    kind: 'mealy',
    dfa: {
      alphabet: ['a', 'b'],
      states: ['s', 't'],
      start: 0,
      accepting: new Set(),
      delta: [
        [1, 0],
        [0, NO_EDGE],
      ],
    },
    outputs: ['x', 'y'],
    choice: [
      [0, 1],
      [1, 0],
    ],
  };

  it('a correct transducer network closes with no mismatch', () => {
    const result = compileAutomaton(specOf(machine));
    if (result.kind === 'error') throw new Error(result.error.message);
    const report = verifyNetwork(new Network(result.network), { samples: 50, robustnessWords: 0, noiseLevels: [] });
    if (report.kind === 'error') throw new Error(report.message);
    expect(report.report.closure.closed).toBe(true);
    expect(report.report.mismatches).toEqual([]);
  });

  it('a network whose output codes are swapped fails on the shortest word, with both outputs named', () => {
    const result = compileAutomaton(specOf(machine));
    if (result.kind === 'error') throw new Error(result.error.message);
    const compiled = result.network;
    const outputs = compiled.outputs!;
    const codes = Float64Array.from(outputs.codes);
    codes.set(outputs.codes.subarray(outputs.length, 2 * outputs.length), 0);
    codes.set(outputs.codes.subarray(0, outputs.length), outputs.length);
    const tampered = { ...compiled, outputs: { ...outputs, codes } };
    const report = verifyNetwork(new Network(tampered), { samples: 0, robustnessWords: 0, noiseLevels: [] });
    if (report.kind === 'error') throw new Error(report.message);
    const first = report.report.mismatches[0];
    expect(first).toMatchObject({ word: ['a'], expectedOutput: 'x', gotOutput: 'y', phase: 'exhaustive' });
    expect(report.report.closure.closed).toBe(false);
  });

  it('the random phase names both outputs of a mismatch too', () => {
    const result = compileAutomaton(specOf(machine));
    if (result.kind === 'error') throw new Error(result.error.message);
    const outputs = result.network.outputs!;
    const codes = Float64Array.from(outputs.codes);
    codes.set(outputs.codes.subarray(outputs.length, 2 * outputs.length), 0);
    codes.set(outputs.codes.subarray(0, outputs.length), outputs.length);
    const tampered = { ...result.network, outputs: { ...outputs, codes } };
    const report = verifyNetwork(new Network(tampered), {
      closure: false,
      exhaustive: false,
      random: true,
      samples: 20,
      robustnessWords: 0,
      noiseLevels: [],
    });
    if (report.kind === 'error') throw new Error(report.message);
    const random = report.report.mismatches.filter((m) => m.phase === 'random');
    expect(random.length).toBeGreaterThan(0);
    for (const m of random) {
      expect(m.expectedOutput).toMatch(/^[xy]$/);
      expect(m.gotOutput).toMatch(/^[xy]$/);
      expect(m.gotOutput).not.toBe(m.expectedOutput);
    }
  });
});
