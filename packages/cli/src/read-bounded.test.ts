import { describe, expect, it } from 'vitest';
import { formatByteCount, MAX_INPUT_BYTES, readStreamBounded } from './read-bounded.js';

describe('readStreamBounded', () => {
  async function* chunks(sizes: readonly number[]) {
    for (const size of sizes) yield Buffer.alloc(size, 'a');
  }

  it('keeps every byte up to the cap and nothing past it', async () => {
    expect((await readStreamBounded(chunks([3, 4, 3]), 10))?.length).toBe(10);
    expect(await readStreamBounded(chunks([3, 4, 4]), 10)).toBeUndefined();
    expect((await readStreamBounded(chunks([]), 10))?.length).toBe(0);
  });

  it('counts the UTF-8 bytes of text chunks, not their characters', async () => {
    async function* text() {
      yield 'éé';
    }
    expect(await readStreamBounded(text(), 3)).toBeUndefined();
    expect((await readStreamBounded(text(), 4))?.toString('utf8')).toBe('éé');
  });

  it('stops pulling from an endless source once past the cap', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.alloc(100);
      }
    }
    expect(await readStreamBounded(endless(), 250)).toBeUndefined();
    expect(pulled).toBe(3);
  });
});

describe('formatByteCount', () => {
  it('names the cap in the largest whole binary unit', () => {
    expect(formatByteCount(MAX_INPUT_BYTES)).toBe('256 MiB');
    expect(formatByteCount(4096)).toBe('4 KiB');
    expect(formatByteCount(1000)).toBe('1000 bytes');
    expect(formatByteCount(1)).toBe('1 byte');
  });
});
