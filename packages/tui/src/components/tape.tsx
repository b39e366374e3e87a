import { Text } from 'ink';
import { textWidth } from '../text-fit.js';

export interface TapeProps {
  /** The input word, by symbol name. */
  readonly symbols: readonly string[];
  /** Symbols presented so far; the cursor `▸` sits on symbol `position` (or on `(end)`). */
  readonly position: number;
  /** Iterations run on the last presented symbol, and K: while fewer, that symbol is shown `[being read i/K]`. */
  readonly iteration: number;
  readonly iterations: number;
  readonly width: number;
}

interface Cell {
  readonly text: string;
  readonly kind: 'consumed' | 'reading' | 'next' | 'ahead';
}

/**
 * The input tape: consumed symbols (dim), the symbol being read while its iterations run, the cursor `▸`
 * on the next symbol, then the rest. A word too long for the line shows a window around the cursor,
 * `…` marking the cut ends. O(word length).
 */
export function Tape({ symbols, position, iteration, iterations, width }: TapeProps) {
  const reading = position > 0 && iteration < iterations ? position - 1 : -1;
  const cells: Cell[] = symbols.map((symbol, i) => {
    if (i === reading) return { text: `[${symbol} ${iteration}/${iterations}]`, kind: 'reading' };
    if (i < position) return { text: symbol, kind: 'consumed' };
    if (i === position) return { text: `▸${symbol}`, kind: 'next' };
    return { text: symbol, kind: 'ahead' };
  });
  if (position >= symbols.length) cells.push({ text: '▸(end)', kind: 'next' });
  const head = `tape ${Math.min(position, symbols.length)}/${symbols.length} `;
  const shown = windowAround(cells, Math.max(0, reading >= 0 ? reading : position), width - textWidth(head));
  return (
    <Text wrap="truncate">
      <Text bold>{head}</Text>
      {shown.before ? <Text dimColor>{' …'}</Text> : null}
      {shown.cells.map((cell, i) => (
        <Text key={i}>
          {' '}
          <Text
            dimColor={cell.kind === 'consumed'}
            bold={cell.kind !== 'consumed' && cell.kind !== 'ahead'}
            color={cell.kind === 'next' ? 'yellow' : cell.kind === 'reading' ? 'magenta' : undefined}
          >
            {cell.text}
          </Text>
        </Text>
      ))}
      {shown.after ? <Text dimColor>{' …'}</Text> : null}
    </Text>
  );
}

/** The longest run of cells around `focus` whose texts (one space before each) fit in `width`, and whether cells were cut. */
function windowAround(cells: readonly Cell[], focus: number, width: number) {
  const cost = (i: number) => textWidth(cells[i].text) + 1;
  const budget = width - 4; // room for the two ` …` markers
  const total = cells.reduce((sum, _, i) => sum + cost(i), 0);
  if (total <= width) return { cells, before: false, after: false };
  let start = Math.min(focus, cells.length - 1);
  let end = start + 1;
  let used = cost(start);
  for (let grew = true; grew;) {
    grew = false;
    if (end < cells.length && used + cost(end) <= budget) {
      used += cost(end++);
      grew = true;
    }
    if (start > 0 && used + cost(start - 1) <= budget) {
      used += cost(--start);
      grew = true;
    }
  }
  return { cells: cells.slice(start, end), before: start > 0, after: end < cells.length };
}
