/**
 * Appends `items` to `target` in place. A loop, not `target.push(...items)`: spreading 10^5+ arguments
 * (one check of a large hostile file can report that many diagnostics) overflows the call stack.
 * O(items).
 */
export function pushAll<T>(target: T[], ...lists: readonly (readonly T[])[]): T[] {
  for (const items of lists) {
    for (const item of items) target.push(item);
  }
  return target;
}
