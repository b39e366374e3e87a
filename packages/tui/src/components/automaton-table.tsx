import type { Dfa } from '@cdam/automata';
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { Transition } from '../session/snapshot.js';
import { padToWidth, textWidth, truncate } from '../text-fit.js';
import { visibleWithEdges, type Shown } from '../window.js';

export interface AutomatonTableProps {
  readonly dfa: Dfa;
  /** The automaton's current state (row marked `>`), or -1 for none. */
  readonly current: number;
  /** The network's decoded state (row marked `•`), or -1 when no memory is active. */
  readonly decoded: number;
  /** The transition just taken: its cell is drawn in brackets. */
  readonly transition: Transition | null;
  /** The symbol read next: its column stays in view and its header is marked `▸`. */
  readonly nextSymbol: number | null;
  /** Heading of the row labels (default `state`). */
  readonly rowHeading?: string;
  /**
   * Heading of every symbol column instead of the symbol's name: a sequence's one symbol is `tick`, and its
   * column holds the pattern recall moves to, so it is headed `after tick`.
   */
  readonly columnHeading?: string;
  readonly width: number;
  /** Lines available, the header line included. */
  readonly height: number;
}

const MAX_NAME = 14;
const MAX_CELL = 10;

/**
 * The transition table: one row per state, one column per symbol, the target state in each cell.
 * A large table shows a window of rows around the current state (and the row the last transition left)
 * and a window of columns around the next and the last symbol; `⋮` and `…` mark what is left out.
 * Renders O(shown rows · shown columns), whatever the size of the automaton.
 */
export function AutomatonTable({
  dfa,
  current,
  decoded,
  transition,
  nextSymbol,
  rowHeading = 'state',
  columnHeading,
  width,
  height,
}: AutomatonTableProps) {
  const { labelWidth, nameWidth, cellText, columnWidth } = useMemo(
    () => tableMetrics(dfa, rowHeading, columnHeading),
    [dfa, rowHeading, columnHeading],
  );
  const rows = visibleWithEdges(dfa.states.length, [current, transition?.from ?? -1, decoded], height - 1);
  const columns = visibleWithEdges(
    dfa.alphabet.length,
    [nextSymbol ?? -1, transition?.symbol ?? -1],
    Math.floor((width - labelWidth) / columnWidth),
  );
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        {padToWidth(`   ${rowHeading}`, labelWidth)}
        {columns.map((s, i) =>
          s === null ? (
            <Text key={`gap${i}`}>{padToWidth(' …', columnWidth)}</Text>
          ) : (
            <Text key={s} bold={s === nextSymbol} color={s === nextSymbol ? 'yellow' : undefined}>
              {padToWidth(`${s === nextSymbol ? '▸' : ' '}${columnHeading ?? dfa.alphabet[s]}`, columnWidth)}
            </Text>
          ),
        )}
      </Text>
      {rows.map((q, i) =>
        q === null ? (
          <Text key={`gap${i}`} dimColor>
            {'   ⋮'}
          </Text>
        ) : (
          <Text key={q} wrap="truncate">
            <Text bold={q === current} color={q === current ? 'cyan' : q === decoded ? 'red' : undefined}>
              {q === current ? '>' : ' '}
              {q === decoded ? '•' : ' '}
              {dfa.accepting.has(q) ? '*' : ' '}
              {padToWidth(dfa.states[q], nameWidth)}{' '}
            </Text>
            {columns.map((s, j) => cell(dfa, q, s, transition, cellText, j))}
          </Text>
        ),
      )}
    </Box>
  );
}

/** Column widths of the table, and the width of the whole table. */
export interface TableMetrics {
  readonly nameWidth: number;
  readonly labelWidth: number;
  /** Characters of a cell's text (the brackets and separator come on top). */
  readonly cellText: number;
  readonly columnWidth: number;
  readonly fullWidth: number;
}

/**
 * The widths `AutomatonTable` draws `dfa` with, the row labels fitting `rowHeading` and the state names, up
 * to a cap; a `columnHeading` gets its whole width (up to the cap). O(states + symbols).
 */
export function tableMetrics(dfa: Dfa, rowHeading = 'state', columnHeading?: string): TableMetrics {
  let longestState = 1;
  for (const name of dfa.states) longestState = Math.max(longestState, textWidth(name));
  let longestSymbol = 1;
  for (const symbol of dfa.alphabet) longestSymbol = Math.max(longestSymbol, textWidth(symbol));
  const nameWidth = Math.min(MAX_NAME, Math.max(textWidth(rowHeading), longestState));
  const labelWidth = 3 + nameWidth + 1;
  // Cells are as wide as the longest state name; long symbol names are cut in the header.
  const heading = columnHeading === undefined ? Math.min(longestSymbol, 4) : textWidth(columnHeading);
  const cellText = Math.min(MAX_CELL, Math.max(longestState, heading));
  const columnWidth = cellText + 3;
  return { nameWidth, labelWidth, cellText, columnWidth, fullWidth: labelWidth + dfa.alphabet.length * columnWidth };
}

function cell(dfa: Dfa, q: number, s: Shown, transition: Transition | null, width: number, index: number) {
  if (s === null) return <Text key={`gap${index}`}>{padToWidth(' …', width + 3)}</Text>;
  const to = dfa.delta[q][s];
  const name = truncate(to >= 0 ? dfa.states[to] : '·', width);
  const taken = transition !== null && transition.from === q && transition.symbol === s;
  return taken ? (
    <Text key={s}>
      <Text inverse color="yellow">{`[${name}]`}</Text>
      {' '.repeat(width - textWidth(name) + 1)}
    </Text>
  ) : (
    <Text key={s} dimColor={to < 0}>{` ${padToWidth(name, width)}  `}</Text>
  );
}
