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

describe('HelpOverlay for a sequence', () => {
  it('says what stepping a sequence means, what its table holds, and its own marks', () => {
    const { lastFrame } = render(<HelpOverlay kind="sequence" width={99} height={40} />);
    const frame = lastFrame() ?? '';
    expect(frame).toContain('cdam step: stepping a sequence');
    expect(frame).toContain('each tick is one update of the network');
    expect(frame).toContain("under 'after tick', the pattern exact recall moves to from each one");
    expect(frame).toContain('r           reset to the first pattern (tick 0)');
    expect(frame).toContain('>  where exact recall is');
    for (const automatonOnly of [
      'accepting state',
      'the next input symbol',
      'start of the word',
      'one input per tick',
    ]) {
      expect(frame).not.toContain(automatonOnly);
    }
  });
});
