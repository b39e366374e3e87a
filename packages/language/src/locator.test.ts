import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Locator } from './locator.js';
import { propertyRuns } from './testing/property-runs.js';

/** The position of `offset` by counting from the start of the text. */
function naivePosition(text: string, offset: number) {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let boms = 0;
  while (text.charCodeAt(boms) === 0xfeff) boms++;
  let line = 1;
  let lineStart = boms;
  for (let i = 0; i < clamped; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') {
      if (i + 1 < clamped) i++;
      else break; // between \r and \n: still on the line of the \r
    }
    if (c === '\r' || c === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset: clamped, line, column: Math.max(1, clamped - lineStart + 1) };
}

describe('Locator', () => {
  it('gives the line and column of any offset, asked in any order', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '\uFEFF', '状'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        text.chain((t) =>
          fc.tuple(fc.constant(t), fc.array(fc.integer({ min: -2, max: t.length + 2 }), { maxLength: 30 })),
        ),
        ([t, offsets]) => {
          const at = new Locator(t);
          for (const offset of offsets) expect(at.position(offset)).toEqual(naivePosition(t, offset));
        },
      ),
      propertyRuns(300),
    );
  });
});
