import { NO_EDGE, randomDfa } from '@cdam/automata';
import { seededRng } from '@cdam/automata/testing';
import type { AutomatonSpec } from '@cdam/language';
import { describe, expect, it } from 'vitest';
import { compileAutomaton, type CompileResult } from './compile.js';
import type { CompiledNetwork } from './compiled-network.js';
import { evaluateNeurons, nextNeuronCount } from './neuron-search.js';
import { buildPatterns } from './patterns.js';
import { dfaSpec, parity, specOfDfa } from './testing/index.js';

function ok(result: CompileResult): CompiledNetwork {
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.network;
}

const partial = dfaSpec(
  'Partial',
  ['a', 'b'],
  ['s', 't'],
  's',
  ['t'],
  [
    ['s', 'a', 't'],
    ['t', 'b', 't'],
  ],
);

describe('compileAutomaton', () => {
  it('compiles parity with an automatically chosen, safe size', () => {
    const network = ok(compileAutomaton(parity));
    const { report, params } = network;
    expect(report.neuronsChosen).toBe('auto');
    expect(report.betaChosen).toBe('auto');
    expect(report.exact).toBe(true);
    expect(report.warnings).toEqual([]);
    expect(params.stateNeurons + params.inputNeurons).toBe(params.neurons);
    expect(report.patterns).toBe(2 + 4);
    expect(report.gaps.worst).toBeGreaterThanOrEqual(report.requiredGap);
    expect(params.beta).toBeGreaterThanOrEqual(report.minimumBeta);
    expect(network.edges.count).toBe(6);
    expect(network.mean).toHaveLength(params.neurons);
  });

  it('completes a partial DFA with a dead state that cannot collide with a user name', () => {
    const network = ok(compileAutomaton(partial));
    const { dfa, deadState } = network;
    expect(deadState).toBe(2);
    expect(dfa.states[2]).toBe('∅');
    expect(dfa.accepting.has(2)).toBe(false);
    expect(dfa.delta[2]).toEqual([2, 2]);
    expect(dfa.delta[0][1]).toBe(2);
    expect(network.report.deadState).toBe('∅');
    const clash = ok(compileAutomaton({ ...partial, states: ['s', '∅'], transitions: [['s', 'a', '∅']], accept: [] }));
    expect(clash.dfa.states).toEqual(['s', '∅', "∅'"]);
  });

  it('determinises an NFA first', () => {
    const nfa: AutomatonSpec = {
      name: 'EndsAb',
      kind: 'nfa',
      alphabet: ['a', 'b'],
      states: ['q0', 'q1', 'q2'],
      start: ['q0'],
      accept: ['q2'],
      transitions: [
        ['q0', 'a', 'q0'],
        ['q0', 'b', 'q0'],
        ['q0', 'a', 'q1'],
        ['q1', 'b', 'q2'],
      ],
      network: {},
    };
    const network = ok(compileAutomaton(nfa));
    expect(network.report.determinised).toBe(true);
    expect(network.dfa.delta.every((row) => row.every((t) => t !== NO_EDGE))).toBe(true);
  });

  it('lets options override the file and reports bad values as errors', () => {
    const withFile = { ...parity, network: { neurons: 64, seed: 3 } };
    expect(ok(compileAutomaton(withFile)).params.neurons).toBe(64);
    expect(ok(compileAutomaton(withFile, { neurons: 96 })).params.neurons).toBe(96);
    const bad = compileAutomaton(parity, { neurons: 1, eta: 2 });
    expect(bad.kind).toBe('error');
    if (bad.kind === 'error') {
      expect(bad.error.code).toBe('invalid-parameter');
      expect(bad.error.message).toMatch(/'neurons' = 1 is out of range/);
      expect(bad.error.message).toMatch(/'eta' = 2 is out of range/);
    }
  });

  it('says how many neurons are needed when too few are requested', () => {
    const spec = specOfDfa(randomDfa(37, 4, seededRng(9)), 'R37');
    const result = compileAutomaton(spec, { neurons: 16 });
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.error.code).toBe('too-few-neurons');
    expect(result.error.message).toMatch(
      /^neurons = 16 is too few for 37 states over 4 symbols: the worst decision gap is -?[\d.]+ \(a safe network needs at least [\d.]+\); the smallest safe value is \d+$/,
    );
    const smallest = result.error.smallestSafeNeurons as number;
    expect(smallest).toBeGreaterThan(16);
    const network = ok(compileAutomaton(spec, { neurons: smallest }));
    expect(network.report.exact).toBe(true);
    expect(ok(compileAutomaton(spec)).params.neurons).toBe(smallest);
  });

  it('picks the smallest safe size on its grid', () => {
    const spec = specOfDfa(randomDfa(30, 3, seededRng(4)));
    const network = ok(compileAutomaton(spec));
    const dfa = network.dfa;
    const setup = { dfa, patterns: buildPatterns(dfa), encoding: 'bipolar' as const, seed: 0, a: -1, h: 2 };
    for (let n = 16; n < network.params.neurons; n = nextNeuronCount(n)) {
      expect(evaluateNeurons(n, setup)?.safe ?? false).toBe(false);
    }
    expect(evaluateNeurons(network.params.neurons, setup)?.safe).toBe(true);
  });

  it('is deterministic in the seed', () => {
    const a = ok(compileAutomaton(parity, { seed: 1, neurons: 64 }));
    const b = ok(compileAutomaton(parity, { seed: 1, neurons: 64 }));
    const c = ok(compileAutomaton(parity, { seed: 2, neurons: 64 }));
    expect(b.codes).toEqual(a.codes);
    expect(c.codes.state).not.toEqual(a.codes.state);
  });

  it('still compiles a schedule-breaking choice, with warnings', () => {
    const network = ok(compileAutomaton(parity, { eta: 0.5, iterations: 1, auto: 1, hetero: 0 }));
    expect(network.report.exact).toBe(false);
    const warnings = network.report.warnings.join('\n');
    expect(warnings).toMatch(/eta = 0.5/);
    expect(warnings).toMatch(/iterations = 1/);
    expect(warnings).toMatch(/hetero = 0 is not positive/);
    expect(warnings).toMatch(/exactness is not guaranteed/);
    const lowBeta = ok(compileAutomaton(parity, { beta: 0.01 }));
    expect(lowBeta.report.exact).toBe(false);
    expect(lowBeta.report.warnings.join('\n')).toMatch(/beta = 0.01 is below/);
  });

  it('compiles one state without symbols, and uniform codes', () => {
    const lonely = ok(compileAutomaton(dfaSpec('One', [], ['only'], 'only', ['only'], [])));
    expect(lonely.report.gaps.worst).toBeNull();
    expect(lonely.patterns.count).toBe(1);
    const uniform = ok(compileAutomaton(parity, { encoding: 'uniform' }));
    expect(uniform.report.encoding).toBe('uniform');
    expect(uniform.report.exact).toBe(true);
  });
});
