import { describe, expect, it } from 'vitest';
import { fakePerformer, familyTreeDfa, type FakePerformerOptions } from '../testing/index.js';
import { reduce, type Action } from './reduce.js';
import { agreementOf, createSession, currentSnapshot, isAtEnd, verdictOf, type Session } from './session.js';
import { settle } from './settle.js';
import { joinWord, splitWord } from './word.js';

const dfa = familyTreeDfa();
const [HOMER, MARGE, BART, LISA, DEAD] = [0, 1, 2, 3, 4];

function start(word: string[], options: FakePerformerOptions = {}) {
  const performer = fakePerformer(dfa, options);
  let session = createSession({
    dfa,
    iterations: 2,
    initial: performer.initial(),
    word,
    parseWord: splitWord(dfa.alphabet),
    formatWord: joinWord,
  });
  const run = (...actions: Action[]) => {
    for (const action of actions) session = settle(session, action, performer);
    return session;
  };
  return {
    run,
    performer,
    get session(): Session {
      return session;
    },
  };
}

const next: Action = { type: 'next' };
const iterate: Action = { type: 'iterate' };
const back: Action = { type: 'back' };

describe('reduce', () => {
  it('starts at the start state, settled, with nothing consumed', () => {
    const s = start(['wife']).session;
    expect(currentSnapshot(s)).toMatchObject({ position: 0, iteration: 2, symbolic: HOMER, transition: null });
    expect(agreementOf(s)).toBe('agree');
    expect(verdictOf(s)).toBeNull();
  });

  it('next presents the next symbol and runs K iterations in one request', () => {
    const t = start(['wife', 'daughter', 'brother']);
    const s = t.run(next);
    expect(t.performer.calls).toEqual([
      expect.objectContaining({ present: { symbol: 0, noise: 0, position: 0 }, iterations: 2 }),
    ]);
    expect(currentSnapshot(s)).toMatchObject({
      position: 1,
      iteration: 2,
      symbolic: MARGE,
      transition: { from: HOMER, symbol: 0, to: MARGE },
    });
    expect(currentSnapshot(s).reading.state).toBe(MARGE);
    expect(t.run(next).history.map((h) => h.symbolic)).toEqual([HOMER, MARGE, LISA]);
  });

  it('iterate splits an input into its presentation and K single iterations', () => {
    const t = start(['wife', 'daughter']);
    t.run(iterate);
    expect(currentSnapshot(t.session)).toMatchObject({ position: 1, iteration: 0, symbolic: MARGE });
    expect(agreementOf(t.session)).toBe('settling');
    t.run(iterate);
    expect(currentSnapshot(t.session)).toMatchObject({ position: 1, iteration: 1 });
    t.run(iterate);
    expect(currentSnapshot(t.session)).toMatchObject({ position: 1, iteration: 2 });
    expect(agreementOf(t.session)).toBe('agree');
    expect(t.performer.calls.map((c) => [c.present !== null, c.iterations])).toEqual([
      [true, 0],
      [false, 1],
      [false, 1],
    ]);
  });

  it('next in the middle of an input runs only the remaining iterations', () => {
    const t = start(['wife', 'daughter']);
    t.run(iterate, iterate, next);
    expect(currentSnapshot(t.session)).toMatchObject({ position: 1, iteration: 2 });
    expect(t.performer.calls[2]).toMatchObject({ present: null, iterations: 1 });
  });

  it('stops at the end of the word with a verdict and a notice', () => {
    const t = start(['wife', 'husband']);
    t.run(next, next);
    expect(isAtEnd(t.session)).toBe(true);
    expect(verdictOf(t.session)).toEqual({ network: true, automaton: true });
    const before = t.session.history.length;
    t.run(next);
    expect(t.session.history).toHaveLength(before);
    expect(t.session.notice).toMatch(/end of the word/);
  });

  it('rejects a word that falls into the dead state', () => {
    const t = start(['husband']);
    t.run(next);
    expect(currentSnapshot(t.session).symbolic).toBe(DEAD);
    expect(verdictOf(t.session)).toEqual({ network: false, automaton: false });
  });

  it('gives the verdict of the empty word at once', () => {
    expect(verdictOf(start([]).session)).toEqual({ network: true, automaton: true });
  });

  it('goes back through the whole history and steps forward again by recomputing', () => {
    const t = start(['wife', 'daughter', 'brother']);
    t.run(next, iterate, iterate, iterate);
    expect(t.session.history).toHaveLength(5);
    t.run(back, back, back);
    expect(t.session.cursor).toBe(1);
    expect(currentSnapshot(t.session).symbolic).toBe(MARGE);
    t.run(back, back);
    expect(t.session.cursor).toBe(0);
    expect(t.session.notice).toBe('at the start');
    t.run(next, next);
    expect(t.session.history.map((h) => h.symbolic)).toEqual([HOMER, MARGE, LISA]);
    expect(t.session.cursor).toBe(2);
  });

  it('reset returns to the start and keeps the word and the noise level', () => {
    const t = start(['wife', 'daughter']);
    t.run({ type: 'cycle-noise' }, next, next, { type: 'reset' });
    expect(t.session.history).toHaveLength(1);
    expect(t.session.cursor).toBe(0);
    expect(t.session.word).toEqual([0, 3]);
    expect(t.session.noiseIndex).toBe(1);
  });

  it('cycles the noise levels and applies the level at each presentation', () => {
    const t = start(['wife', 'daughter']);
    t.run({ type: 'cycle-noise' });
    expect(t.session.notice).toMatch(/^noise 0.1/);
    t.run(next, { type: 'cycle-noise' }, next);
    expect(t.performer.calls.map((c) => c.present?.noise)).toEqual([0.1, 0.2]);
    expect(t.session.history.map((h) => h.noise)).toEqual([0, 0.1, 0.2]);
    t.run({ type: 'cycle-noise' }, { type: 'cycle-noise' });
    expect(t.session.noiseIndex).toBe(0);
    expect(t.session.notice).toBe('noise off');
  });

  it('marks a disagreement between the network and the automaton', () => {
    const t = start(['wife', 'daughter'], { misread: (position) => (position === 2 ? BART : undefined) });
    t.run(next);
    expect(agreementOf(t.session)).toBe('agree');
    t.run(next);
    expect(agreementOf(t.session)).toBe('disagree');
    expect(verdictOf(t.session)).toEqual({ network: true, automaton: true });
  });

  it('reports quiescence as its own kind of disagreement, and rejects by the network', () => {
    const t = start(['wife'], { quiescentAt: [1] });
    t.run(next);
    expect(agreementOf(t.session)).toBe('quiescent');
    expect(verdictOf(t.session)).toEqual({ network: false, automaton: true });
  });

  it('plays on ticks and pauses by itself at the end of the word', () => {
    const t = start(['wife', 'daughter']);
    t.run({ type: 'tick' });
    expect(t.session.history).toHaveLength(1);
    t.run({ type: 'toggle-play' });
    expect(t.session.playing).toBe(true);
    t.run({ type: 'tick' });
    expect(t.session.playing).toBe(true);
    t.run({ type: 'tick' });
    expect(currentSnapshot(t.session).position).toBe(2);
    expect(t.session.playing).toBe(false);
    t.run({ type: 'toggle-play' });
    expect(t.session.playing).toBe(false);
    expect(t.session.notice).toMatch(/end of the word/);
  });

  it('pauses when the user steps by iteration or goes back', () => {
    const t = start(['wife', 'daughter', 'brother']);
    t.run({ type: 'toggle-play' }, iterate);
    expect(t.session.playing).toBe(false);
    t.run({ type: 'toggle-play' }, back);
    expect(t.session.playing).toBe(false);
  });

  it('edits the word: live validation naming the bad symbol, Enter accepts, the run restarts', () => {
    const t = start(['wife', 'daughter']);
    t.run(next, { type: 'start-edit' });
    expect(t.session.mode).toBe('edit');
    expect(t.session.edit).toMatchObject({ text: 'wife daughter', caret: 13, error: null });
    t.run({ type: 'edit-insert', text: ' bruther' });
    expect(t.session.edit?.error).toMatchObject({ symbol: 'bruther', column: 15 });
    t.run({ type: 'edit-accept' });
    expect(t.session.mode).toBe('edit');
    for (let i = 0; i < 5; i++) t.run({ type: 'edit-command', command: 'backspace' });
    t.run({ type: 'edit-insert', text: 'other' });
    expect(t.session.edit).toMatchObject({ text: 'wife daughter brother', error: null });
    t.run({ type: 'edit-accept' });
    expect(t.session).toMatchObject({ mode: 'step', edit: null, word: [0, 3, 6], cursor: 0 });
    expect(t.session.history).toHaveLength(1);
    expect(t.session.notice).toBe('new word: 3 symbols');
  });

  it('Esc cancels an edit and keeps the word and the history', () => {
    const t = start(['wife']);
    t.run(next, { type: 'start-edit' }, { type: 'edit-command', command: 'clear' }, { type: 'edit-cancel' });
    expect(t.session).toMatchObject({ mode: 'step', edit: null, word: [0], cursor: 1 });
  });

  it('ignores stepping keys while editing and while the help is open', () => {
    const t = start(['wife']);
    t.run({ type: 'start-edit' }, next);
    expect(t.session.history).toHaveLength(1);
    t.run({ type: 'edit-cancel' }, { type: 'open-help' });
    expect(t.session.mode).toBe('help');
    t.run(next);
    expect(t.session.history).toHaveLength(1);
    t.run({ type: 'close-help' });
    expect(t.session.mode).toBe('step');
  });

  it('makes no sub-step of a presentation, and refuses to edit, when the setup says so (sequences)', () => {
    const performer = fakePerformer(dfa);
    let session = createSession({
      dfa,
      iterations: 1,
      initial: performer.initial(),
      word: ['wife', 'daughter'],
      parseWord: splitWord(dfa.alphabet),
      formatWord: joinWord,
      editable: false,
      presentation: false,
    });
    session = settle(session, iterate, performer);
    expect(currentSnapshot(session)).toMatchObject({ position: 1, iteration: 1, symbolic: MARGE });
    expect(performer.calls[0]).toMatchObject({ present: { symbol: 0 }, iterations: 1 });
    session = settle(session, { type: 'start-edit' }, performer);
    expect(session.mode).toBe('step');
    expect(session.notice).toMatch(/cannot be edited/);
  });

  it('leaves the pending request to settle: reduce alone never runs the network', () => {
    const t = start(['wife']);
    const pending = reduce(t.session, next);
    expect(pending.pending?.request.present).toEqual({ symbol: 0, noise: 0, position: 0 });
    expect(pending.history).toHaveLength(1);
    expect(reduce(pending, { type: 'reset' })).toBe(pending);
    expect(t.performer.calls).toHaveLength(0);
  });
});
