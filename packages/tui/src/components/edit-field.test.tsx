import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { EditField } from './edit-field.js';

describe('EditField', () => {
  it('shows the text with the caret and how to finish', () => {
    const { lastFrame } = render(<EditField text="wife son" caret={8} error={null} width={60} />);
    expect(lastFrame()).toBe('word> wife son\nEnter accepts the word, Esc cancels');
  });

  it('names the bad symbol under the field', () => {
    const message = "symbol 'sun' at column 6 is not in the alphabet (wife, son)";
    const { lastFrame } = render(
      <EditField text="wife sun" caret={3} error={{ ok: false, symbol: 'sun', column: 6, message }} width={80} />,
    );
    expect(lastFrame()).toBe(`word> wife sun\n✗ ${message}`);
  });

  it('scrolls a long text so the caret stays in view', () => {
    const text = 'a '.repeat(50);
    const { lastFrame } = render(<EditField text={text} caret={100} error={null} width={30} />);
    const first = (lastFrame() ?? '').split('\n')[0];
    expect(first.startsWith('word> ')).toBe(true);
    expect(Array.from(first).length).toBeLessThanOrEqual(30);
  });
});
