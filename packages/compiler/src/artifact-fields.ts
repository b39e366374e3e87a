/**
 * Field readers for validating parsed JSON. Each names the field by its path (`codes.state`,
 * `automaton.delta[3][1]`) in the message. They throw `FieldError`, which `loadArtifact` catches, so a
 * bad artifact becomes an error value and never an exception of the API.
 */
export class FieldError extends Error {}

export type JsonObject = { readonly [key: string]: unknown };

export function fail(path: string, problem: string): never {
  throw new FieldError(`${path}: ${problem}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  return typeof value === 'object' ? 'an object' : String(value);
}

export function object(value: unknown, path: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(path, `expected an object, found ${describe(value)}`);
  return value as JsonObject;
}

export function field(parent: JsonObject, key: string, path: string): unknown {
  if (!Object.prototype.hasOwnProperty.call(parent, key)) fail(path ? `${path}.${key}` : key, 'is missing');
  return parent[key];
}

export function array(value: unknown, path: string, length?: number): readonly unknown[] {
  if (!Array.isArray(value)) fail(path, `expected an array, found ${describe(value)}`);
  if (length !== undefined && value.length !== length) fail(path, `expected ${length} entries, found ${value.length}`);
  return value;
}

export function string(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, `expected a string, found ${describe(value)}`);
  return value;
}

export function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(path, `expected a finite number, found ${describe(value)}`);
  return value;
}

export function integer(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    fail(path, `expected an integer, found ${describe(value)}`);
  if (value < min || value > max) fail(path, `${value} is out of range ${min}..${max}`);
  return value;
}

export function finiteOrNull(value: unknown, path: string): number | null {
  return value === null ? null : finite(value, path);
}

export function oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
  if (typeof value !== 'string' || !options.includes(value as T)) {
    fail(path, `expected one of ${options.map((o) => `'${o}'`).join(', ')}, found ${describe(value)}`);
  }
  return value as T;
}

export function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, `expected true or false, found ${describe(value)}`);
  return value;
}

export function strings(value: unknown, path: string): string[] {
  return array(value, path).map((item, i) => string(item, `${path}[${i}]`));
}

export function integers(value: unknown, path: string, min: number, max: number, length?: number): Int32Array {
  const items = array(value, path, length);
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = integer(items[i], `${path}[${i}]`, min, max);
  return out;
}

export function between(value: unknown, path: string, min: number, max: number): number {
  const number = finite(value, path);
  if (number < min || number > max) fail(path, `${number} is out of range ${min}..${max}`);
  return number;
}

/** Readers of the fields of the object at `path`, each naming `path.key` in its message (for reports). */
export function fieldsOf(parent: JsonObject, path: string) {
  const at = (key: string) => field(parent, key, path);
  const where = (key: string) => `${path}.${key}`;
  return {
    at,
    object: (key: string) => object(at(key), where(key)),
    text: (key: string) => string(at(key), where(key)),
    texts: (key: string) => strings(at(key), where(key)),
    flag: (key: string) => boolean(at(key), where(key)),
    number: (key: string) => finite(at(key), where(key)),
    numberOrNull: (key: string) => finiteOrNull(at(key), where(key)),
    count: (key: string) => integer(at(key), where(key), 0, Number.MAX_SAFE_INTEGER),
    choice: <T extends string>(key: string, options: readonly T[]) => oneOf(at(key), where(key), options),
  };
}
