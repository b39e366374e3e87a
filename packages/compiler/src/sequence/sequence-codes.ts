import type { Encoding } from '../codes.js';
import { createRng, type Rng } from '../random.js';
import type { SequenceCodes } from './sequence-network.js';

/** Streams of `createRng` used for sequence codes. */
export const ITEM_CODE_STREAM = 'item-codes';
export const CONTEXT_CODE_STREAM = 'context-codes';

/**
 * Draws item and context codes: bipolar (±1, 16 bits per 32-bit draw, as the automaton's state codes) or
 * uniform in [0, 1) (the paper's), from the streams `'item-codes'` and `'context-codes'` of `seed`.
 * Deterministic in (encoding, seed, sizes). O(itemCount · itemLength + contextCount · contextLength).
 */
export function drawSequenceCodes(
  encoding: Encoding,
  seed: number,
  itemCount: number,
  itemLength: number,
  contextCount: number,
  contextLength: number,
): SequenceCodes {
  const item = new Float64Array(itemCount * itemLength);
  const context = new Float64Array(contextCount * contextLength);
  fillCodes(item, itemCount, itemLength, encoding, createRng(seed, ITEM_CODE_STREAM));
  fillCodes(context, contextCount, contextLength, encoding, createRng(seed, CONTEXT_CODE_STREAM));
  return { encoding, itemCount, itemLength, item, contextCount, contextLength, context };
}

function fillCodes(out: Float64Array, count: number, length: number, encoding: Encoding, rng: Rng): void {
  if (encoding === 'uniform') {
    for (let i = 0; i < out.length; i++) out[i] = rng.next();
    return;
  }
  for (let r = 0; r < count; r++) {
    const row = r * length;
    for (let i = 0; i < length; i += 16) {
      const bits = rng.nextUint32() >>> 16;
      const end = Math.min(16, length - i);
      for (let b = 0; b < end; b++) out[row + i + b] = (bits >>> b) & 1 ? 1 : -1;
    }
  }
}
