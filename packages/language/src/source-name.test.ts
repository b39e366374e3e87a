import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';
import { canonicalNameForm, formatName } from './source-name.js';
import { arbNameValue } from './testing/arbitraries.js';
import { propertyRuns } from './testing/property-runs.js';

const runs = propertyRuns(200);

describe('formatName', () => {
  it('quotes names exactly when needed', () => {
    expect(formatName('q0')).toBe('q0');
    expect(formatName('01')).toBe('01');
    expect(formatName('Zustand_ä')).toBe('Zustand_ä');
    expect(formatName('start')).toBe('"start"');
    expect(formatName('ε')).toBe('"ε"');
    expect(formatName('SYN-ACK')).toBe('"SYN-ACK"');
    expect(formatName('1.5')).toBe('"1.5"');
    expect(formatName('')).toBe('""');
    expect(formatName('say "hi"\\now\n\t')).toBe('"say \\"hi\\"\\\\now\\n\\t"');
    expect(formatName('\u0000\u2028')).toBe('"\\u{0}\\u{2028}"');
    expect(formatName('\ud800')).toBe('"\\u{D800}"');
    expect(canonicalNameForm('01')).toBe('integer');
    expect(canonicalNameForm('a1')).toBe('identifier');
    expect(canonicalNameForm('on')).toBe('string');
  });

  it('a name round-trips through formatName and the lexer', () => {
    fc.assert(
      fc.property(arbNameValue, (value) => {
        const { file, diagnostics } = parse(`sequence ${formatName(value)} { items a }`);
        expect(diagnostics).toEqual([]);
        expect(file.declarations[0].name.value).toBe(value);
        expect(file.declarations[0].name.form).toBe(canonicalNameForm(value));
      }),
      runs,
    );
  });
});
