import { describe, expect, it } from 'vitest';
import { checkSource } from './check-source.js';
import { MAX_QUOTED_WIDTH, quoteLine } from './quoted-line.js';
import { formatDiagnostics } from './render-diagnostics.js';

/**
 * Runs `run` while counting string work: the length of every string scanned whole by `replace`,
 * `replaceAll`, `match`, `matchAll` or `split`, plus every character a `for...of` loop takes from a string.
 * A count, not a clock, so the test holds on a loaded machine and fails on a quadratic algorithm.
 */
function stringWork(run: () => void): number {
  const proto = String.prototype as unknown as Record<PropertyKey, (...args: unknown[]) => unknown>;
  const scanning = ['replace', 'replaceAll', 'match', 'matchAll', 'split'] as const;
  const saved = new Map<PropertyKey, (...args: unknown[]) => unknown>();
  let work = 0;
  for (const name of scanning) {
    const original = proto[name];
    saved.set(name, original);
    proto[name] = function (this: string, ...args: unknown[]) {
      work += this.length;
      return original.apply(this, args);
    };
  }
  const iterate = proto[Symbol.iterator] as (this: string) => Iterator<string>;
  saved.set(Symbol.iterator, iterate);
  proto[Symbol.iterator] = function* (this: string) {
    const inner = iterate.call(this);
    for (let step = inner.next(); step.done !== true; step = inner.next()) {
      work++;
      yield step.value;
    }
  };
  try {
    run();
  } finally {
    for (const [name, original] of saved) proto[name] = original;
  }
  return work;
}

/** What `cdam check` does with a file: check it, then render the first 50 diagnostics. */
function checkAndRender(source: string): number {
  let count = 0;
  const work = stringWork(() => {
    const { diagnostics } = checkSource(source);
    count = diagnostics.length;
    formatDiagnostics(diagnostics, { fileName: 'f.fsa', source, limit: 50 });
  });
  expect(count).toBeGreaterThan(0);
  return work;
}

describe('checking is linear in the input', () => {
  it('many invalid escapes in one string cost string work proportional to the file, not its square', () => {
    for (const escapes of [5_000, 20_000]) {
      const source = `dfa A {\n  alphabet "${'\\q'.repeat(escapes)}"\n  start q\n  accept q\n}\n`;
      const { diagnostics } = checkSource(source);
      expect(diagnostics.filter((d) => d.code === 'FSA104')).toHaveLength(escapes);
      // a few dozen characters per escape (each message shows the start of the string); quadratic, every
      // escape's message scanned the whole string: 2 * escapes^2 characters
      expect(checkAndRender(source)).toBeLessThan(50 * source.length);
    }
  });

  it('quoting a span on a very long line looks at a window around the span only', () => {
    const line = `${'x'.repeat(1_000_000)}ERR${'y'.repeat(1_000_000)}`;
    const span = {
      start: { offset: 1_000_000, line: 1, column: 1_000_001 },
      end: { offset: 1_000_003, line: 1, column: 1_000_004 },
    };
    let quoted = { text: '', caret: '' };
    const work = stringWork(() => {
      quoted = quoteLine({ text: line, offset: 0 }, span);
    });
    expect(work).toBeLessThan(20 * MAX_QUOTED_WIDTH);
    // the same as quoting the line with its far parts cut away: the window shows only the middle
    const short = `${'x'.repeat(1_000)}ERR${'y'.repeat(1_000)}`;
    const shortSpan = {
      start: { offset: 1_000, line: 1, column: 1_001 },
      end: { offset: 1_003, line: 1, column: 1_004 },
    };
    expect(quoted).toEqual(quoteLine({ text: short, offset: 0 }, shortSpan));
    expect(quoted.text).toMatch(/^…x+ERRy+…$/);
    expect(quoted.caret.trim()).toBe('^^^');
  });
});
