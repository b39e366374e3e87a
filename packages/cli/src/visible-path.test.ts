import { describe, expect, it } from 'vitest';
import { visiblePath } from './visible-path.js';

describe('visiblePath', () => {
  it('escapes control and bidirectional-format characters', () => {
    expect(visiblePath('\u001b[31mred.fsa')).toBe('\\u{1B}[31mred.fsa');
    expect(visiblePath('a\nb\tc\r.fsa')).toBe('a\\nb\\tc\\u{D}.fsa');
    expect(visiblePath('x\u202Eafs.txt\u0085\u007f')).toBe('x\\u{202E}afs.txt\\u{85}\\u{7F}');
    expect(visiblePath('\u2028\u2066')).toBe('\\u{2028}\\u{2066}');
  });

  it('keeps ordinary names, backslashes and other scripts as they are', () => {
    for (const name of ['samples/turnstile.fsa', 'C:\\work\\a b.fsa', 'été/机器.fsa', '\u{1F468}\u200d\u{1F469}.fsa']) {
      expect(visiblePath(name)).toBe(name);
    }
  });
});
