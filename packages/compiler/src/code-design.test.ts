import { describe, expect, it } from 'vitest';
import { randomDfa } from '@cdam/automata';
import { seededRng } from '@cdam/automata/testing';
import {
  MINUS_WEIGHT,
  blockCodes,
  codeBounds,
  codeLayout,
  fillDesignedCodes,
  transitionNeighbours,
  type BlockCode,
} from './code-design.js';
import { drawCodes } from './codes.js';
import { createRng } from './random.js';

/** Every word of a block code's W as a ±1 vector (bit 1 = −1), by XOR of basis rows. */
function wordsOf(code: BlockCode): Int8Array[] {
  const words: Int8Array[] = [];
  for (let index = 0; index < 2 ** code.dimension; index++) {
    const w = new Int8Array(code.length).fill(1);
    code.basis.forEach((row, b) => {
      if ((index >>> b) & 1) for (let i = 0; i < code.length; i++) if ((row[i >>> 5] >>> (i & 31)) & 1) w[i] = -w[i];
    });
    words.push(w);
  }
  return words;
}

const dot = (x: ArrayLike<number>, y: ArrayLike<number>, from = 0, to = x.length) => {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i] * y[i];
  return s;
};

const row = (codes: Float64Array, q: number, length: number) => codes.subarray(q * length, (q + 1) * length);

describe('blockCodes', () => {
  const family = blockCodes();
  const find = (length: number, dimension: number) =>
    family.find((c) => c.length === length && c.dimension === dimension);

  it('has the extended BCH codes of the design, with their exact crosstalk', () => {
    // [64, 16, 24]: weights 24..40 besides 0 and 64, so |64 − 2w| ≤ 16 on the half without all-ones.
    expect(find(64, 15)?.kappa).toBe(16);
    expect(find(32, 15)?.kappa).toBe(16); // [32, 16, 8]
    expect(find(32, 10)?.kappa).toBe(8); // [32, 11, 12]
    expect(find(64, 9)?.kappa).toBe(8); // [64, 10, 28]
    // First-order Reed-Muller (Hadamard) halves: 2^m exactly orthogonal words of length 2^m.
    for (const m of [3, 4, 5, 6, 7]) expect(find(2 ** m, m)?.kappa).toBe(0);
  });

  it('states κ+ and κ− as the brute-force extremes over all pairs of distinct words (codes of up to 2^10 words)', () => {
    const small = family.filter((c) => c.dimension <= 10);
    expect(small.some((c) => c.shortened > 0)).toBe(true);
    for (const code of small) {
      const words = wordsOf(code);
      let plus = -Infinity;
      let minus = -Infinity;
      for (let x = 0; x < words.length; x++) {
        for (let y = 0; y < x; y++) {
          const inner = dot(words[x], words[y]);
          plus = Math.max(plus, inner);
          minus = Math.max(minus, inner === 0 ? 0 : -inner);
        }
      }
      const name = `length ${code.length}, dimension ${code.dimension}, shortened ${code.shortened}`;
      expect([code.kappaPlus, code.kappaMinus, code.kappa], name).toEqual([plus, minus, Math.max(plus, minus)]);
      // No two words are equal or complementary.
      expect(plus, name).toBeLessThan(code.length);
      expect(minus, name).toBeLessThan(code.length);
    }
  });

  it('shortens by s: the positive side drops by s and the negative side grows by s', () => {
    const whole = find(32, 15)!; // [32, 16, 8]: inner products of W within ±16
    const shortened = family.find((c) => c.length === 28 && c.shortened === 4 && c.dimension === 12);
    expect(shortened).toMatchObject({ kappaPlus: whole.kappaPlus - 4, kappaMinus: whole.kappaMinus + 4 });
  });

  it('offers for each length only codes that buy more words with more cost (κ+ + κ−/2)', () => {
    const cost = (c: BlockCode) => c.kappaPlus + MINUS_WEIGHT * c.kappaMinus;
    const lengths = new Set(family.map((c) => c.length));
    for (const length of lengths) {
      const codes = family.filter((c) => c.length === length).sort((x, y) => cost(x) - cost(y));
      for (let i = 1; i < codes.length; i++) {
        expect(cost(codes[i])).toBeGreaterThan(cost(codes[i - 1]));
        expect(codes[i].dimension).toBeGreaterThan(codes[i - 1].dimension);
      }
    }
  });
});

describe('codeLayout', () => {
  it('covers the length exactly and states the sum of its parts as its bound', () => {
    for (const [length, states] of [
      [56, 3212],
      [64, 10_000],
      [12, 2],
      [100, 10_000],
      [7, 40],
      [3000, 5],
      [40, 2_000_000],
    ]) {
      const layout = codeLayout(length, states);
      expect(layout.parts.reduce((s, p) => s + p.length, 0)).toBe(length);
      let plus = 0;
      let minus = 0;
      for (const part of layout.parts) {
        if (part.kind === 'random') {
          plus += part.length;
          minus += part.length;
        } else {
          expect(2 ** part.code.dimension).toBeGreaterThanOrEqual(states);
          expect(part.length).toBeLessThanOrEqual(part.code.length);
          plus += part.code.kappaPlus + part.code.length - part.length;
          minus += part.code.kappaMinus + part.code.length - part.length;
        }
      }
      expect([layout.kappaPlus, layout.kappaMinus, layout.kappaBound]).toEqual([plus, minus, Math.max(plus, minus)]);
    }
  });

  it('uses [32, 16, 8] shortened by 4 for 28 coordinates and 3212 states, whole for 32, random past 2^17 states', () => {
    expect(codeLayout(28, 3212)).toMatchObject({
      kappaPlus: 12,
      kappaMinus: 20,
      parts: [{ kind: 'block', length: 28, code: { length: 28, shortened: 4 } }],
    });
    expect(codeLayout(32, 10_000)).toMatchObject({
      kappaPlus: 16,
      kappaMinus: 16,
      parts: [{ kind: 'block', length: 32 }],
    });
    expect(codeLayout(40, 2_000_000)).toEqual({
      kappaPlus: 40,
      kappaMinus: 40,
      kappaBound: 40,
      parts: [{ kind: 'random', length: 40 }],
    });
  });

  it('states the bounds of a long layout without listing it', () => {
    for (const [length, states] of [
      [5000, 10],
      [100_000, 3000],
      [300, 40],
    ]) {
      const { parts, ...bounds } = codeLayout(length, states);
      expect(parts.reduce((s, p) => s + p.length, 0)).toBe(length);
      expect(codeBounds(length, states)).toEqual(bounds);
    }
  });
});

