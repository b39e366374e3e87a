/** Where the parts of the screen go, for a terminal of a given size. */
export interface ScreenLayout {
  /** `side`: table left, bars right (wide terminals); `stacked`: table above the bars. */
  readonly arrangement: 'stacked' | 'side' | 'too-small';
  /** Characters for the table's lines (the last column of the terminal is never written). */
  readonly tableWidth: number;
  /** Lines for the table, its header included. */
  readonly tableHeight: number;
  readonly barsWidth: number;
  /** Bars shown (one line each; the bars heading line is extra). */
  readonly barCount: number;
}

/** What the layout needs to know about the automaton. */
export interface LayoutNeeds {
  readonly states: number;
  /** Width of the whole transition table (every column). */
  readonly tableWidth: number;
  /** Lines the status needs beyond its usual four (1 for a transducer's output line). */
  readonly extraLines?: number;
}

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 13;

/** Lines outside the table and the bars: title, tape (2 while editing), bars heading, status (4), help, one spare. */
const FIXED_LINES = 10;
/** The bars need about this many columns beside the table. */
const BARS_MIN_WIDTH = 44;
/** Longer bars show no more. */
const BARS_MAX_WIDTH = 64;
/** With many states, the top 20 correlations say enough; more lines only cost drawing time. */
export const MAX_BARS = 20;

/**
 * Lays out the screen: stacked below 100 columns, or when the table does not leave the bars 44 columns
 * (a table wider than that is windowed from 150 columns on, then side by side). Heights share what is
 * left after the fixed lines, the table first when everything fits, else the bars get about 40% (at
 * most `MAX_BARS`) and the table the rest.
 * The frame is kept one line shorter than the terminal, so ink never scrolls it.
 */
export function layoutScreen(columns: number, rows: number, needs: LayoutNeeds): ScreenLayout {
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    return { arrangement: 'too-small', tableWidth: 0, tableHeight: 0, barsWidth: 0, barCount: 0 };
  }
  const available = rows - FIXED_LINES - (needs.extraLines ?? 0);
  const side = columns >= 100 && (needs.tableWidth + BARS_MIN_WIDTH + 2 <= columns || columns >= 150);
  if (side) {
    const tableWidth = Math.min(needs.tableWidth, columns - BARS_MIN_WIDTH - 2);
    return {
      arrangement: 'side',
      tableWidth,
      tableHeight: Math.min(needs.states + 1, available + 1),
      barsWidth: Math.min(BARS_MAX_WIDTH, columns - tableWidth - 2),
      barCount: Math.min(needs.states, available, MAX_BARS),
    };
  }
  if (2 * needs.states + 1 <= available) {
    return {
      arrangement: 'stacked',
      tableWidth: columns - 1,
      tableHeight: needs.states + 1,
      barsWidth: Math.min(columns, BARS_MAX_WIDTH),
      barCount: needs.states,
    };
  }
  const barCount = Math.min(needs.states, MAX_BARS, Math.max(1, Math.floor(available * 0.4)));
  return {
    arrangement: 'stacked',
    tableWidth: columns - 1,
    tableHeight: Math.max(2, Math.min(needs.states + 1, available - barCount)),
    barsWidth: Math.min(columns, BARS_MAX_WIDTH),
    barCount,
  };
}

/**
 * Whether a one-line legend of the marks fits as well: a line that the planned table and bars leave free,
 * on top of the fixed lines (the spare one kept). O(1).
 */
export function legendFits(layout: ScreenLayout, rows: number): boolean {
  if (layout.arrangement === 'too-small') return false;
  // the bars heading is a fixed line, but beside the table it shares the table's lines
  const body =
    layout.arrangement === 'side'
      ? Math.max(layout.tableHeight, layout.barCount + 1)
      : layout.tableHeight + layout.barCount + 1;
  return rows - (FIXED_LINES - 1) - body >= 1;
}
