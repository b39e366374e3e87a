import { readFileSync } from 'node:fs';
import { compileSequence } from '@cdam/compiler';
import { checkSource, findSequence, toSequenceSpec } from '@cdam/language';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { StepApp, type StepAppProps } from './step-app.js';
import { modelFromSequence } from './sequence-model.js';
import { modelFromNetwork, type StepModel } from './step-model.js';
import { compiledFamilyTree, fakeModel, familyTreeDfa, manualTimer, settleInk } from './testing/index.js';

const RIGHT = '\u001B[C';
const LEFT = '\u001B[D';
const ESC = '\u001B';
const ENTER = '\r';

/** The family tree sample, compiled: the real network, not a fake. */
function familyTreeModel(): StepModel {
  return modelFromNetwork(compiledFamilyTree());
}

function start(props: Partial<StepAppProps> & { model: StepModel }) {
  const timer = manualTimer();
  const app = (extra: Partial<StepAppProps> = {}) => (
    <StepApp
      word={['wife', 'daughter', 'brother']}
      fileName="samples/family-tree.fsa"
      timer={timer}
      columns={80}
      rows={24}
      {...props}
      {...extra}
    />
  );
  const ui = render(app());
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      ui.stdin.write(key);
      await settleInk();
    }
    return ui.lastFrame() ?? '';
  };
  return { ui, timer, press, app };
}

const status = (frame: string) => frame.split('\n').find((l) => l.startsWith('network ')) ?? '';

describe('StepApp (keys through stdin)', () => {
  const model = familyTreeModel();

  it('steps the real family-tree network: Marge after one →, Lisa after two, Bart and the verdict after three', async () => {
    const { press, ui } = start({ model });
    await settleInk();
    expect(status(ui.lastFrame() ?? '')).toMatch(/^network Homer .*automaton Homer {3}✓ agree$/);
    expect(status(await press(RIGHT))).toMatch(/^network Marge .*automaton Marge {3}✓ agree$/);
    expect(status(await press(' '))).toMatch(/^network Lisa .*automaton Lisa {3}✓ agree$/);
    const end = await press(RIGHT);
    expect(status(end)).toMatch(/^network Bart .*automaton Bart {3}✓ agree$/);
    expect(end).toContain('verdict: ACCEPT');
    expect(end).toContain('▸(end)');
    ui.unmount();
  });

  it('iterates with `.`, goes back with ←, resets with r', async () => {
    const { press, ui } = start({ model });
    await settleInk();
    let frame = await press('.');
    expect(frame).toContain('tape 1/3  [wife 0/2] ▸daughter brother');
    expect(status(frame)).toContain('… settling');
    frame = await press('.', '.');
    expect(frame).toContain('tape 1/3  wife ▸daughter brother');
    expect(status(frame)).toMatch(/network Marge .*✓ agree/);
    frame = await press(LEFT);
    expect(frame).toContain('[wife 1/2]');
    frame = await press(LEFT, LEFT, LEFT);
    expect(frame).toContain('tape 0/3  ▸wife');
    expect(frame).toContain('at the start');
    await press(RIGHT, RIGHT);
    frame = await press('r');
    expect(frame).toContain('tape 0/3  ▸wife');
    expect(status(frame)).toMatch(/^network Homer/);
    ui.unmount();
  });

  it('edits the word inline: an unknown symbol is named, Enter accepts a good word, Esc cancels', async () => {
    const { press, ui } = start({ model });
    await settleInk();
    let frame = await press('e');
    expect(frame).toContain('word> wife daughter brother');
    expect(frame).toMatch(/^Enter accept {2}Esc cancel/m);
    frame = await press(' sistr');
    expect(frame).toContain("✗ symbol 'sistr' at column 23 is not in the alphabet");
    frame = await press(ENTER);
    expect(frame).toContain('word> wife daughter brother sistr');
    frame = await press('\u007F', '\u007F', '\u007F', '\u007F', '\u007F', '\u007F');
    frame = await press(' father');
    expect(frame).toContain('Enter accepts the word');
    frame = await press(ENTER);
    expect(frame).toContain('tape 0/4  ▸wife daughter brother father');
    expect(frame).toContain('new word: 4 symbols');
    frame = await press('e', 'xyz', ESC);
    expect(frame).toContain('tape 0/4');
    expect(frame).toContain('edit cancelled');
    ui.unmount();
  });

  it('cycles the noise levels with n', async () => {
    const { press, ui } = start({ model });
    await settleInk();
    expect(await press('n')).toContain('noise 0.1');
    expect(await press('n')).toContain('noise 0.2');
    expect(await press('n')).toContain('noise 0.3');
    expect(await press('n')).toMatch(/noise 0\n/);
    ui.unmount();
  });

  it('plays on the injected timer and pauses at the end of the word', async () => {
    const { press, ui, timer } = start({ model, playInterval: 250 });
    await settleInk();
    expect(await press('p')).toContain('▶ playing');
    // the timer starts in an effect, after the frame
    for (let i = 0; i < 100 && timer.running().length === 0; i++) await settleInk();
    expect(timer.running()).toEqual([250]);
    timer.tick();
    await settleInk();
    expect(ui.lastFrame()).toContain('tape 1/3');
    timer.tick();
    timer.tick();
    await settleInk();
    expect(ui.lastFrame()).toContain('verdict: ACCEPT');
    expect(ui.lastFrame()).not.toContain('▶ playing');
    for (let i = 0; i < 100 && timer.running().length > 0; i++) await settleInk();
    expect(timer.running()).toEqual([]);
    ui.unmount();
  });

  it('shows a disagreement mark when the network misreads a state', async () => {
    const liar = fakeModel(familyTreeDfa(), { misread: (position) => (position === 2 ? 2 : undefined) });
    const { press, ui } = start({ model: liar });
    await settleInk();
    await press(RIGHT);
    expect(status(await press(RIGHT))).toBe('network Bart r 0.90 margin 0.80   automaton Lisa   ✗ DISAGREE');
    ui.unmount();
  });

  it('opens and closes the help with ?', async () => {
    const { press, ui } = start({ model });
    await settleInk();
    expect(await press('?')).toContain('cdam step: keys');
    const closed = await press('x');
    expect(closed).not.toContain('cdam step: keys');
    expect(closed).toContain('tape 0/3');
    ui.unmount();
  });

  it('re-lays out when the size changes', async () => {
    const { ui, app } = start({ model });
    await settleInk();
    expect(ui.lastFrame()).toContain('correlation with each state');
    ui.rerender(app({ columns: 60, rows: 16 }));
    await settleInk();
    expect(ui.lastFrame()).toMatch(/correlation: top \d of 5 states/);
    ui.unmount();
  });

  it('quits on q: the app unmounts and ignores further keys', async () => {
    const { press, ui } = start({ model });
    await settleInk();
    await press('q');
    const frames = ui.frames.length;
    await press(RIGHT, RIGHT);
    expect(ui.frames.length).toBe(frames);
    ui.unmount();
  });
});

