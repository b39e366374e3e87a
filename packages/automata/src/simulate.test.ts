import { describe, expect, it } from 'vitest';
import { EPSILON, NO_EDGE, type Dfa, type Nfa } from './fa-types.js';
import { accepts, simulate, simulateDfa, simulateNfa } from './simulate.js';

const partial: Dfa = {
  alphabet: ['a', 'bb'],
  states: ['s', 't'],
  start: 0,
  accepting: new Set([1]),
  delta: [
    [1, NO_EDGE],
    [1, 0],
  ],
};

const withEpsilon: Nfa = {
  alphabet: ['a', 'b'],
  states: ['p', 'q', 'r'],
  start: [0],
  accepting: new Set([2]),
  edges: [
    [{ symbol: EPSILON, to: 1 }],
    [
      { symbol: 0, to: 2 },
      { symbol: 0, to: 0 },
    ],
    [{ symbol: EPSILON, to: 2 }],
  ],
};

describe('simulateDfa', () => {
  it('returns the state after each symbol and accepts in an accepting state', () => {
    expect(simulateDfa(partial, ['a', 'bb', 'a', 'a'])).toEqual({ accepted: true, trace: [0, 1, 0, 1, 1] });
  });

  it('stops on a missing edge and on an unknown symbol', () => {
    expect(simulateDfa(partial, ['bb', 'a'])).toEqual({
      accepted: false,
      trace: [0],
      stopped: { position: 0, reason: 'no-edge' },
    });
    expect(simulateDfa(partial, ['a', 'b'])).toEqual({
      accepted: false,
      trace: [0, 1],
      stopped: { position: 1, reason: 'unknown-symbol' },
    });
  });

  it('rejects the empty word when the start is not accepting', () => {
    expect(accepts(partial, [])).toBe(false);
  });
});

describe('simulateNfa', () => {
  it('tracks epsilon-closed state sets', () => {
    expect(simulateNfa(withEpsilon, ['a', 'a'])).toEqual({
      accepted: true,
      trace: [
        [0, 1],
        [0, 1, 2],
        [0, 1, 2],
      ],
    });
  });

  it('stops when no state survives', () => {
    const run = simulate(withEpsilon, ['b']);
    expect(run.accepted).toBe(false);
    expect(run.stopped).toEqual({ position: 0, reason: 'no-edge' });
  });
});
