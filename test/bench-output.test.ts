import { describe, expect, it } from 'vitest';
import { formatMs, formatTable } from '../packages/runtime/bench/format.js';
import { measure, median } from '../packages/runtime/bench/measure.js';
import { parseYardstick } from '../packages/runtime/bench/numpy-yardstick.js';

describe('bench helpers', () => {
  it('median takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('measure stops at the minimum repetitions, and never starts one past the cap', () => {
    let clock = 0;
    let calls = 0;
    const tick = (ms: number) => () => {
      calls++;
      clock += ms;
    };
    const now = () => clock;
    const fast = measure(tick(1), { warmupReps: 2, warmupMs: 100, minReps: 5, minMs: 0, maxMs: 1_000 }, { now });
    expect(fast).toEqual({ ms: 1, reps: 5, bestMs: 1 });
    expect(calls).toBe(7);
    const slow = measure(tick(600), { warmupReps: 0, warmupMs: 0, minReps: 5, minMs: 0, maxMs: 1_000 }, { now });
    expect(slow.reps).toBe(1);
  });

  it('formatTable pads columns and aligns numbers right', () => {
    const table = formatTable(
      [{ title: 'kernel', align: 'left' }, { title: 'ms' }],
      [
        ['packed', '1.30'],
        ['dense', '12.5'],
      ],
    );
    expect(table.split('\n')).toEqual(['kernel    ms', '------  ----', 'packed  1.30', 'dense   12.5']);
  });

  it('formatMs keeps three significant figures', () => {
    expect([0.41234, 5.314, 27.12, 2805.4].map(formatMs)).toEqual(['0.412', '5.31', '27.1', '2805']);
  });

  it('parseYardstick reads ms_per_step or says why not', () => {
    expect(parseYardstick('{"n": 4, "p": 8, "batch": 1, "dtype": "float64", "ms_per_step": 0.5}\n')).toEqual({
      ms: 0.5,
    });
    const bad = parseYardstick('Traceback ...');
    expect(bad.ms).toBeNull();
  });
});
