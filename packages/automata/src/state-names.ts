/**
 * Makes display names unique (internal): a name already taken gets `'` appended until it is free.
 * Keeps the first occurrence unchanged. Runs in O(total name length) expected.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    while (taken.has(candidate)) candidate += "'";
    taken.add(candidate);
    return candidate;
  });
}

/** A name based on `base` that is not in `taken` (internal): `base`, then `base'`, `base''`, ... */
export function freshName(base: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  let candidate = base;
  while (set.has(candidate)) candidate += "'";
  return candidate;
}
