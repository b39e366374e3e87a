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
  const width = header.map((_, c) => Math.max(...all.map((row) => Array.from(row[c] ?? '').length)));
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
