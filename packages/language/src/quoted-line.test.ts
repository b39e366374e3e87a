import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from './diagnostics.js';
import { displayWidth, MAX_QUOTED_WIDTH, quoteLine, visibleCharacter, visibleText } from './quoted-line.js';
import { propertyRuns } from './testing/property-runs.js';

/** The span of `[from, to)` on a one-line source. */
function spanOn(from: number, to: number): Span {
  return {
    start: { offset: from, line: 1, column: from + 1 },
    end: { offset: to, line: 1, column: to + 1 },
  };
}

function width(text: string): number {
  return [...text].reduce((sum, c) => sum + displayWidth(c.codePointAt(0) ?? 0), 0);
}

/** The displayed text under the carets, by column (wide characters count twice). */
function underCaret(text: string, caret: string): string {
  const first = caret.indexOf('^');
  const last = caret.lastIndexOf('^') + 1;
  let column = 0;
  let out = '';
  for (const c of text) {
    const w = displayWidth(c.codePointAt(0) ?? 0);
    // a zero-width mark belongs to the character before it
    if (column >= first && column < last && (w > 0 || out !== '')) out += c;
    column += w;
  }
  return out;
}

const RAW_CONTROL =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

describe('quoteLine: control characters', () => {
  it('shows C0 (tab aside), DEL and C1 as one-column placeholders, with the caret still aligned', () => {
    const text = 'a\u0000b\u001b[31mc\u007fd\u009be x';
    const { text: shown, caret } = quoteLine({ text, offset: 0 }, spanOn(text.length - 1, text.length));
    expect(shown).toBe('a␀b␛[31mc␡d\uFFFDe x');
    expect(shown).not.toMatch(RAW_CONTROL);
    expect(caret).toBe(`${' '.repeat(shown.length - 1)}^`);
  });

  it('maps every control code point to a visible one and leaves other characters alone', () => {
    for (let code = 0; code <= 0x9f; code++) {
      const char = String.fromCharCode(code);
      const shown = visibleCharacter(char);
      if (code === 9 || (code >= 0x20 && code < 0x7f)) expect(shown).toBe(char);
      else
        expect([shown, displayWidth(shown.codePointAt(0) ?? 0)]).toEqual([expect.not.stringMatching(RAW_CONTROL), 1]);
    }
  });
});

describe('quoteLine: bidirectional-text controls and line separators', () => {
  const LAYOUT = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e'];
  const ISOLATES = ['\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029'];
  const RAW_LAYOUT = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

  it('shows each as a one-column placeholder, so it cannot reorder the line or shift the caret', () => {
    for (const char of [...LAYOUT, ...ISOLATES]) {
      expect([char, visibleCharacter(char)]).toEqual([char, '\uFFFD']);
      expect(visibleText(`a${char}\tb`)).toBe('a\uFFFD b');
    }
    // 'Trojan source': an RLO would display `b -> a` as `a >- b`, and the carets would point elsewhere
    const text = `x \u202eon bad\u202c\u2066 \u200fy\u2069 z`;
    const { text: shown, caret } = quoteLine({ text, offset: 0 }, spanOn(text.indexOf('y'), text.indexOf('y') + 1));
    expect(shown).toBe('x \uFFFDon bad\uFFFD\uFFFD \uFFFDy\uFFFD z');
    expect(shown).not.toMatch(RAW_LAYOUT);
    expect(caret).toBe(`${' '.repeat(shown.indexOf('y'))}^`);
    expect(underCaret(shown, caret)).toBe('y');
  });

  it('leaves other format characters alone (a zero-width joiner keeps an emoji sequence whole)', () => {
    expect(visibleText('\u{1F468}\u200d\u{1F469} e\u0301')).toBe('\u{1F468}\u200d\u{1F469} e\u0301');
  });
});

describe('quoteLine: long lines', () => {
  const long = `${'a'.repeat(200)}TARGET${'b'.repeat(200)}`;
  const target = spanOn(200, 206);

  it('leaves a line of exactly the maximum width whole', () => {
    const text = 'x'.repeat(MAX_QUOTED_WIDTH);
    expect(quoteLine({ text, offset: 0 }, spanOn(119, 120)).text).toBe(text);
  });

  it('cuts a wide line to a window around the span with … at both cut ends', () => {
    const { text, caret } = quoteLine({ text: long, offset: 0 }, target);
    expect(width(text)).toBe(MAX_QUOTED_WIDTH);
    expect(text.startsWith('…a')).toBe(true);
    expect(text.endsWith('b…')).toBe(true);
    expect(underCaret(text, caret)).toBe('TARGET');
    // centred: as many columns before the span as after it, give or take one
    expect(Math.abs(text.indexOf('T') - (text.length - text.lastIndexOf('T') - 1))).toBeLessThanOrEqual(1);
  });

  it('cuts only the right end for a span near the start, and only the left for one near the end', () => {
    const early = quoteLine({ text: long, offset: 0 }, spanOn(3, 5));
    expect(early.text).toMatch(/^a{119}…$/);
    expect(early.caret).toBe('   ^^');
    const late = quoteLine({ text: long, offset: 0 }, spanOn(long.length, long.length));
    expect(late.text).toMatch(/^…b{119}$/);
    expect(late.caret).toBe(`${' '.repeat(MAX_QUOTED_WIDTH)}^`);
  });

  it('starts a span wider than the window near the left edge and underlines it to the cut', () => {
    const { text, caret } = quoteLine({ text: long, offset: 0 }, spanOn(150, 400));
    expect(text.slice(0, 12)).toBe(`…${'a'.repeat(10)}a`);
    expect(caret).toBe(`${' '.repeat(11)}${'^'.repeat(MAX_QUOTED_WIDTH - 12)}`);
  });

  it('keeps the caret aligned when the cut falls inside a wide character or a tab', () => {
    const text = `${'状'.repeat(100)}\t${'x'.repeat(5)}${'\t状'.repeat(60)}`;
    const offset = text.indexOf('x');
    const { text: shown, caret } = quoteLine({ text, offset: 0 }, spanOn(offset, offset + 5));
    expect(width(shown)).toBeLessThanOrEqual(MAX_QUOTED_WIDTH);
    expect(underCaret(shown, caret)).toBe('xxxxx');
  });

  const piece = fc.constantFrom(
    'a',
    'bc',
    '状',
    '😀',
    '\t',
    '\u0000',
    '\u001b',
    '\u0085',
    'e\u0301',
    ' ',
    '\u202e',
    '\u200f',
  );
  it('never exceeds the width, never shows a raw control character, and puts the caret under the span', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 150 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const line = pieces.join('');
        // spans start and end on piece boundaries, like token spans do
        const bounds = [0, ...pieces.map((_, k) => pieces.slice(0, k + 1).join('').length)];
        const [from, to] = [bounds[a % bounds.length], bounds[b % bounds.length]].sort((x, y) => x - y);
        const { text, caret } = quoteLine({ text: line, offset: 0 }, spanOn(from, to));
        expect(width(text)).toBeLessThanOrEqual(MAX_QUOTED_WIDTH);
        expect(text).not.toMatch(RAW_CONTROL);
        const spanText = line.slice(from, to);
        const shownSpan = [...spanText].map((c) => (c === '\t' ? ' ' : visibleCharacter(c))).join('');
        const first = [...shownSpan][0];
        if (first !== undefined && first !== ' ' && displayWidth(first.codePointAt(0) ?? 0) > 0) {
          expect(underCaret(text, caret).startsWith(first)).toBe(true);
        }
      }),
      propertyRuns(300),
    );
  });
});
