import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { bar, OverlapBars, type Overlap } from './overlap-bars.js';

const homer = (r: number): Overlap => ({ label: 'Homer', r, network: true, automaton: true });
const marge = (r: number): Overlap => ({ label: 'Marge', r, network: false, automaton: false });

describe('OverlapBars', () => {
  it('draws one bar per state with its correlation, marking the network and the automaton state', () => {
    const { lastFrame } = render(<OverlapBars overlaps={[homer(0.93), marge(0.12)]} width={40} />);
    const [first, second] = (lastFrame() ?? '').split('\n');
    expect(first).toMatch(/^>Homer  0\.93 █+[▏▎▍▌▋▊▉]? ◀$/);
    expect(second).toMatch(/^ Marge  0\.12 █+[▏▎▍▌▋▊▉]?$/);
  });

  it('is a function of its props', () => {
    const { lastFrame, rerender } = render(<OverlapBars overlaps={[homer(0.93)]} width={30} />);
    expect(lastFrame()).toContain('0.93');
    rerender(<OverlapBars overlaps={[homer(0.12)]} width={30} />);
    expect(lastFrame()).toContain('0.12');
    expect(lastFrame()).not.toContain('0.93');
  });

  it('shows a negative correlation as a value with an empty bar', () => {
    const { lastFrame } = render(<OverlapBars overlaps={[marge(-0.21)]} width={30} />);
    expect(lastFrame()).toBe(' Marge -0.21');
  });
});

describe('bar', () => {
  it('fills r of the width, in eighths', () => {
    expect(bar(1, 4)).toBe('████');
    expect(bar(0.5, 4)).toBe('██');
    expect(bar(0.5625, 4)).toBe('██▎');
    expect(bar(-1, 3)).toBe('');
    expect(bar(2, 3)).toBe('███');
  });
});
