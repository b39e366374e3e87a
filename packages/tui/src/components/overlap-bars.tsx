import { Box, Text } from 'ink';
import { fit, fixed, textWidth } from '../text-fit.js';

/** One bar: a state's Pearson correlation with the network state. */
export interface Overlap {
  readonly label: string;
  readonly r: number;
  /** The network decodes to this state (marked `◀`). */
  readonly network: boolean;
  /** The automaton is in this state (marked `>`). */
  readonly automaton: boolean;
}

export interface OverlapBarsProps {
  readonly overlaps: readonly Overlap[];
  readonly width: number;
}

const MAX_LABEL = 14;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar of `width` cells for r in [0, 1] (negative r draws nothing), in eighths of a cell. */
export function bar(r: number, width: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, r)) * width * 8);
  const full = Math.floor(eighths / 8);
  const text = '█'.repeat(full) + EIGHTHS[eighths % 8];
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/** One line per overlap: `>` automaton state, label, bar, value, `◀` network state. */
export function OverlapBars({ overlaps, width }: OverlapBarsProps) {
  const labelWidth = Math.min(MAX_LABEL, Math.max(1, ...overlaps.map((o) => textWidth(o.label))));
  const barWidth = Math.max(1, width - labelWidth - 11);
  return (
    <Box flexDirection="column">
      {overlaps.map((o) => (
        <Text key={o.label} wrap="truncate">
          <Text color={o.automaton ? 'cyan' : undefined} bold={o.automaton}>
            {o.automaton ? '>' : ' '}
            {fit(o.label, labelWidth)}{' '}
          </Text>
          <Text color={o.network ? 'green' : 'gray'}>{bar(o.r, barWidth)}</Text>
          {fit(fixed(o.r), 6, 'right')}
          <Text color="green">{o.network ? ' ◀' : ''}</Text>
        </Text>
      ))}
    </Box>
  );
}
