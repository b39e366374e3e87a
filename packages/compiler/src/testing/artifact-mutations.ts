import fc from 'fast-check';

/** A path from an artifact's root to one of its values. */
export type JsonPath = readonly (string | number)[];

/** Every path to a value inside `json`, arrays sampled at their first, second and last entries. */
export function pathsOf(json: unknown, prefix: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(json)) {
    const picks = [...new Set([0, 1, json.length - 1])].filter((i) => i >= 0 && i < json.length);
    for (const i of picks) out.push(...pathsOf(json[i], [...prefix, i]));
  } else if (typeof json === 'object' && json !== null) {
    for (const [key, value] of Object.entries(json)) out.push(...pathsOf(value, [...prefix, key]));
  }
  return out;
}

/** `text` parsed, changed at `path` by `change(parent, lastKey)`, and written again. */
export function editJson(text: string, path: JsonPath, change: (parent: any, key: string | number) => void): string {
  const json = JSON.parse(text);
  let parent = json;
  for (const key of path.slice(0, -1)) parent = parent[key];
  change(parent, path[path.length - 1]);
  return JSON.stringify(json);
}

/** Values that are wrong in most places of an artifact: huge, negative, fractional, of another type. */
export const BAD_VALUES: readonly unknown[] = [1e308, -1e308, -1, 0, 0.5, 'x', null, true, [], {}, 2 ** 53];

/**
 * One of `artifacts` with a character replaced, a field deleted, a value replaced by one of `BAD_VALUES`,
 * or one of the base64 fields `codes.<codeKeys>` cut short.
 */
export function arbMutatedArtifact(artifacts: readonly string[], codeKeys: readonly string[]): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: artifacts.length - 1 }).chain((which) => {
    const text = artifacts[which];
    const arbPath = fc.constantFrom(...pathsOf(JSON.parse(text)));
    return fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
        .map(([at, c]) => `${text.slice(0, at)}${c}${text.slice(at + 1)}`),
      arbPath.map((path) => editJson(text, path, (parent, key) => delete parent[key])),
      fc
        .tuple(arbPath, fc.constantFrom(...BAD_VALUES))
        .map(([path, value]) => editJson(text, path, (parent, key) => (parent[key] = value))),
      fc
        .tuple(fc.constantFrom(...codeKeys), fc.integer({ min: 1, max: 12 }))
        .map(([key, cut]) => editJson(text, ['codes', key], (codes, k) => (codes[k] = codes[k].slice(0, -cut)))),
    );
  });
}
