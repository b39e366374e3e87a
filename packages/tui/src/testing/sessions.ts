import type { Dfa } from '@cdam/automata';
import type { Action } from '../session/reduce.js';
import { createSession, type Session } from '../session/session.js';
import { settle } from '../session/settle.js';
import { joinWord, splitWord } from '../session/word.js';
import type { StepModel } from '../step-model.js';
import { fakePerformer, type FakePerformerOptions } from './fake-performer.js';

/** A step model over `fakePerformer`, with made-up parameters (K = 2). */
export function fakeModel(dfa: Dfa, options: FakePerformerOptions = {}, name = 'Fake'): StepModel {
  return {
    kind: 'automaton',
    name,
    dfa,
    parameters: {
      neurons: 48,
      split: '32 state + 16 input',
      beta: 2.5,
      auto: -1,
      hetero: 2,
      eta: 1,
      iterations: 2,
      seed: 0,
    },
    performer: fakePerformer(dfa, options),
  };
}

/** A session on `model` for `word` after `actions`, settled like the UI does. */
export function sessionAfter(model: StepModel, word: readonly string[], actions: readonly Action[] = []): Session {
  let session = createSession({
    dfa: model.dfa,
    iterations: model.parameters.iterations,
    initial: model.performer.initial(),
    word,
    parseWord: splitWord(model.dfa.alphabet),
    formatWord: joinWord,
  });
  for (const action of actions) session = settle(session, action, model.performer);
  return session;
}

/** Lets ink handle written input and run effects (one turn of the event loop, twice). */
export async function settleInk(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}
