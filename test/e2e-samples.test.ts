import { readdirSync, readFileSync } from 'node:fs';
import { allWords, automatonOutputs, simulateDfa, type Dfa } from '@cdam/automata';
import { compileAutomaton, FileAutomata, type CompiledNetwork, type CompileOptions } from '@cdam/compiler';
import { checkSource, isAutomatonLike, type AutomatonSpec } from '@cdam/language';
import { expectedDfa, exploreStateClosure, Network, StepComparison, verifyNetwork } from '@cdam/runtime';
import { describe, expect, it } from 'vitest';
import { testCommand } from '../packages/cli/src/commands/test.js';
import { memoryIo } from '../packages/cli/src/testing/index.js';

/**
 * fsa -> network -> run agrees with the automaton, for every sample: the state-closure search covers
 * every word of every length, and a direct batch run of every short word cross-checks it.
 */
const samplesDir = new URL('../samples/', import.meta.url);

const sampleAutomata: { file: string; spec: AutomatonSpec }[] = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.fsa'))
  .sort()
  .flatMap((file) => {
    const { file: ast } = checkSource(readFileSync(new URL(file, samplesDir), 'utf8'));
    const automata = new FileAutomata(ast);
    return ast.declarations.flatMap((d) => {
      if (!isAutomatonLike(d)) return [];
      const built = automata.spec(d);
      if (!built.ok) throw new Error(`${file}: ${built.message}`);
      return [{ file, spec: built.spec }];
    });
  });

function compile(spec: AutomatonSpec, options: CompileOptions = {}): CompiledNetwork {
  const result = compileAutomaton(spec, options);
  if (result.kind === 'error') throw new Error(`${spec.name}: ${result.error.message}`);
  return result.network;
}

/** The DFA the network must implement, derived from the source independently of the compiler. */
function reference(spec: AutomatonSpec): Dfa {
  const dfa = expectedDfa(spec);
  if (dfa === undefined) throw new Error(`${spec.name}: cannot determinise`);
  return dfa;
}

/** The largest length L <= 8 such that all words up to L number at most `budget`. */
function bruteForceDepth(symbols: number, budget: number): number {
  let total = 0;
  for (let length = 0; length <= 8; length++) {
    total += symbols ** length;
    if (total > budget) return length - 1;
  }
  return 8;
}

/** The first word (shortest, then in alphabet order) whose run decodes a state the automaton is not in. */
function firstDisagreement(network: Network, dfa: Dfa, depth: number): readonly string[] | undefined {
  const words = [...allWords(dfa.alphabet, depth)];
  const runs = network.runBatch(words);
  for (let w = 0; w < words.length; w++) {
    const trace = simulateDfa(dfa, words[w]).trace.map((q) => dfa.states[q]);
    const got = runs[w].states;
    const at = trace.slice(1).findIndex((state, i) => got[i] !== state);
    if (at >= 0 || runs[w].accepted !== simulateDfa(dfa, words[w]).accepted) {
      return at >= 0 ? words[w].slice(0, at + 1) : words[w];
    }
  }
  return undefined;
}

describe('every sample compiles to a network that is its automaton', () => {
  it('finds at least the eight required sample automata', () => {
    expect(sampleAutomata.length).toBeGreaterThanOrEqual(8);
  });

  for (const { file, spec } of sampleAutomata) {
    it(`${file} (${spec.name}): the state graph closes with no mismatch, so every word of every length agrees`, () => {
      const network = new Network(compile(spec));
      const dfa = reference(spec);
      const report = verifyNetwork(network, {
        depth: 0,
        samples: 0,
        robustnessWords: 0,
        noiseLevels: [],
        expected: dfa,
      });
      if (report.kind === 'error') throw new Error(report.message);
      const { closure, coverage, margins, mismatches, proved } = report.report;
      expect(mismatches).toEqual([]);
      expect(closure.closed).toBe(true);
      expect(proved).toBe(true);
      // A closed search stepped every reached (network state, automaton state) pair with every symbol,
      expect(closure.transitionsChecked).toBe(closure.networkStates * dfa.alphabet.length);
      // decoding after each step (and the start state once),
      expect(margins.count).toBe(closure.transitionsChecked + 1);
      // and so reached every reachable state of the automaton and took each of its transitions.
      expect(closure.networkStates).toBeGreaterThanOrEqual(coverage.reachableStates);
      expect(coverage.statesVisited).toBe(coverage.reachableStates);
      expect(coverage.transitionsExercised).toBe(coverage.reachableTransitions);
    });

    it(`${file} (${spec.name}): a direct batch run of every short word agrees state by state`, () => {
      const network = new Network(compile(spec));
      const dfa = reference(spec);
      const depth = bruteForceDepth(dfa.alphabet.length, 30_000);
      expect(depth).toBeGreaterThanOrEqual(3);
      expect(firstDisagreement(network, dfa, depth)).toBeUndefined();
    });

    if (spec.kind === 'mealy' || spec.kind === 'moore') {
      it(`${file} (${spec.name}): the output read from the network state is the automaton's on every short word`, () => {
        const network = new Network(compile(spec));
        const words = [...allWords(spec.alphabet, bruteForceDepth(spec.alphabet.length, 30_000))];
        const runs = network.runBatch(words);
        const wrong = words.filter((word, w) => {
          const expected = automatonOutputs(spec, word);
          return JSON.stringify(runs[w].outputs) !== JSON.stringify(expected);
        });
        expect(words.length).toBeGreaterThan(100);
        expect(wrong).toEqual([]);
      });
    }
  }
});

describe('the state-closure search finds a real divergence, and the shortest one', () => {
  const { spec } = sampleAutomata.find((s) => s.spec.name === 'FamilyTree')!;

  it('a network forced to stay put (a = 1, h = 0) fails on the same shortest word as brute force', () => {
    const dfa = reference(spec);
    const network = new Network(compile(spec, { auto: 1, hetero: 0 }));
    const closure = exploreStateClosure(network, dfa, new StepComparison(dfa, network.compiled));
    expect(closure.closed).toBe(false);
    expect(closure.mismatch).toBeDefined();
    expect(closure.mismatch!.word).toEqual(firstDisagreement(network, dfa, 2));
    expect(closure.mismatch!.word).toHaveLength(1);
  });
});

describe('every sample with test blocks passes cdam test, on the automaton and the network', () => {
  const withTests = readdirSync(samplesDir)
    .filter((f) => f.endsWith('.fsa'))
    .sort()
    .filter((f) =>
      checkSource(readFileSync(new URL(f, samplesDir), 'utf8')).file.declarations.some((d) => d.kind === 'test'),
    );

  it('has the regex and intersection samples among them', () => {
    expect(withTests).toEqual(expect.arrayContaining(['intersection.fsa', 'regex.fsa']));
  });

  for (const file of withTests) {
    it(file, async () => {
      const io = memoryIo({ [file]: readFileSync(new URL(file, samplesDir), 'utf8') });
      const code = await testCommand([file], { json: true }, io);
      const rows = io
        .stdout()
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { pass: boolean });
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => !r.pass)).toEqual([]);
      expect([code, io.stderr()]).toEqual([0, '']);
    });
  }
});
