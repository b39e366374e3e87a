import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { Tape } from './tape.js';

const word = ['wife', 'daughter', 'brother'];

describe('Tape', () => {
  it('puts the cursor on the next symbol after the consumed ones', () => {
    const { lastFrame, rerender } = render(
      <Tape symbols={word} position={0} iteration={2} iterations={2} width={80} />,
    );
    expect(lastFrame()).toBe('tape 0/3  ▸wife daughter brother');
    rerender(<Tape symbols={word} position={2} iteration={2} iterations={2} width={80} />);
    expect(lastFrame()).toBe('tape 2/3  wife daughter ▸brother');
  });

  it('shows the symbol being read while its iterations run', () => {
    const { lastFrame } = render(<Tape symbols={word} position={2} iteration={1} iterations={2} width={80} />);
    expect(lastFrame()).toBe('tape 2/3  wife [daughter 1/2] ▸brother');
  });

  it('puts the cursor past the end when the word is consumed', () => {
    const { lastFrame } = render(<Tape symbols={word} position={3} iteration={2} iterations={2} width={80} />);
    expect(lastFrame()).toBe('tape 3/3  wife daughter brother ▸(end)');
  });

  it('shows the empty word as its end', () => {
    const { lastFrame } = render(<Tape symbols={[]} position={0} iteration={2} iterations={2} width={80} />);
    expect(lastFrame()).toBe('tape 0/0  ▸(end)');
  });

  it('windows a long word around the cursor, marking the cut ends', () => {
    const long = Array.from({ length: 60 }, (_, i) => `s${i}`);
    const { lastFrame } = render(<Tape symbols={long} position={30} iteration={2} iterations={2} width={40} />);
    const frame = lastFrame() ?? '';
    expect(frame).toMatch(/^tape 30\/60 {2}… .*s29 ▸s30 s31.* …$/);
    expect(Array.from(frame).length).toBeLessThanOrEqual(40);
  });
});
