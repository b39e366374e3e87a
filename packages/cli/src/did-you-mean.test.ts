import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from './did-you-mean.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('format', 'format')).toBe(0);
    expect(editDistance('formt', 'format')).toBe(1);
    expect(editDistance('formats', 'format')).toBe(1);
    expect(editDistance('formut', 'format')).toBe(1);
    expect(editDistance('fromat', 'format')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closestMatch', () => {
  it('suggests the nearest candidate for a typo', () => {
    expect(closestMatch('--formt', ['--help', '--format'])).toBe('--format');
    expect(closestMatch('chek', ['check', 'fmt', 'import', 'export'])).toBe('check');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(closestMatch('--zzzzzz', ['--format', '--help'])).toBeUndefined();
    expect(closestMatch('xy', ['fmt'])).toBeUndefined();
  });
});
