import { describe, expect, it } from 'vitest';
import { CLOSE_MARGIN, MarginStats, marginWarning } from './margins.js';

describe('MarginStats', () => {
  it('keeps exact min, max and mean, and quantiles to within 0.001', () => {
    const stats = new MarginStats();
    for (let i = 1; i <= 1000; i++) stats.add(i / 1000, 0.5);
    const summary = stats.summary();
    expect(summary.count).toBe(1000);
    expect(summary.min).toBe(0.001);
    expect(summary.max).toBe(1);
    expect(summary.mean).toBeCloseTo(0.5005, 10);
    const median = summary.quantiles.find((q) => q.q === 0.5)?.margin ?? NaN;
    expect(Math.abs(median - 0.5)).toBeLessThanOrEqual(0.001 + 1e-9);
    const low = summary.quantiles.find((q) => q.q === 0.01)?.margin ?? NaN;
    expect(Math.abs(low - 0.01)).toBeLessThanOrEqual(0.001 + 1e-9);
  });

  it('spreads the values over ten bins from min to max that count every value once', () => {
    const stats = new MarginStats();
    for (let i = 0; i < 100; i++) stats.add(0.2 + (0.6 * i) / 99, 1);
    const { histogram } = stats.summary();
    expect(histogram).toHaveLength(10);
    expect(histogram[0].from).toBe(0.2);
    expect(histogram[9].to).toBeCloseTo(0.8, 12);
    expect(histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(100);
    for (const bin of histogram) expect(bin.count).toBeGreaterThanOrEqual(8);
  });

  it('records where the smallest margin was seen, asking only when the minimum changes', () => {
    const stats = new MarginStats();
    let asked = 0;
    const at = (word: string[]) => () => {
      asked++;
      return { word, atInput: word.length - 1 };
    };
    stats.add(0.5, 1, at(['a']));
    stats.add(0.7, 1, at(['b']));
    stats.add(0.3, 0.2, at(['c', 'd']));
    const summary = stats.summary();
    expect(summary.minAt).toEqual({ word: ['c', 'd'], atInput: 1 });
    expect(summary.minHeadroom).toBe(0.2);
    expect(asked).toBe(2);
  });

  it('summarises nothing as NaN', () => {
    expect(new MarginStats().summary().count).toBe(0);
    expect(new MarginStats().summary().min).toBeNaN();
  });
});

describe('marginWarning', () => {
  const summaryWith = (margin: number, headroom: number) => {
    const stats = new MarginStats();
    stats.add(margin, headroom);
    return stats.summary();
  };

  it('warns when the smallest margin is within CLOSE_MARGIN of zero', () => {
    expect(marginWarning(summaryWith(CLOSE_MARGIN / 2, 0.4))).toMatch(/smallest decision margin is 0\.025/);
  });

  it('warns when the best correlation comes close to the quiescence threshold', () => {
    expect(marginWarning(summaryWith(0.4, CLOSE_MARGIN / 5))).toMatch(/quiescence threshold/);
  });

  it('is silent for comfortable margins', () => {
    expect(marginWarning(summaryWith(0.3, 0.3))).toBeNull();
  });
});
