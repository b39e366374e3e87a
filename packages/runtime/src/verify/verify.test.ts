import { createRng } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { Network } from '../network.js';
import { expectedDfa } from './expected.js';
import { randomWords } from './random-words.js';
import type { VerifyProgress } from './report.js';
import { compileText, PARTIAL, redirect, THIRD_FROM_END, TURNSTILE } from './test-networks.js';
import {
  defaultClosureInputs,
  defaultNoiseInputs,
  ROBUSTNESS_STREAM,
  verifyNetwork,
  type VerifyOptions,
} from './verify.js';

const quick: VerifyOptions = { samples: 60, maxLength: 40, robustnessWords: 20, robustnessLength: 20 };

function verify(network: Network, options: VerifyOptions = {}) {
  const result = verifyNetwork(network, { ...quick, ...options });
  if (result.kind !== 'ok') throw new Error(result.message);
  return result.report;
}

describe('verifyNetwork', () => {
  it('stops when the state closure proves the network: the exhaustive and random phases are skipped', () => {
    const network = new Network(compileText(THIRD_FROM_END));
    const report = verify(network, { samples: undefined });
    expect(report.proved).toBe(true);
    expect(report.closure).toMatchObject({ closed: true, checkedLength: null, stoppedBecause: null });
    expect(report.phases).toEqual({ closure: 'run', exhaustive: 'proved', random: 'proved', robustness: 'run' });
    expect([report.exhaustiveWords, report.randomWords, report.wordsChecked, report.inputsSimulated]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(report.work).toMatchObject({ closure: report.closure.transitionsChecked, exhaustive: 0, random: 0 });
    // The closure decoded the start state and every step, and took every transition of the automaton.
    expect(report.margins.count).toBe(report.closure.transitionsChecked + 1);
    expect(report.minMargin).toBeGreaterThan(0.05);
    expect(report.coverage.transitionsExercised).toBe(report.coverage.reachableTransitions);
    expect(report.coverage.statesVisited).toBe(report.coverage.reachableStates);
    // The phases stay available, and agree.
    const all = verify(network, { exhaustive: true, random: true });
    expect(all.phases).toMatchObject({ exhaustive: 'run', random: 'run' });
    expect(all.exhaustiveWords).toBe(65_535);
    expect(all.failingWords).toBe(0);
  });

  it('runs the exhaustive and random phases by default when the closure does not close within its budget', () => {
    const report = verify(new Network(compileText(THIRD_FROM_END)), { closureInputs: 5 });
    expect(report.proved).toBe(false);
    expect(report.closure).toMatchObject({
      closed: false,
      transitionsChecked: 5,
      stoppedBecause: 'more than 5 inputs',
    });
    expect(report.phases).toMatchObject({ exhaustive: 'run', random: 'run' });
    expect(report.work.closure).toBe(5);
    expect(report.exhaustiveWords).toBe(65_535);
  });

  it('passes a correctly compiled nfa, checking every word up to the default depth and the random words', () => {
    const report = verify(new Network(compileText(THIRD_FROM_END)), { exhaustive: true, random: true });
    expect(report.failingWords).toBe(0);
    expect(report.mismatches).toEqual([]);
    expect(report.exhaustiveDepth).toBe(15);
    expect(report.exhaustiveWords).toBe(65_535);
    expect(report.randomWords).toBe(60);
    expect(report.wordsChecked).toBe(65_595);
    expect(report.dfaMatchesSource).toBe(true);
    expect(report.minMargin).toBe(report.margins.min);
    expect(report.minMargin).toBeGreaterThan(0.05);
    expect(report.marginWarning).toBeNull();
    expect(report.coverage.transitionsExercised).toBe(report.coverage.reachableTransitions);
  });

  it('reports a robustness table whose accuracies are those of Network.run on its sample under the same noise', () => {
    const network = new Network(compileText(PARTIAL));
    const report = verify(network, { depth: 3, seed: 4 });
    expect(report.noise.map((row) => row.level)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(report.noise[0]).toEqual({ level: 0, accuracy: 1, words: 20 });
    // The sample and its noise seeds, drawn as verify draws them.
    const dfa = expectedDfa(network.compiled.source.spec)!;
    const rng = createRng(4, ROBUSTNESS_STREAM);
    const sample = randomWords(dfa, rng, { count: 20, maxLength: 20 });
    const seeds = sample.map(() => rng.nextUint32());
    const accuracy = (level: number) =>
      sample.filter((word, w) => {
        const run = network.run(
          word.map((s) => dfa.alphabet[s]),
          { noise: level, noiseSeed: seeds[w] },
        );
        let q = dfa.start;
        return word.every((s, t) => {
          q = dfa.delta[q][s];
          const decoded = run.points[t + 1].decoded;
          return !decoded.quiescent && decoded.name === dfa.states[q];
        });
      }).length / sample.length;
    expect(report.noise.map((row) => row.accuracy)).toEqual(report.noise.map((row) => accuracy(row.level)));
    // Noise does something: half the state part flipped loses words.
    expect(report.noise[5].accuracy).toBeLessThan(1);
  });

  it('keeps the robustness table within its work budget, and leaves it out when asked', () => {
    const network = new Network(compileText(PARTIAL));
    const full = verify(network, { depth: 1 });
    const perLevel = full.work.robustness / 6;
    const cut = verify(network, { depth: 1, noiseInputs: Math.floor(full.work.robustness / 2) });
    expect(cut.robustnessBudget.wordsDrawn).toBe(20);
    expect(cut.robustnessBudget.wordsUsed).toBeLessThan(20);
    expect(cut.robustnessBudget.wordsUsed).toBeGreaterThan(0);
    expect(cut.work.robustness).toBeLessThanOrEqual(full.work.robustness / 2);
    expect(cut.work.robustness).toBeLessThan(6 * perLevel);
    expect(cut.noise.every((row) => row.words === cut.robustnessBudget.wordsUsed)).toBe(true);
    const off = verify(network, { depth: 1, noiseLevels: [] });
    expect(off.noise).toEqual([]);
    expect(off.phases.robustness).toBe('off');
    expect(off.work.robustness).toBe(0);
    expect(verify(network, { depth: 1, noiseInputs: 0 }).noise).toEqual([]);
  });

  it('budgets the robustness table by work, so a huge network gets a short table by default', () => {
    // A network of n = 10^6 neurons and p = 6 patterns: about 333 inputs over all levels, not 15 000.
    expect(defaultNoiseInputs(1_000_000, 6)).toBe(333);
    expect(defaultNoiseInputs(80, 5_000)).toBe(5_000);
    expect(defaultNoiseInputs(16, 6)).toBe(20_000);
    // The default budget is the one verify uses, and what it cuts is the sample's tail.
    const network = new Network(compileText(PARTIAL));
    const report = verify(network, { depth: 1, robustnessWords: 100, robustnessLength: 50 });
    expect(report.robustnessBudget).toEqual({
      inputs: defaultNoiseInputs(network.n, network.p),
      wordsDrawn: 100,
      wordsUsed: 100,
    });
  });

  it('adds extra noise levels in order, once each', () => {
    const report = verify(new Network(compileText(PARTIAL)), { depth: 2, noiseLevels: [0.25, 0, 0.25, 0.1] });
    expect(report.noise.map((row) => row.level)).toEqual([0, 0.1, 0.25]);
  });

  it('finds the shortest failing word of a broken network, with the correlations where it diverged', () => {
    const broken = redirect(compileText(TURNSTILE), 'unlocked', 'push', 'unlocked');
    const report = verify(new Network(broken), { depth: 5 });
    expect(report.failingWords).toBeGreaterThan(0);
    expect(report.mismatches[0]).toMatchObject({
      word: ['coin', 'push'],
      atInput: 1,
      expected: 'locked',
      got: 'unlocked',
      phase: 'exhaustive',
    });
    expect(report.mismatches[0].correlations.map((c) => c.state)).toEqual(['unlocked', 'locked']);
    const lengths = report.mismatches.map((m) => m.word.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('the state-closure proof catches a failure that no exhaustive or random word reaches', () => {
    const broken = redirect(compileText(TURNSTILE), 'unlocked', 'push', 'unlocked');
    const report = verify(new Network(broken), { depth: 0, samples: 0 });
    expect(report.closure.closed).toBe(false);
    expect(report.failingWords).toBe(1);
    expect(report.mismatches.map((m) => m.word)).toEqual([['coin', 'push']]);
    const sound = verify(new Network(compileText(TURNSTILE)), { depth: 0, samples: 0 });
    expect(sound.closure.closed).toBe(true);
    expect(sound.failingWords).toBe(0);
  });

  it('catches a random-word failure beyond the exhaustive depth', () => {
    const broken = redirect(compileText(TURNSTILE), 'unlocked', 'push', 'unlocked');
    const report = verify(new Network(broken), { depth: 1, closure: false });
    expect(report.mismatches.length).toBeGreaterThan(0);
    expect(report.mismatches.every((m) => m.phase === 'random')).toBe(true);
    // The random phase cuts each failing word at its divergence.
    for (const m of report.mismatches) expect(m.atInput).toBe(m.word.length - 1);
  });

  it('compares with a given automaton, state by state', () => {
    const compiled = compileText(TURNSTILE);
    const swapped = { ...compiled.dfa, accepting: new Set([1]) };
    const report = verify(new Network(compiled), { depth: 2, expected: swapped });
    expect(report.mismatches[0]).toMatchObject({ word: [], atInput: -1, expected: 'locked', got: 'locked' });
    expect(report.mismatches[0]).toMatchObject({ expectedVerdict: 'reject', gotVerdict: 'accept' });
    expect(report.dfaMatchesSource).toBe(false);
  });

  it('is deterministic for a seed, and the seed changes the random words', () => {
    const network = new Network(compileText(PARTIAL));
    const a = verify(network, { depth: 2, seed: 5, random: true });
    expect(verify(network, { depth: 2, seed: 5, random: true })).toEqual(a);
    const b = verify(network, { depth: 2, seed: 6, random: true });
    expect(b.inputsSimulated).not.toBe(a.inputsSimulated);
  });

  it('reports progress in inputs, in order, up to the total: every input of every phase', () => {
    const seen: VerifyProgress[] = [];
    const report = verify(new Network(compileText(PARTIAL)), {
      depth: 2,
      exhaustive: true,
      random: true,
      onProgress: (p) => seen.push(p),
    });
    const last = seen[seen.length - 1];
    const work = report.work.closure + report.work.exhaustive + report.work.random + report.work.robustness;
    expect(last).toMatchObject({ done: work, total: work });
    expect(report.work.exhaustive).toBe(12);
    expect(report.work.random).toBe(report.inputsSimulated - 12);
    const dones = seen.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((x, y) => x - y));
    expect(seen.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1])).toEqual([
      'closure',
      'exhaustive',
      'random',
      'robustness',
    ]);
  });

  it('counts a proof in its progress, without the phases it skipped', () => {
    const seen: VerifyProgress[] = [];
    const report = verify(new Network(compileText(THIRD_FROM_END)), {
      samples: undefined,
      noiseLevels: [],
      onProgress: (p) => seen.push(p),
    });
    expect(report.proved).toBe(true);
    expect(seen[seen.length - 1]).toEqual({
      phase: 'closure',
      done: report.closure.transitionsChecked,
      total: report.closure.transitionsChecked,
    });
  });
});

describe('defaultClosureInputs', () => {
  it("keeps the work budget for small automata and raises it to twice the automaton's steps up to ten times that work", () => {
    expect(defaultClosureInputs(64, 100)).toBe(2_000_000);
    expect(defaultClosureInputs(48, 50_000)).toBe(20_833);
    // 10 000 states x 4 symbols: the closure needs 40 000 steps; twice that is within 5e11 / (n p).
    expect(defaultClosureInputs(48, 50_000, 40_000)).toBe(80_000);
    // An automaton too large for ten times the work gets 5e11 / (n p).
    expect(defaultClosureInputs(1024, 500_000, 400_000)).toBe(976);
    expect(defaultClosureInputs(1024, 500_000)).toBe(97);
  });
});
