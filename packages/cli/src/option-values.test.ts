import { describe, expect, it } from 'vitest';
import { parseChoiceOption, parseIntegerOption, parseNumberOption } from './option-values.js';

describe('parseIntegerOption', () => {
  const neurons = { min: 2, max: 1_000_000 };
  it('accepts decimal integers in range', () => {
    expect(parseIntegerOption('--neurons', '512', neurons)).toEqual({ ok: true, value: 512 });
    expect(parseIntegerOption('--neurons', '2', neurons)).toEqual({ ok: true, value: 2 });
  });

  it.each(['abc', '1e99', '-5', '1', '1000001', '2.5', '', '0x10', '5e2'])(
    'rejects %j naming the flag and range',
    (text) => {
      expect(parseIntegerOption('--neurons', text, neurons)).toEqual({
        ok: false,
        message: `option '--neurons' must be an integer from 2 to 1000000, got '${text}'`,
      });
    },
  );
});

describe('parseNumberOption', () => {
  it('accepts finite numbers in range, including exponents', () => {
    expect(parseNumberOption('--noise', '0.25', { min: 0, max: 1 })).toEqual({ ok: true, value: 0.25 });
    expect(parseNumberOption('--auto', '-1', { min: -100, max: 100 })).toEqual({ ok: true, value: -1 });
    expect(parseNumberOption('--beta', '1e3', { min: 0, max: 1e6, minExclusive: true })).toEqual({
      ok: true,
      value: 1000,
    });
  });

  it('rejects values outside the range or not numbers', () => {
    expect(parseNumberOption('--noise', '1.5', { min: 0, max: 1 })).toEqual({
      ok: false,
      message: "option '--noise' must be a number from 0 to 1, got '1.5'",
    });
    expect(parseNumberOption('--beta', '0', { min: 0, max: 1e6, minExclusive: true })).toEqual({
      ok: false,
      message: "option '--beta' must be a number greater than 0 and at most 1000000, got '0'",
    });
    expect(parseNumberOption('--noise', 'NaN', { min: 0, max: 1 }).ok).toBe(false);
    expect(parseNumberOption('--noise', 'Infinity', { min: 0, max: 1 }).ok).toBe(false);
  });
});

describe('parseChoiceOption', () => {
  it('accepts a listed word and rejects others with the list', () => {
    expect(parseChoiceOption('--format', 'json', ['text', 'json'])).toEqual({ ok: true, value: 'json' });
    expect(parseChoiceOption('--format', 'xml', ['text', 'json'])).toEqual({
      ok: false,
      message: "option '--format' must be one of text, json, got 'xml'",
    });
  });
});