describe('StepApp on a sequence', () => {
  it('recalls the melody tick by tick beside the expected pattern, with no word to edit', async () => {
    const source = readFileSync(new URL('../../../samples/sequences.fsa', import.meta.url), 'utf8');
    const found = findSequence(checkSource(source).file, 'Melody');
    if (!found.ok) throw new Error(found.message);
    const compiled = compileSequence(toSequenceSpec(found.declaration));
    if (compiled.kind === 'error') throw new Error(compiled.error.message);
    const { model, word } = modelFromSequence(compiled.sequence);
    const { press, ui } = start({ model, word, fileName: 'samples/sequences.fsa' });
    await settleInk();
    const first = ui.lastFrame() ?? '';
    expect(first).toContain('cdam step · Melody (sequence, 4 patterns) · samples/sequences.fsa');
    expect(first).toContain('tape 0/8  ▸B A#2 C A#1 B A#2 C A#1');
    expect(first).toMatch(/^ {3}pattern ▸after tick$/m);
    expect(status(first)).toMatch(/^network A#1 .*expected A#1 {3}✓ agree$/);
    expect(status(await press(RIGHT))).toMatch(/^network B .*expected B {3}✓ agree$/);
    expect(status(await press('.'))).toMatch(/^network A#2 .*expected A#2 {3}✓ agree$/);
    const frame = await press(' ');
    expect(status(frame)).toMatch(/^network C .*expected C {3}✓ agree$/);
    expect(frame).toContain('tick 3/8 · noise 0');
    expect(frame).not.toContain('verdict');
    expect(await press('e')).toContain('this word cannot be edited');
    ui.unmount();
  });
});

describe('StepApp: what the screen explains', () => {
  const quoting = (symbols: readonly string[]) => symbols.map((s) => (/^\w+$/.test(s) ? s : `"${s}"`)).join(' ');

  it('quotes symbols that contain spaces on the tape, as the word editor writes them', async () => {
    const dfa = {
      alphabet: ['passive open', 'SYN'],
      states: ['CLOSED', 'LISTEN'],
      start: 0,
      accepting: new Set([1]),
      delta: [
        [1, -1],
        [-1, 1],
      ],
    };
    const { ui } = start({ model: fakeModel(dfa), word: ['passive open', 'SYN'], formatWord: quoting });
    await settleInk();
    expect(ui.lastFrame()).toContain('tape 0/2  ▸"passive open" SYN');
    ui.unmount();
  });

  it('shows a one-line legend of the marks when there is room, and leaves it out when there is not', async () => {
    const model = fakeModel(familyTreeDfa());
    const roomy = start({ model, rows: 24 });
    await settleInk();
    expect(roomy.ui.lastFrame()).toContain('> automaton  • network  * accepting  [x] last transition  ▸ next input');
    roomy.ui.unmount();
    const tight = start({ model, rows: 17 });
    await settleInk();
    const frame = tight.ui.lastFrame() ?? '';
    expect(frame).toContain('correlation'); // the screen is drawn, with no line to spare
    expect(frame).not.toContain('[x] last transition');
    expect(frame.split('\n').length).toBeLessThanOrEqual(16);
    tight.ui.unmount();
  });

  it('scrolls a table wider than the terminal to keep the next symbol in view', async () => {
    const dfa = {
      alphabet: Array.from({ length: 30 }, (_, i) => `sym${String(i).padStart(2, '0')}`),
      states: ['s0', 's1'],
      start: 0,
      accepting: new Set([0]),
      delta: [Array(30).fill(1), Array(30).fill(0)],
    };
    const { ui, press } = start({ model: fakeModel(dfa), word: ['sym00', 'sym29'] });
    await settleInk();
    const header = (frame: string) => frame.split('\n')[1];
    expect(header(ui.lastFrame() ?? '')).toMatch(/^ {3}state +▸sym0.*…$/);
    const moved = header(await press(RIGHT));
    // the column just read stays too, the columns between them give way to a gap
    expect(moved).toMatch(/^ {3}state +sym00 .* … .*▸sym29$/);
    expect(moved).not.toContain('sym15');
    ui.unmount();
  });
});
