import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { HelpOverlay } from './help-overlay.js';

describe('HelpOverlay', () => {
  it('lists every key and the marks, in a box', () => {
    const { lastFrame } = render(<HelpOverlay width={99} height={30} />);
    const frame = lastFrame() ?? '';
    for (const key of ['→ or space', '.  ', '←', 'r  ', 'e  ', 'n  ', 'p  ', '?  ', 'q, Ctrl-C']) {
      expect(frame).toContain(`  ${key}`);
    }
    expect(frame).toContain('0, 0.1, 0.2, 0.3');
    expect(frame).toContain('>  the automaton state');
    expect(frame).toContain('press any key to close');
    expect(frame.split('\n')[0]).toMatch(/^╭─+╮$/);
  });

  it('lists ticks and no editing for a sequence', () => {
    const { lastFrame } = render(<HelpOverlay kind="sequence" width={99} height={30} />);
    const frame = lastFrame() ?? '';
    expect(frame).toContain('→ space .   one tick: one update of the network');
    expect(frame).not.toContain('edit the word');
    expect(frame).toContain('q, Ctrl-C');
  });

  it('is cut to the height it is given', () => {
    const { lastFrame } = render(<HelpOverlay width={60} height={8} />);
    expect((lastFrame() ?? '').split('\n')).toHaveLength(8);
  });
});
