import { Text } from 'ink';
import type { Mode } from '../session/session.js';
import { textWidth, truncate } from '../text-fit.js';

export interface HelpLineProps {
  readonly mode: Mode;
  /** A sequence has ticks, not inputs, and no word to edit. Default automaton. */
  readonly kind?: 'automaton' | 'sequence';
  readonly playing: boolean;
  readonly width: number;
}

const STEP_KEYS = '→/space next  . iter  ← back  r reset  e edit  n noise';
const STEP_KEYS_COMPACT = '→ next . iter ← back r reset e edit n noise';
const SEQUENCE_KEYS = '→/space/. tick  ← back  r reset  n noise';
const EDIT_KEYS = 'Enter accept  Esc cancel  ←/→ move  Backspace erase  Ctrl-U clear';

/** The keys of the current mode on one line, in a compact form or cut when the line is narrow. */
export function HelpLine({ mode, kind = 'automaton', playing, width }: HelpLineProps) {
  const play = playing ? 'pause' : 'play';
  const choices =
    mode === 'edit'
      ? [EDIT_KEYS]
      : mode === 'help'
        ? ['any key closes the help']
        : kind === 'sequence'
          ? [`${SEQUENCE_KEYS}  p ${play}  ? help  q quit`]
          : [`${STEP_KEYS}  p ${play}  ? help  q quit`, `${STEP_KEYS_COMPACT} p ${play} ? help q quit`];
  const text = choices.find((c) => textWidth(c) <= width) ?? choices[choices.length - 1];
  return (
    <Text dimColor wrap="truncate">
      {truncate(text, width)}
    </Text>
  );
}
