import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/index.js';
import { createProgressLog, groupDigits } from './progress-log.js';

/** A clock the test moves by hand. */
function manualClock(start = 0) {
  let now = start;
  return { clock: () => now, advance: (ms: number) => void (now += ms) };
}

describe('createProgressLog', () => {
  it('prints the first update, then at most one line per interval, with counts, percent, phase and seconds', () => {
    const io = memoryIo();
    const time = manualClock(500);
    const log = createProgressLog(io, { command: 'verify', clock: time.clock, started: 0 });
    log.update(1, 111_111, 'all words up to the depth');
    time.advance(1999);
    log.update(5_000, 111_111, 'all words up to the depth');
    time.advance(1);
    log.update(12_000, 111_111, 'random words');
    time.advance(20_500);
    log.update(111_111, 111_111, 'noise table, 100 words at each of 6 noise levels');
    log.clear();
    expect(io.stderr()).toBe(
      'verify: 1 of 111 111 runs (0%), all words up to the depth, 0 s\n' +
        'verify: 12 000 of 111 111 runs (10%), random words, 2 s\n' +
        'verify: 111 111 of 111 111 runs (100%), noise table, 100 words at each of 6 noise levels, 23 s\n',
    );
  });

  it('ends with the last state when it was held back, and with nothing more when it was printed', () => {
    const io = memoryIo();
    const time = manualClock();
    const log = createProgressLog(io, { command: 'verify', clock: time.clock, started: 0, intervalMs: 1000 });
    log.update(0, 10, 'random words');
    log.update(10, 10, 'random words');
    log.clear();
    log.clear();
    expect(io.stderr()).toBe(
      'verify: 0 of 10 runs (0%), random words, 0 s\nverify: 10 of 10 runs (100%), random words, 0 s\n',
    );
    expect(io.stderr()).not.toMatch(/\x1b|\r/);
  });
});

describe('groupDigits', () => {
  it('puts a space between groups of three digits', () => {
    expect([0, 999, 1000, 12_000, 1_234_567].map(groupDigits)).toEqual(['0', '999', '1 000', '12 000', '1 234 567']);
  });
});
