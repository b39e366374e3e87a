import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { familyTreeDfa, ringDfa } from '../testing/index.js';
import { AutomatonTable } from './automaton-table.js';

const dfa = familyTreeDfa();
const lines = (frame: string | undefined) => (frame ?? '').split('\n');
const rowOf = (frame: string | undefined, state: string) =>
  lines(frame).find((l) => l.slice(3).startsWith(`${state} `)) ?? '';

describe('AutomatonTable', () => {
  it('marks the current state, the accepting states and the next symbol', () => {
    const { lastFrame } = render(
      <AutomatonTable dfa={dfa} current={0} decoded={0} transition={null} nextSymbol={0} width={80} height={10} />,
    );
    const frame = lastFrame();
    expect(lines(frame)[0]).toMatch(/state\s+▸wife\s+husband/);
    expect(rowOf(frame, 'Homer')).toMatch(/^>•\*Homer\s+Marge\s+∅\s+Bart\s+Lisa/);
    expect(rowOf(frame, 'Marge')).toMatch(/^ {2}\*Marge/);
    expect(rowOf(frame, '∅')).toMatch(/^ {3}∅/);
    expect(lines(frame)).toHaveLength(6);
  });

  it('brackets the transition just taken and marks a network state that differs', () => {
    const { lastFrame } = render(
      <AutomatonTable
        dfa={dfa}
        current={1}
        decoded={2}
        transition={{ from: 0, symbol: 0, to: 1 }}
        nextSymbol={3}
        width={80}
        height={10}
      />,
    );
    const frame = lastFrame();
    expect(rowOf(frame, 'Homer')).toMatch(/^ {2}\*Homer \[Marge\]/);
    expect(rowOf(frame, 'Marge')).toMatch(/^> \*Marge/);
    expect(rowOf(frame, 'Bart')).toMatch(/^ •\*Bart/);
    expect(lines(frame)[0]).toContain('▸daught');
  });

  it('shows a window of rows around the current state of a large automaton', () => {
    const big = ringDfa(1000, 3);
    const { lastFrame } = render(
      <AutomatonTable dfa={big} current={500} decoded={500} transition={null} nextSymbol={1} width={80} height={8} />,
    );
    const frame = lastFrame();
    expect(lines(frame)).toHaveLength(8);
    expect(rowOf(frame, 'q500')).toMatch(/^>•/);
    expect(frame).not.toContain('q0 ');
    expect(frame).toMatch(/^ {3}⋮\n.*q498[\s\S]*q502.*\n {3}⋮$/m);
  });

  it('keeps both ends of a long jump in view, with a gap between them', () => {
    const big = ringDfa(1000, 3);
    const { lastFrame } = render(
      <AutomatonTable
        dfa={big}
        current={700}
        decoded={700}
        transition={{ from: 20, symbol: 0, to: 700 }}
        nextSymbol={null}
        width={80}
        height={9}
      />,
    );
    const frame = lastFrame();
    expect(frame).toContain('⋮');
    expect(rowOf(frame, 'q20')).toMatch(/\[q21\]/);
    expect(rowOf(frame, 'q700')).toMatch(/^>/);
  });

  it('shows more symbol columns when it is given more width', () => {
    const { lastFrame, rerender } = render(
      <AutomatonTable dfa={dfa} current={0} decoded={0} transition={null} nextSymbol={6} width={40} height={10} />,
    );
    expect(lines(lastFrame())[0]).toContain('▸brother');
    expect(lines(lastFrame())[0]).not.toContain('wife');
    expect(lines(lastFrame())[0]).toMatch(/ … /);
    rerender(
      <AutomatonTable dfa={dfa} current={0} decoded={0} transition={null} nextSymbol={6} width={100} height={10} />,
    );
    expect(lines(lastFrame())[0]).toMatch(/wife.*▸brother.*sister/);
    expect(lines(lastFrame())[0]).not.toMatch(/ … /);
  });
});
