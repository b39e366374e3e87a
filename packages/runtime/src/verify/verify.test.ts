import { describe, expect, it } from 'vitest';
import { Network } from '../network.js';
import { compileText, PARTIAL, redirect, THIRD_FROM_END, TURNSTILE } from './test-networks.js';
import { verifyNetwork, type VerifyOptions } from './verify.js';

const quick: VerifyOptions = { samples: 60, maxLength: 40, robustnessWords: 20, robustnessLength: 20 };

function verify(network: Network, options: VerifyOptions = {}) {
  const result = verifyNetwork(network, { ...quick, ...options });
  if (result.kind !== 'ok') throw new Error(result.message);
  return result.report;
}

describe('verifyNetwork', () => {
  it('passes a correctly compiled nfa, checking every word up to the default depth and the random words', () => {
    const report = verify(new Network(compileText(THIRD_FROM_END)));
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

  it('reports a robustness table whose noise-free row is perfect when nothing failed', () => {
    const report = verify(new Network(compileText(PARTIAL)), { depth: 3 });
    expect(report.noise.map((row) => row.level)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(report.noise[0]).toEqual({ level: 0, accuracy: 1, words: 20 });
    for (const row of report.noise) expect(row.accuracy).toBeGreaterThanOrEqual(0);
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
    const a = verify(network, { depth: 2, seed: 5 });
    expect(verify(network, { depth: 2, seed: 5 })).toEqual(a);
    const b = verify(network, { depth: 2, seed: 6 });
    expect(b.inputsSimulated).not.toBe(a.inputsSimulated);
  });

  it('reports progress up to the total', () => {
    const seen: number[] = [];
    let total = 0;
    verify(new Network(compileText(PARTIAL)), {
      depth: 2,
      onProgress: (p) => {
        seen.push(p.done);
        total = p.total;
      },
    });
    expect(seen[seen.length - 1]).toBe(total);
    expect(total).toBe(13 + 60 + 20 * 6);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });
});
