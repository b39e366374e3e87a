import { useApp, useInput } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import { keyToAction, splitPresses } from './session/keys.js';
import type { Action } from './session/reduce.js';
import { createSession, type Session } from './session/session.js';
import { settle } from './session/settle.js';
import type { WordFormatter, WordParser } from './session/word.js';
import type { StepModel } from './step-model.js';
import type { Timer } from './timer.js';

export interface UseSessionOptions {
  readonly model: StepModel;
  readonly word: readonly string[];
  readonly parseWord: WordParser;
  readonly formatWord: WordFormatter;
  readonly timer: Timer;
  /** Milliseconds between inputs while playing. */
  readonly playInterval: number;
}

/**
 * Owns everything with effects: key input (ink's `useInput`), the play timer, and the network
 * (through the model's performer, called by `settle`). State changes only through `reduce`.
 * `q` or Ctrl-C unmounts the app.
 */
export function useSession(options: UseSessionOptions): Session {
  const { model, timer, playInterval } = options;
  const { exit } = useApp();
  const [session, setSession] = useState(() =>
    createSession({
      dfa: model.dfa,
      iterations: model.parameters.iterations,
      initial: model.performer.initial(),
      word: options.word,
      parseWord: options.parseWord,
      formatWord: options.formatWord,
      editable: model.kind === 'automaton',
      presentation: model.kind === 'automaton',
    }),
  );
  // The latest session, so several key presses between two renders each see the one before.
  const latest = useRef(session);
  const dispatch = useCallback(
    (action: Action) => {
      latest.current = settle(latest.current, action, model.performer);
      setSession(latest.current);
    },
    [model.performer],
  );

  useInput((input, key) => {
    for (const press of splitPresses(input, key)) {
      const action = keyToAction(press, key, latest.current.mode);
      if (action === null) continue;
      if (action.type === 'quit') return exit();
      dispatch(action);
    }
  });

  useEffect(() => {
    if (!session.playing) return undefined;
    return timer.every(playInterval, () => dispatch({ type: 'tick' }));
  }, [session.playing, timer, playInterval, dispatch]);

  return session;
}
