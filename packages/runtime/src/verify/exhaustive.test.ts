import { describe, expect, it } from 'vitest';
import { Network } from '../network.js';
import { BatchStepper } from './batch-stepper.js';
import { CoverageTracker } from './coverage.js';
import { checkExhaustive, defaultDepth, wordCount } from './exhaustive.js';
import { expectedDfa, MismatchLog, StepComparison } from './expected.js';
import { MarginStats } from './margins.js';
import { compileText, PARTIAL, redirect, TURNSTILE } from './test-networks.js';

describe('defaultDepth', () => {
  it('is the largest depth with at most 100 000 words', () => {
    expect(defaultDepth(2)).toBe(15); // 2^16 - 1 = 65 535 words; depth 16 would be 131 071
    expect(defaultDepth(8)).toBe(5);
    expect(defaultDepth(10)).toBe(4); // 11 111; depth 5 is 111 111
    expect(defaultDepth(12)).toBe(4);
    expect(defaultDepth(1)).toBe(99_999);
    expect(defaultDepth(0)).toBe(0);
    for (const k of [2, 3, 5, 26]) {
      expect(wordCount(k, defaultDepth(k))).toBeLessThanOrEqual(100_000);
      expect(wordCount(k, defaultDepth(k) + 1)).toBeGreaterThan(100_000);
    }
  });

  it('follows a smaller budget', () => {
    expect(defaultDepth(3, 40)).toBe(3); // 1 + 3 + 9 + 27
  });
});

function run(text: string, depth: number, capacity: number, breakNetwork = false) {
  let compiled = compileText(text);
  if (breakNetwork) compiled = redirect(compiled, 'unlocked', 'push', 'unlocked');
  const expected = expectedDfa(compiled.source.spec);
  if (!expected) throw new Error('no dfa');
  const comparison = new StepComparison(expected, compiled);
  const log = new MismatchLog();
  const margins = new MarginStats();
  const coverage = new CoverageTracker(expected);
  const symbols = expected.alphabet.map((_, s) => s);
  const stepper = new BatchStepper(new Network(compiled), capacity);
  const result = checkExhaustive({ stepper, comparison, margins, log, coverage, symbols }, depth);
  return { result, log, margins: margins.summary(), coverage: coverage.summary() };
}

describe('checkExhaustive', () => {
  it('checks every word up to the depth once, one input per word beyond the empty one', () => {
    for (const capacity of [1, 5, 256]) {
      const { result, log, margins, coverage } = run(PARTIAL, 4, capacity);
      expect(result.words).toBe(wordCount(3, 4));
      expect(result.inputs).toBe(wordCount(3, 4) - 1);
      expect(margins.count).toBe(result.words);
      expect(log.failingWords).toBe(0);
      expect(coverage.transitionsExercised).toBe(coverage.reachableTransitions);
    }
  });

  it('finds the shortest failing word of a broken network and counts its extensions as failing', () => {
    const { log } = run(TURNSTILE, 4, 3, true);
    const [first] = log.sorted();
    expect(first).toMatchObject({
      word: ['coin', 'push'],
      atInput: 1,
      expected: 'locked',
      got: 'unlocked',
      expectedVerdict: 'accept',
      gotVerdict: 'reject',
      phase: 'exhaustive',
    });
    expect(first.correlations[0].state).toBe('unlocked');
    // Every logged word diverges at its last input, and no logged word extends another.
    for (const m of log.sorted()) expect(m.atInput).toBe(m.word.length - 1);
    expect(log.failingWords).toBeGreaterThan(log.sorted().length);
  });

  it('checks only the empty word at depth 0', () => {
    const { result } = run(TURNSTILE, 0, 4);
    expect(result).toEqual({ depth: 0, words: 1, inputs: 0 });
  });
});
