import { describe, expect, it } from 'vitest';
import { classifyMode } from './classify-mode.js';

describe('classifyMode', () => {
  it('auto-association: the start memory alone', () => {
    expect(classifyMode([0.98, -0.03, -0.04, -0.03])).toEqual({ mode: 'auto-association', range: 0 });
  });

  it('narrow hetero-association: the start and its neighbours', () => {
    expect(classifyMode([0.8, 0.37, -0.06, -0.06])).toEqual({ mode: 'narrow hetero-association', range: 1 });
  });

  it('wide hetero-association: positive out to distance 2 or more, even when distance 1 beats distance 0', () => {
    expect(classifyMode([0.37, 0.43, 0.24, 0.09, -0.06])).toEqual({ mode: 'wide hetero-association', range: 3 });
  });

  it('neutral quiescence: nothing near the start is recalled', () => {
    expect(classifyMode([-0.07, -0.04, -0.04, 0.0, 0.09])).toEqual({ mode: 'neutral quiescence', range: null });
    expect(classifyMode([0.3, 0.01, 0.2])).toEqual({ mode: 'neutral quiescence', range: null });
  });

  it('copes with a graph of one vertex', () => {
    expect(classifyMode([0.9])).toEqual({ mode: 'auto-association', range: 0 });
  });
});
