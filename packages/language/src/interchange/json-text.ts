import { diagnostic, type Diagnostic, type Position, type Span } from '../diagnostics.js';
import { leadingByteOrderMarks, Locator } from '../locator.js';

/**
 * The outcome of reading JSON text: the value plus the span of every value by JSON pointer
 * (RFC 6901, the form ajv uses for `instancePath`), or one FSA301 diagnostic at the first
 * syntax error with its line and column.
 */
export type JsonTextResult =
  | { readonly kind: 'ok'; readonly value: unknown; readonly spans: ReadonlyMap<string, Span> }
  | { readonly kind: 'error'; readonly diagnostic: Diagnostic };

/** Deeper nesting than this is reported, not recursed into, so no input can overflow the stack. */
const MAX_DEPTH = 256;

/** Escapes one JSON pointer segment (`~` -> `~0`, `/` -> `~1`). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Parses JSON text (RFC 8259, a leading BOM allowed) and records where each value is.
 * Never throws. Duplicate keys keep the last value, as `JSON.parse` does. Runs in O(length).
 */
export function parseJsonText(text: string): JsonTextResult {
  const reader = new JsonReader(text);
  return reader.read();
}

class SyntaxFailure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class JsonReader {
  private pos = 0;
  private readonly spans = new Map<string, Span>();
  private readonly locator: Locator;

  constructor(private readonly text: string) {
    this.locator = new Locator(text);
  }

  read(): JsonTextResult {
    try {
      this.pos = leadingByteOrderMarks(this.text);
      this.skipSpace();
      if (this.pos >= this.text.length) throw new SyntaxFailure(this.pos, 'the document is empty');
      const value = this.value('', 0);
      this.skipSpace();
      if (this.pos < this.text.length) {
        throw new SyntaxFailure(this.pos, `unexpected ${this.describe(this.pos)} after the end of the JSON value`);
      }
      return { kind: 'ok', value, spans: this.spans };
    } catch (error) {
      if (!(error instanceof SyntaxFailure)) throw error;
      const at = this.position(error.offset);
      const end = this.position(Math.min(error.offset + 1, this.text.length));
      return {
        kind: 'error',
        diagnostic: diagnostic(
          'FSA301',
          { start: at, end },
          `invalid JSON at line ${at.line}, column ${at.column}: ${error.message}`,
        ),
      };
    }
  }

  private value(pointer: string, depth: number): unknown {
    if (depth > MAX_DEPTH) throw new SyntaxFailure(this.pos, `nesting deeper than ${MAX_DEPTH} levels`);
    const start = this.pos;
    const c = this.text[this.pos];
    let value: unknown;
    if (c === '{') value = this.object(pointer, depth);
    else if (c === '[') value = this.array(pointer, depth);
    else if (c === '"') value = this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) value = this.number();
    else if (this.text.startsWith('true', this.pos)) value = this.literal('true', true);
    else if (this.text.startsWith('false', this.pos)) value = this.literal('false', false);
    else if (this.text.startsWith('null', this.pos)) value = this.literal('null', null);
    else throw new SyntaxFailure(this.pos, `expected a value but found ${this.describe(this.pos)}`);
    this.spans.set(pointer, { start: this.position(start), end: this.position(this.pos) });
    return value;
  }

  private object(pointer: string, depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.pos++; // {
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') {
        throw new SyntaxFailure(
          this.pos,
          `expected a property name in double quotes but found ${this.describe(this.pos)}`,
        );
      }
      const key = this.string();
      this.skipSpace();
      this.expect(':', "expected ':' after the property name");
      this.skipSpace();
      const value = this.value(`${pointer}/${escapePointerSegment(key)}`, depth + 1);
      // defineProperty: a key such as "__proto__" must become data, never the prototype.
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      this.expect('}', "expected ',' or '}' after the property value");
      return result;
    }
  }

  private array(pointer: string, depth: number): unknown[] {
    const result: unknown[] = [];
    this.pos++; // [
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      result.push(this.value(`${pointer}/${result.length}`, depth + 1));
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      this.expect(']', "expected ',' or ']' after the array element");
      return result;
    }
  }

  private string(): string {
    const open = this.pos;
    this.pos++; // "
    let out = '';
    let chunkStart = this.pos;
    for (;;) {
      if (this.pos >= this.text.length) throw new SyntaxFailure(open, 'unterminated string');
      const code = this.text.charCodeAt(this.pos);
      if (code === 34) break; // "
      if (code < 0x20) throw new SyntaxFailure(this.pos, 'control character in a string (write it as an escape)');
      if (code !== 92) {
        this.pos++;
        continue;
      }
      out += this.text.slice(chunkStart, this.pos);
      const escape = this.text[this.pos + 1];
      if (escape === 'u') {
        const hex = this.text.slice(this.pos + 2, this.pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex))
          throw new SyntaxFailure(this.pos, 'invalid \\u escape (need four hex digits)');
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 6;
      } else if (escape !== undefined && Object.hasOwn(ESCAPES, escape)) {
        out += ESCAPES[escape];
        this.pos += 2;
      } else {
        throw new SyntaxFailure(this.pos, `invalid escape '\\${escape ?? ''}' in a string`);
      }
      chunkStart = this.pos;
    }
    out += this.text.slice(chunkStart, this.pos);
    this.pos++; // closing "
    return out;
  }

  private number(): number {
    const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    match.lastIndex = this.pos;
    const found = match.exec(this.text);
    if (found === null || found[0] === '-') throw new SyntaxFailure(this.pos, 'invalid number');
    this.pos += found[0].length;
    const next = this.text[this.pos];
    if (next !== undefined && /[0-9.eE+-]/.test(next)) throw new SyntaxFailure(this.pos, 'invalid number');
    return Number(found[0]);
  }

  private literal<T>(word: string, value: T): T {
    this.pos += word.length;
    return value;
  }

  private expect(char: string, message: string): void {
    if (this.text[this.pos] !== char)
      throw new SyntaxFailure(this.pos, `${message} but found ${this.describe(this.pos)}`);
    this.pos++;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length) {
      const c = this.text.charCodeAt(this.pos);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      this.pos++;
    }
  }

  private describe(offset: number): string {
    if (offset >= this.text.length) return 'the end of the text';
    const char = String.fromCodePoint(this.text.codePointAt(offset) ?? 0);
    return char.trim() === '' || char.charCodeAt(0) < 0x20 ? `character U+${hex4(char)}` : `'${char}'`;
  }

  private position(offset: number): Position {
    return this.locator.position(offset);
  }
}

function hex4(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}
