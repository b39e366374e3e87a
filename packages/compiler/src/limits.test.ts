import { randomDfa } from '@cdam/automata';
import { seededRng } from '@cdam/automata/testing';
import { describe, expect, it } from 'vitest';
import { compileAutomaton } from './compile.js';
import { compileSequence } from './sequence/compile-sequence.js';
import {
  MAX_BIPOLAR_CODE_ENTRIES,
  MAX_CODE_ENTRIES,
  MAX_GRAM_WORK,
  MAX_PACKED_SEQUENCE_GAP_WORK,
  MAX_SEQUENCE_GAP_WORK,
  gramWork,
  sequenceGapWork,
} from './limits.js';
import { sizeProblem, type CapacitySetup } from './neuron-search.js';
import { buildPatterns } from './patterns.js';
import { specOfDfa } from './testing/index.js';

const big = specOfDfa(randomDfa(10_000, 4, seededRng(1)), 'Big');

function setupOf(states: number, encoding: 'bipolar' | 'uniform' = 'bipolar'): CapacitySetup {
  const dfa = randomDfa(states, 4, seededRng(2));
  return { dfa, patterns: buildPatterns(dfa), encoding, seed: 0, a: -1, h: 2 };
}

describe('size limits of compileAutomaton', () => {
  it('refuses a million neurons for 10 000 states as a value, naming the figure, the limit and the fix', () => {
    const result = compileAutomaton(big, { neurons: 1_000_000 });
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.message).toMatch(
      /^'Big' is too large to compile: at neurons = 1000000 the codes of 10000 states and 5 input codes hold \d+ numbers, more than the limit of 16777216 \(2\^24\); give at most neurons = (\d+)/,
    );
    const fitting = Number(/at most neurons = (\d+)/.exec(result.error.message)?.[1]);
    expect(fitting).toBeGreaterThan(1000);
    expect(sizeProblem(fitting, setupOf(10_000))).toBeUndefined();
    expect(sizeProblem(fitting + 1, setupOf(10_000))).toBeDefined();
  });

  it('refuses an exact crosstalk scan past its limit', () => {
    const result = compileAutomaton(big, { neurons: 1600 });
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.message).toMatch(/exact capacity check compares all 49995000 pairs of 10000 state codes/);
    expect(result.error.message).toMatch(/limit of 1073741824 \(2\^30\)/);
  });

  it('refuses a pattern matrix Xi past its limit (many symbols)', () => {
    const result = compileAutomaton(specOfDfa(randomDfa(100, 1000, seededRng(4)), 'Many'), { neurons: 3000 });
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.message).toMatch(
      /at neurons = 3000 the 100100 patterns make a matrix Xi of 300300000 entries, more than the limit of 268435456 \(2\^28\); give at most neurons = 2681 /,
    );
  });

  it('stops the automatic search with too-large when even small counts cannot be checked', () => {
    const setup = setupOf(100_000);
    expect(sizeProblem(16, setup)).toMatch(/pairs of 100000 state codes/);
  });

  it('leaves every size the documented workloads need well inside the limits', () => {
    // 10 000 states compile at n = 112 (docs/compiler.md); allow up to n = 1024 for them.
    const tenThousand = setupOf(10_000);
    for (const n of [112, 512, 1024]) expect(sizeProblem(n, tenThousand)).toBeUndefined();
    expect(gramWork(10_000, 584, 'bipolar')).toBeLessThan(MAX_GRAM_WORK);
    expect(10_000 * 1024).toBeLessThan(MAX_CODE_ENTRIES);
    // 49-item sequences at n = 2000: p² · n_context.
    expect(49 * 49 * 1000 * 100).toBeLessThan(MAX_SEQUENCE_GAP_WORK);
    // a 20 000-item loop at n = 784 (bipolar): its codes and its packed gap check fit, the float check would not
    expect(20_000 * 784).toBeLessThan(MAX_CODE_ENTRIES);
    // a 100 000-item loop at n = 784 (bipolar) fits both bipolar limits
    expect(100_000 * 784).toBeLessThan(MAX_BIPOLAR_CODE_ENTRIES);
    expect(sequenceGapWork(100_000, 392, 392, 'bipolar').work).toBeLessThan(MAX_PACKED_SEQUENCE_GAP_WORK);
    expect(sequenceGapWork(20_000, 392, 392, 'bipolar').work).toBeLessThan(MAX_PACKED_SEQUENCE_GAP_WORK);
    expect(sequenceGapWork(20_000, 392, 392, 'uniform').work).toBeGreaterThan(MAX_SEQUENCE_GAP_WORK);
  });
});

describe('size limits of compileSequence', () => {
  const items = (count: number) => Array.from({ length: count }, (_, i) => `i${i}`);
  const spec = (names: string[], dwell = names.map(() => 1)) => ({
    name: 'S',
    items: names,
    loop: true,
    dwell,
    network: {},
  });

  it('refuses a million neurons for a long sequence as a value', () => {
    const result = compileSequence(spec(items(200)), { neurons: 1_000_000 });
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.message).toMatch(
      /^sequence 'S' is too large to compile: at neurons = 1000000 the codes of 200 patterns hold \d+ numbers, more than the limit of 134217728 \(2\^27\) for bipolar codes; give at most neurons = \d+/,
    );
    const uniform = compileSequence(spec(items(100)), { neurons: 1_000_000, encoding: 'uniform' });
    expect(uniform.kind === 'error' && uniform.error.message).toMatch(
      /the codes of 100 patterns hold \d+ numbers, more than the limit of 16777216 \(2\^24\) for uniform codes; give at most neurons = \d+/,
    );
  });

  it('refuses a dwell that lays out more patterns than can be checked, before laying them out', () => {
    const result = compileSequence(
      spec(
        items(1000),
        items(1000).map(() => 10_000),
      ),
    );
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.message).toMatch(
      /need 10000000 patterns .* more than the limit of 262144 \(2\^18\) for bipolar codes/,
    );
    const uniform = compileSequence(spec(items(4), [10_000, 10_000, 10_000, 10_000]), { encoding: 'uniform' });
    expect(uniform.kind === 'error' && uniform.error.message).toMatch(
      /need 40000 patterns .* more than the limit of 32768 \(2\^15\) for uniform codes/,
    );
  });

  it('refuses a bipolar sequence whose exact gap check is past its limit, naming the neurons that fit', () => {
    // 110 000 patterns at n = 784 compare 1.5 · 10^11 words, past 2^37; the codes (8.6 · 10^7 entries) fit.
    const result = compileSequence(spec(items(110_000)), { neurons: 784 });
    expect(result.kind === 'error' && result.error.message).toMatch(
      /^sequence 'S' is too large to compile: at neurons = 784 the exact gap check of 110000 patterns takes \d+ 32-bit words compared .* more than the limit of 137438953472 \(2\^37\); give at most neurons = \d+/,
    );
  });

  it('compiles the paper video size: 49 items at n = 2000', () => {
    const result = compileSequence(spec(items(49)), { neurons: 2000, encoding: 'uniform' });
    expect(result.kind).toBe('ok');
  });
});