describe('designed state codes', () => {
  it('keep every pair within each block bound and the layout bound, with distinct codes', () => {
    for (const [states, length] of [
      [500, 56],
      [501, 56],
      [60, 40],
      [9, 12],
      [300, 100],
    ]) {
      const layout = codeLayout(length, states);
      const out = new Float64Array(states * length);
      const neighbours = transitionNeighbours(randomDfa(states, 3, seededRng(states)).delta);
      fillDesignedCodes(out, states, length, layout, createRng(3, 'test'), states % 2 === 0 ? neighbours : undefined);
      expect([...out].every((v) => v === 1 || v === -1)).toBe(true);
      let maxAbs = 0;
      let maxPlus = -Infinity;
      const overBlockBound: string[] = [];
      const equal: string[] = [];
      for (let q = 0; q < states; q++) {
        for (let r = 0; r < q; r++) {
          const x = row(out, q, length);
          const y = row(out, r, length);
          let offset = 0;
          for (const part of layout.parts) {
            const inner = dot(x, y, offset, offset + part.length);
            // The block's words are distinct, so its part is within κ_B plus what puncturing removed.
            const punctured = part.kind === 'block' ? part.code.length - part.length : 0;
            if (
              part.kind === 'block' &&
              (inner > part.code.kappaPlus + punctured || -inner > part.code.kappaMinus + punctured)
            ) {
              overBlockBound.push(`${q}, ${r} at ${offset}: ${inner}`);
            }
            offset += part.length;
          }
          const inner = dot(x, y);
          maxAbs = Math.max(maxAbs, Math.abs(inner));
          maxPlus = Math.max(maxPlus, inner);
          if (inner === length) equal.push(`${q}, ${r}`);
        }
      }
      expect(overBlockBound).toEqual([]);
      expect(equal).toEqual([]);
      expect(maxAbs).toBeLessThanOrEqual(layout.kappaBound);
      expect(maxPlus).toBeLessThanOrEqual(layout.kappaPlus);
    }
  });

  it('give transitions negative inner products when the transitions are given, and small sums otherwise', () => {
    const states = 800;
    const length = 56;
    const dfa = randomDfa(states, 2, seededRng(4));
    const layout = codeLayout(length, states);
    const stats = (neighbours?: number[][]) => {
      const out = new Float64Array(states * length);
      fillDesignedCodes(out, states, length, layout, createRng(1, 'test'), neighbours);
      let sum = 0;
      let count = 0;
      let worst = -Infinity;
      dfa.delta.forEach((row, q) =>
        row.forEach((t) => {
          if (t === q) return;
          const inner = dot(row_(out, q), row_(out, t));
          sum += inner;
          count++;
          worst = Math.max(worst, inner);
        }),
      );
      let largestSum = 0;
      for (let q = 0; q < states; q++)
        largestSum = Math.max(largestSum, Math.abs(row_(out, q).reduce((a, b) => a + b, 0)));
      return { mean: sum / count, worst, largestSum };
    };
    const row_ = (out: Float64Array, q: number) => row(out, q, length);
    const chosen = stats(transitionNeighbours(dfa.delta));
    const blind = stats();
    // Without the transitions, a transition is any pair; with them, the best of many candidates.
    expect(chosen.mean).toBeLessThan(blind.mean - 6);
    expect(chosen.mean).toBeLessThan(-4);
    expect(chosen.worst).toBeLessThan(blind.worst);
    // Without neighbours the sum decides: every code's |sum| is within ⌈sqrt(length)⌉.
    expect(blind.largestSum).toBeLessThanOrEqual(Math.ceil(Math.sqrt(length)));
  });

  it("lists each state's transition neighbours once, both directions, without itself", () => {
    expect(
      transitionNeighbours([
        [1, 0],
        [2, 2],
        [-1, 0],
      ]),
    ).toEqual([
      [1, 2],
      [0, 2],
      [0, 1],
    ]);
  });

  it('are deterministic in the seed and differ across seeds; input codes are those of random state codes', () => {
    const a = drawCodes('bipolar', 3, 40, 36, 3, 8, { length: 36 });
    expect(drawCodes('bipolar', 3, 40, 36, 3, 8, { length: 36 })).toEqual(a);
    expect(drawCodes('bipolar', 4, 40, 36, 3, 8, { length: 36 }).state).not.toEqual(a.state);
    expect(drawCodes('bipolar', 3, 40, 36, 3, 8).input).toEqual(a.input);
  });

  it('leave the entries past the designed length at +1 for an output part to overwrite', () => {
    const codes = drawCodes('bipolar', 1, 10, 20, 3, 4, { length: 16 });
    for (let q = 0; q < 10; q++) expect([...row(codes.state, q, 20).subarray(16)]).toEqual([1, 1, 1, 1]);
  });
});
