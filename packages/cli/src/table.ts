/**
 * A plain-text table: columns padded to their widest cell, separated by two spaces, trailing
 * spaces trimmed. `align` gives 'r' for right-aligned (numeric) columns. Lengths count characters.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[] = [],
): string {
  const all = [header, ...rows];
  // A loop, not Math.max(...cells): spreading a column of 10^5+ rows (a long --words file) overflows the stack.
  const width = header.map((_, c) => all.reduce((widest, row) => Math.max(widest, Array.from(row[c] ?? '').length), 0));
  const pad = (cell: string, c: number) => {
    const fill = ' '.repeat(width[c] - Array.from(cell).length);
    return align[c] === 'r' ? fill + cell : cell + fill;
  };
  return (
    all
      .map((row) =>
        header
          .map((_, c) => pad(row[c] ?? '', c))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}
