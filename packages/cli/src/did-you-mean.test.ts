import { describe, expect, it } from 'vitest';
import { closestFileName, closestMatch, editDistance } from './did-you-mean.js';

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

describe('closestFileName', () => {
  const names = ['dupe.fsa', 'turnstile.fsa', 'tcp-connection.fsa', 'turnstile.json', 'notes.txt'];

  it('suggests a file whose name is really close, with the same extension', () => {
    expect(closestFileName('turnstyle.fsa', names)).toBe('turnstile.fsa');
    expect(closestFileName('Turnstile.fsa', names)).toBe('turnstile.fsa');
    expect(closestFileName('tcp-conection.fsa', names)).toBe('tcp-connection.fsa');
    expect(closestFileName('turnstile.JSON', names)).toBe('turnstile.json');
  });

  it('suggests nothing for a name that only shares a few letters or another extension', () => {
    expect(closestFileName('nope.fsa', names)).toBeUndefined(); // two of four letters off 'dupe'
    expect(closestFileName('notes.fsa', names)).toBeUndefined();
    expect(closestFileName('x.fsa', ['y.fsa'])).toBeUndefined();
    expect(closestFileName('turnstile.fsa', ['turnstile.fsa'])).toBeUndefined();
  });
});
