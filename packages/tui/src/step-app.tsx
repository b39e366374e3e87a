import { StepScreen } from './components/step-screen.js';
import type { WordFormatter, WordParser } from './session/word.js';
import { joinWord, splitWord } from './session/word.js';
import type { StepModel } from './step-model.js';
import { intervalTimer, type Timer } from './timer.js';
import { useSession } from './use-session.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface StepAppProps {
  readonly model: StepModel;
  /** The input word, by symbol name (already checked against the alphabet). */
  readonly word: readonly string[];
  readonly fileName: string;
  /** Reads a word typed with `e` (default: whitespace-separated symbols). */
  readonly parseWord?: WordParser;
  readonly formatWord?: WordFormatter;
  /** Clock of the play mode (default `setInterval`). */
  readonly timer?: Timer;
  /** Milliseconds per input while playing (default 700). */
  readonly playInterval?: number;
  /** Screen size; by default the terminal's, following resizes. */
  readonly columns?: number;
  readonly rows?: number;
}

/** The `cdam step` application: the session hook and the screen. */
export function StepApp(props: StepAppProps) {
  const { model } = props;
  const terminal = useTerminalSize();
  const session = useSession({
    model,
    word: props.word,
    parseWord: props.parseWord ?? splitWord(model.dfa.alphabet),
    formatWord: props.formatWord ?? joinWord,
    timer: props.timer ?? intervalTimer,
    playInterval: props.playInterval ?? 700,
  });
  return (
    <StepScreen
      session={session}
      kind={model.kind}
      name={model.name}
      fileName={props.fileName}
      parameters={model.parameters}
      {...(model.stateOutputs ? { stateOutputs: model.stateOutputs } : {})}
      columns={props.columns ?? terminal.columns}
      rows={props.rows ?? terminal.rows}
    />
  );
}
