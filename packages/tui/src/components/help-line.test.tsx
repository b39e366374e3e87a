import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { HelpLine } from './help-line.js';

describe('HelpLine', () => {
  it('lists the stepping keys in full on 80 columns', () => {
    const { lastFrame } = render(<HelpLine mode="step" playing={false} width={79} />);
    expect(lastFrame()).toBe('→/space next  . iter  ← back  r reset  e edit  n noise  p play  ? help  q quit');
  });

  it('offers pause while playing', () => {
    const { lastFrame } = render(<HelpLine mode="step" playing width={79} />);
    expect(lastFrame()).toContain('p pause');
  });

  it('uses a compact form, then cuts, on narrow terminals', () => {
    const { lastFrame, rerender } = render(<HelpLine mode="step" playing={false} width={70} />);
    expect(lastFrame()).toBe('→ next . iter ← back r reset e edit n noise p play ? help q quit');
    rerender(<HelpLine mode="step" playing={false} width={30} />);
    expect(lastFrame()).toBe('→ next . iter ← back r reset …');
  });

  it('offers ticks and no editing for a sequence', () => {
    const { lastFrame } = render(<HelpLine mode="step" kind="sequence" playing={false} width={79} />);
    expect(lastFrame()).toBe('→/space/. tick  ← back  r reset  n noise  p play  ? help  q quit');
  });

  it('shows the editing keys while editing, and how to close the help', () => {
    const { lastFrame, rerender } = render(<HelpLine mode="edit" playing={false} width={79} />);
    expect(lastFrame()).toMatch(/^Enter accept {2}Esc cancel/);
    rerender(<HelpLine mode="help" playing={false} width={79} />);
    expect(lastFrame()).toBe('any key closes the help');
  });
});
