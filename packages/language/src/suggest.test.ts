import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('nuerons', 'neurons')).toBe(1);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(editDistance('😀a', '😃a')).toBe(1);
  });
});

describe('suggest', () => {
  it('finds a close typo', () => {
    expect(suggest('nurons', ['neurons', 'seed', 'beta'])).toBe('neurons');
    expect(suggest('stat', ['start', 'state'])).toBe('start');
  });

  it('suggests a name that differs only in case, even a short one', () => {
    expect(suggest('A', ['a', 'b'])).toBe('a');
  });

  it('does not suggest an unrelated short name', () => {
    expect(suggest('c', ['a', 'b'])).toBeUndefined();
    expect(suggest('push', ['coin', 'pass'])).toBeUndefined();
  });

  it('never suggests the word itself and breaks ties by candidate order', () => {
    expect(suggest('abcdef', ['abcdef'])).toBeUndefined();
    expect(suggest('abcdex', ['abcdey', 'abcdez'])).toBe('abcdey');
  });
});
