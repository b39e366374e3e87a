import { Box, Text } from 'ink';
import { truncate } from '../text-fit.js';

export interface HelpOverlayProps {
  /** A sequence steps by ticks and has no word to edit. Default automaton. */
  readonly kind?: 'automaton' | 'sequence';
  readonly width: number;
  readonly height: number;
}

const KEYS: readonly (readonly [string, string])[] = [
  ['→ or space', 'next input: present it and run K iterations'],
  ['.', 'one sub-step: present the next symbol, or one iteration'],
  ['←', 'back one step (the whole history is kept)'],
  ['r', 'reset to the start of the word'],
  ['e', 'edit the word (Enter accepts, Esc cancels)'],
  ['n', 'noise 0, 0.1, 0.2, 0.3 of the state part (seeded)'],
  ['p', 'play or pause (one input per tick)'],
  ['?', 'this help'],
  ['q, Ctrl-C', 'quit'],
];

const SEQUENCE_KEYS: readonly (readonly [string, string])[] = [
  ['→ space .', 'one tick: one update of the network'],
  ['←', 'back one tick (the whole history is kept)'],
  ['r', 'reset to the first pattern (tick 0)'],
  ['n', 'noise 0, 0.1, 0.2, 0.3 of all neurons before each tick (seeded)'],
  ['p', 'play or pause (one tick at a time)'],
  ['?', 'this help'],
  ['q, Ctrl-C', 'quit'],
];

/** What a sequence is stepped as, before its keys. */
const SEQUENCE_INTRO: readonly string[] = [
  'A sequence is recalled tick by tick: each tick is one update of the network,',
  'which should move it to the next pattern. The table lists the patterns and,',
  "under 'after tick', the pattern exact recall moves to from each one.",
];

const LEGEND: readonly string[] = [
  '>  the automaton state        •  the network state (decoded)',
  '*  accepting state            [x]  the transition just taken',
  '▸  the next input symbol      ◀  the bar of the decoded state',
  'margin: best minus second-best correlation; ✗ marks a disagreement',
];

const SEQUENCE_LEGEND: readonly string[] = [
  '>  where exact recall is       •  the network pattern (decoded)',
  '[x]  the tick just taken       ◀  the bar of the decoded pattern',
  '▸  the next pattern on the tape (what exact recall produces next)',
  'margin: best minus second-best correlation; ✗ marks a disagreement',
];

/** The full key list and the legend of the marks, cut to the screen. */
export function HelpOverlay({ kind = 'automaton', width, height }: HelpOverlayProps) {
  const sequence = kind === 'sequence';
  const lines = [
    sequence ? 'cdam step: stepping a sequence' : 'cdam step: keys',
    '',
    ...(sequence ? [...SEQUENCE_INTRO, ''] : []),
    ...(sequence ? SEQUENCE_KEYS : KEYS).map(([key, what]) => `  ${key.padEnd(11)} ${what}`),
    '',
    'marks',
    ...(sequence ? SEQUENCE_LEGEND : LEGEND).map((l) => `  ${l}`),
    '',
    'press any key to close',
  ];
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} width={Math.max(20, width)}>
      {lines.slice(0, Math.max(1, height - 2)).map((line, i) => (
        <Text key={i} wrap="truncate" bold={i === 0}>
          {truncate(line, width - 4) || ' '}
        </Text>
      ))}
    </Box>
  );
}
