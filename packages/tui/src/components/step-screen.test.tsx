import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { fakeModel, familyTreeDfa, ringDfa, sessionAfter } from '../testing/index.js';
import { StepScreen } from './step-screen.js';

const model = fakeModel(familyTreeDfa(), {}, 'FamilyTree');
const word = ['wife', 'daughter', 'brother'];
const screen = (session = sessionAfter(model, word), columns = 80, rows = 24, m = model) => (
  <StepScreen
    session={session}
    name={m.name}
    fileName="family.fsa"
    parameters={m.parameters}
    columns={columns}
    rows={rows}
  />
);
const lines = (frame: string | undefined) => (frame ?? '').split('\n');

describe('StepScreen', () => {
  it('shows the table, the bars, the tape, the status and the keys on 80x24', () => {
    const { lastFrame } = render(screen());
    const frame = lastFrame() ?? '';
    expect(lines(frame)[0]).toBe('cdam step · FamilyTree (5 states, 8 symbols) · family.fsa');
    expect(frame).toMatch(/^>•\*Homer/m);
    expect(frame).toContain('correlation with each state');
    expect(frame).toMatch(/^>Homer  0\.90 █+[▏▎▍▌▋▊▉]? ◀$/m);
    expect(frame).toContain('tape 0/3  ▸wife daughter brother');
    expect(frame).toContain('network Homer r 0.90 margin 0.80   automaton Homer   ✓ agree');
    expect(lines(frame).at(-1)).toMatch(/^→\/space next/);
    expect(lines(frame).length).toBeLessThan(24);
    for (const line of lines(frame)) expect(Array.from(line).length).toBeLessThanOrEqual(80);
  });

  it('follows the session: the cursor, the transition taken and the verdict at the end', () => {
    const { lastFrame } = render(screen(sessionAfter(model, word, [{ type: 'next' }, { type: 'next' }])));
    expect(lastFrame()).toContain('tape 2/3  wife daughter ▸brother');
    expect(lastFrame()).toMatch(/^ {2}\*Marge .*\[Lisa\]/m);
    expect(lastFrame()).toMatch(/^>•\*Lisa/m);
    const end = sessionAfter(model, word, [{ type: 'next' }, { type: 'next' }, { type: 'next' }]);
    const { lastFrame: endFrame } = render(screen(end));
    expect(endFrame()).toContain('verdict: ACCEPT');
    expect(endFrame()).toContain('▸(end)');
  });

  it('marks a disagreement in the status, the table and the bars', () => {
    const liar = fakeModel(familyTreeDfa(), { misread: (p) => (p === 1 ? 2 : undefined) }, 'FamilyTree');
    const { lastFrame } = render(screen(sessionAfter(liar, word, [{ type: 'next' }]), 80, 24, liar));
    const frame = lastFrame() ?? '';
    expect(frame).toContain('network Bart r 0.90 margin 0.80   automaton Marge   ✗ DISAGREE');
    expect(frame).toMatch(/^> \*Marge/m);
    expect(frame).toMatch(/^ •\*Bart/m);
    expect(frame).toMatch(/^ Bart   0\.90 █+[▏▎▍▌▋▊▉]? ◀$/m);
    expect(frame).toMatch(/^>Marge  0\.10 █*[▏▎▍▌▋▊▉]?$/m);
  });

  it('re-lays out on resize: side by side when wide, fewer rows when short, a notice when too small', () => {
    const session = sessionAfter(model, word);
    const { lastFrame, rerender } = render(screen(session, 80, 24));
    expect(lastFrame()).toMatch(/^correlation with each state$/m);
    rerender(screen(session, 100, 14));
    expect(lastFrame()).toMatch(/correlation: top \d of 5 states/);
    expect(lines(lastFrame()).length).toBeLessThan(14);
    rerender(screen(session, 30, 10));
    expect(lastFrame()).toBe('terminal too small: 30x10, cdam step needs 40x13 (q quits)');
  });

  it('puts the bars beside the table on a wide terminal', () => {
    // ink lays out against the fake stdout's 100 columns, so "wide" is judged for a narrow table
    const small = fakeModel(ringDfa(4, 2), {}, 'Ring');
    const { lastFrame } = render(screen(sessionAfter(small, ['a', 'b']), 100, 24, small));
    expect(lastFrame()).toMatch(/^ {3}state ▸a {4}b {4}correlation with each state$/m);
  });

  it('keeps a 1000-state automaton to a window of rows and the top bars', () => {
    const big = fakeModel(ringDfa(1000, 4), {}, 'Ring');
    const session = sessionAfter(big, ['a', 'b', 'c'], [{ type: 'next' }]);
    const { lastFrame } = render(screen(session, 80, 24, big));
    const frame = lastFrame() ?? '';
    expect(frame).toContain('Ring (1000 states, 4 symbols)');
    expect(frame).toMatch(/correlation: top \d of 1000 states/);
    expect(frame).toMatch(/^>•[ *]q1 /m);
    expect(lines(frame).length).toBeLessThan(24);
  });

  it('shows the edit field with its error instead of the tape, and the help overlay', () => {
    const editing = sessionAfter(model, word, [{ type: 'start-edit' }, { type: 'edit-insert', text: ' sistr' }]);
    const { lastFrame } = render(screen(editing));
    expect(lastFrame()).toContain('word> wife daughter brother sistr');
    expect(lastFrame()).toContain("✗ symbol 'sistr' at column 23 is not in the alphabet");
    expect(lastFrame()).not.toContain('tape 0/3');
    const { lastFrame: help } = render(screen(sessionAfter(model, word, [{ type: 'open-help' }])));
    expect(help()).toContain('cdam step: keys');
    expect(help()).toContain('any key closes the help');
  });
});
