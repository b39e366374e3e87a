/**
 * Prints a JSON value with two-space indentation, keeping arrays of scalars on one line,
 * so an exported automaton has one transition per line. The output is `JSON.parse`-able and
 * ends with a newline. Runs in O(size of the value).
 */
export function printJson(value: unknown): string {
  return `${printValue(value, '')}\n`;
}

function printValue(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isScalar)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    const inner = `${indent}  `;
    return `[\n${value.map((v) => inner + printValue(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${printValue(v, inner)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}
