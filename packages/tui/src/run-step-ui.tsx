import type { CompiledNetwork, CompiledSequence } from '@cdam/compiler';
import { render } from 'ink';
import type { WordFormatter, WordParser } from './session/word.js';
import { StepApp } from './step-app.js';
import { modelFromSequence } from './sequence-model.js';
import { modelFromNetwork } from './step-model.js';

/** An automaton's network and the word to step through. */
export interface AutomatonToStep {
  readonly network: CompiledNetwork;
  /** The input word, by symbol name (already checked against the alphabet). */
  readonly word: readonly string[];
  readonly parseWord?: WordParser;
  readonly formatWord?: WordFormatter;
}

/** A sequence's network, recalled tick by tick from the first pattern of `cueStep` (default 0). */
export interface SequenceToStep {
  readonly sequence: CompiledSequence;
  readonly cueStep?: number;
}

export type StepUiOptions = (AutomatonToStep | SequenceToStep) & {
  /** Where it came from (shown in the title). */
  readonly fileName: string;
  /** Streams (default the process's); stdin and stdout must be terminals. */
  readonly stdin?: NodeJS.ReadStream;
  readonly stdout?: NodeJS.WriteStream;
};

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/** Signals that end the UI like `q` does (a closed terminal, a polite kill). */
const QUIT_SIGNALS = ['SIGTERM', 'SIGHUP'] as const;

/**
 * Runs the stepping UI (an automaton with its word, or a sequence's recall) until the user quits (`q` or Ctrl-C, or SIGTERM/SIGHUP). Draws on the terminal's
 * alternate screen and restores the screen, the cursor and the input mode on the way out, also when
 * rendering fails.
 */
export async function runStepUi(options: StepUiOptions): Promise<void> {
  const stdout = options.stdout ?? process.stdout;
  const stdin = options.stdin ?? process.stdin;
  stdout.write(ENTER_ALTERNATE_SCREEN);
  let quit = () => {};
  const onSignal = () => quit();
  for (const signal of QUIT_SIGNALS) process.on(signal, onSignal);
  try {
    const app = render(<StepApp fileName={options.fileName} {...stepped(options)} />, {
      stdout,
      stdin,
      exitOnCtrlC: false,
      patchConsole: false,
    });
    quit = () => app.unmount();
    await app.waitUntilExit();
  } finally {
    for (const signal of QUIT_SIGNALS) process.off(signal, onSignal);
    stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
}

function stepped(options: AutomatonToStep | SequenceToStep) {
  if ('sequence' in options) {
    return modelFromSequence(options.sequence, options.cueStep !== undefined ? { cueStep: options.cueStep } : {});
  }
  return {
    model: modelFromNetwork(options.network),
    word: options.word,
    ...(options.parseWord ? { parseWord: options.parseWord } : {}),
    ...(options.formatWord ? { formatWord: options.formatWord } : {}),
  };
}
