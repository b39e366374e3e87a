import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { StatusLine, type StatusLineProps } from './status-line.js';

const base: StatusLineProps = {
  network: { name: 'Marge', best: 0.91, margin: 0.69 },
  automaton: 'Marge',
  agreement: 'agree',
  verdict: null,
  position: 1,
  length: 3,
  iteration: 2,
  parameters: {
    neurons: 48,
    split: '32 state + 16 input',
    beta: 2.5104,
    auto: -1,
    hetero: 2,
    eta: 1,
    iterations: 2,
    seed: 0,
  },
  noise: 0,
  playing: false,
  notice: null,
};

describe('StatusLine', () => {
  it('shows the decoded state and margin beside the automaton state, and the parameters', () => {
    const { lastFrame } = render(<StatusLine {...base} />);
    const lines = (lastFrame() ?? '').split('\n');
    expect(lines[0]).toBe('network Marge r 0.91 margin 0.69   automaton Marge   ✓ agree');
    expect(lines[1]).toBe('input 1/3 · iteration 2/2 · noise 0');
    expect(lines[2]).toBe('n 48 (32 state + 16 input) · beta 2.51 · a -1 · h 2 · eta 1 · K 2 · seed 0');
    expect(lines).toHaveLength(3);
  });

  it('marks a disagreement, quiescence and an input still settling', () => {
    const { lastFrame, rerender } = render(
      <StatusLine {...base} network={{ name: 'Bart', best: 0.6, margin: 0.1 }} agreement="disagree" />,
    );
    expect(lastFrame()).toMatch(/network Bart .* automaton Marge {3}✗ DISAGREE/);
    rerender(<StatusLine {...base} agreement="quiescent" />);
    expect(lastFrame()).toMatch(/network \(none\) .*✗ QUIESCENT/);
    rerender(<StatusLine {...base} agreement="settling" iteration={1} />);
    expect(lastFrame()).toMatch(/… settling\ninput 1\/3 · iteration 1\/2/);
  });

  it('gives the verdict at the end of the word, and says when network and automaton differ', () => {
    const { lastFrame, rerender } = render(
      <StatusLine {...base} position={3} verdict={{ network: true, automaton: true }} />,
    );
    expect(lastFrame()).toContain('input 3/3 · iteration 2/2 · noise 0   verdict: ACCEPT');
    rerender(<StatusLine {...base} position={3} verdict={{ network: false, automaton: false }} />);
    expect(lastFrame()).toContain('verdict: REJECT');
    rerender(<StatusLine {...base} position={3} verdict={{ network: false, automaton: true }} />);
    expect(lastFrame()).toContain('verdict: network REJECT, automaton ACCEPT ✗ DIFFER');
  });

  it('shows noise, play and a notice', () => {
    const { lastFrame } = render(<StatusLine {...base} noise={0.2} playing notice="noise 0.2" />);
    const lines = (lastFrame() ?? '').split('\n');
    expect(lines[1]).toBe('input 1/3 · iteration 2/2 · noise 0.2 · ▶ playing');
    expect(lines[3]).toBe('noise 0.2');
  });

  it('speaks of ticks and the expected pattern for a sequence', () => {
    const { lastFrame } = render(<StatusLine {...base} kind="sequence" automaton="A#2" position={2} length={8} />);
    const lines = (lastFrame() ?? '').split('\n');
    expect(lines[0]).toBe('network Marge r 0.91 margin 0.69   expected A#2   ✓ agree');
    expect(lines[1]).toBe('tick 2/8 · noise 0');
  });

  it('says when a partial automaton is stuck', () => {
    const { lastFrame } = render(<StatusLine {...base} automaton={null} agreement="disagree" />);
    expect(lastFrame()).toContain('automaton (stuck)');
  });
});
