import { Box, Text } from 'ink';
import { padToWidth, fixed, textWidth } from '../text-fit.js';

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

/** A horizontal bar of up to `width` cells for r in [0, 1] (negative r draws nothing), in eighths of a cell. */
export function bar(r: number, width: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, r)) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/**
 * One line per overlap: `>` automaton state, label, value, bar, `◀` network state. The value comes
 * before the bar so the lines need no padding after it (ink's cost grows with the characters drawn).
 */
export function OverlapBars({ overlaps, width }: OverlapBarsProps) {
  const labelWidth = Math.min(MAX_LABEL, Math.max(1, ...overlaps.map((o) => textWidth(o.label))));
  const barWidth = Math.max(1, width - labelWidth - 11);
  return (
    <Box flexDirection="column">
      {overlaps.map((o) => (
        <Text key={o.label} wrap="truncate">
          <Text color={o.automaton ? 'cyan' : undefined} bold={o.automaton}>
            {o.automaton ? '>' : ' '}
            {padToWidth(o.label, labelWidth)}
          </Text>
          {padToWidth(fixed(o.r), 6, 'right')} <Text color={o.network ? 'green' : 'gray'}>{bar(o.r, barWidth)}</Text>
          <Text color="green">{o.network ? ' ◀' : ''}</Text>
        </Text>
      ))}
    </Box>
  );
}
