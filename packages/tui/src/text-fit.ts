/**
 * Terminal text helpers. Widths count characters (code points), which is the display width for the
 * names this UI shows; wide (CJK, emoji) names may be cut one column late.
 */

/** Number of characters in `text`. */
export function textWidth(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** `text` cut to `width` characters, ending in `…` when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  return width === 1 ? '…' : `${chars.slice(0, width - 1).join('')}…`;
}

/** `text` cut or padded with spaces (on the right, or the left with `align: 'right'`) to exactly `width`. */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = truncate(text, width);
  const pad = ' '.repeat(Math.max(0, width - textWidth(cut)));
  return align === 'left' ? cut + pad : pad + cut;
}

/** A number with `digits` decimals, `-0.00` shown as `0.00`. */
export function fixed(value: number, digits = 2): string {
  const text = value.toFixed(digits);
  return /^-0\.0*$/.test(text) ? text.slice(1) : text;
}

/** A parameter value: integers as they are, others with up to 3 significant decimals. */
export function shortNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(3)));
}
