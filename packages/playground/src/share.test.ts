import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '@cdam/language/testing';
import { fromBase64Url, readShare, shareFragment, toBase64Url } from './share.js';

describe('share link', () => {
  it('base64url of UTF-8, without padding or + and /', () => {
    expect(toBase64Url('dfa A {}')).toBe('ZGZhIEEge30');
    expect(toBase64Url('ε→?>')).toBe(Buffer.from('ε→?>', 'utf8').toString('base64url'));
    expect(fromBase64Url('ZGZhIEEge30')).toBe('dfa A {}');
  });

  it('round-trips any source, word and name', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string(),
        fc.option(fc.string(), { nil: undefined }),
        (s, w, a) => {
          const shared = { source: s, input: w, ...(a !== undefined ? { automaton: a } : {}) };
          const read = readShare(`#${shareFragment(shared)}`);
          expect(read).toEqual({ kind: 'ok', shared });
        },
      ),
      propertyRuns(200),
    );
  });

  it('reads the contract form and explains a broken link', () => {
    const src = Buffer.from('dfa A { }', 'utf8').toString('base64url');
    expect(readShare(`#src=${src}&input=a%20b&automaton=A`)).toEqual({
      kind: 'ok',
      shared: { source: 'dfa A { }', input: 'a b', automaton: 'A' },
    });
    expect(readShare('')).toEqual({ kind: 'none' });
    expect(readShare('#input=a')).toEqual({ kind: 'none' });
    expect(readShare('#src=*&input=a')).toMatchObject({ kind: 'error', message: expect.stringMatching(/src/) });
    expect(readShare(`#src=${src}&input=%E0%A4%A`)).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/input/),
    });
    expect(readShare('#src=_w')).toMatchObject({ kind: 'error' }); // 0xff is not UTF-8
  });
});
