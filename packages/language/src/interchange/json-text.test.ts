import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json-text.js';

function ok(text: string) {
  const result = parseJsonText(text);
  if (result.kind === 'error') throw new Error(result.diagnostic.message);
  return result;
}

function error(text: string) {
  const result = parseJsonText(text);
  if (result.kind === 'ok') throw new Error('expected a syntax error');
  return result.diagnostic;
}

describe('parseJsonText', () => {
  it('reads the same values as JSON.parse', () => {
    for (const text of [
      '0',
      '-1.5e3',
      'true',
      'null',
      '"a\\u00e9\\n\\"\\/"',
      '[]',
      '{}',
      '{"a":[1,{"b":null}],"c":"d"}',
      ' \ufeff1'.slice(1),
    ]) {
      expect(ok(text).value).toEqual(JSON.parse(text.replace(/^\ufeff/, '')));
    }
  });

  it('records the span of every value by JSON pointer, escaping ~ and /', () => {
    const text = '{\n  "a/b": [10, "x"],\n  "m~n": {"": true}\n}';
    const { spans } = ok(text);
    const at = (pointer: string) => {
      const span = spans.get(pointer);
      return span && [text.slice(span.start.offset, span.end.offset), span.start.line, span.start.column];
    };
    expect(at('/a~1b/1')).toEqual(['"x"', 2, 15]);
    expect(at('/m~0n/')).toEqual(['true', 3, 15]);
    expect(at('')?.[1]).toBe(1);
  });

  it('keeps "__proto__" as a plain key and the last of duplicate keys', () => {
    const value = ok('{"__proto__": {"polluted": 1}, "k": 1, "k": 2}').value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'k']);
    expect(value.k).toBe(2);
  });

  it('reports syntax errors as FSA301 with line and column', () => {
    const d = error('{\n  "a": [1, 2\n}');
    expect(d.code).toBe('FSA301');
    expect(d.message).toBe(
      "invalid JSON at line 3, column 1: expected ',' or ']' after the array element but found '}'",
    );
    expect([d.span.start.line, d.span.start.column, d.span.start.offset]).toEqual([3, 1, 15]);
    expect(error('').message).toBe('invalid JSON at line 1, column 1: the document is empty');
    expect(error('"abc').message).toMatch(/unterminated string/);
    expect(error('[01]').message).toMatch(/invalid number/);
    expect(error('{"a" 1}').message).toMatch(/expected ':' after the property name/);
    expect(error('"\\x"').message).toMatch(/invalid escape '\\x'/);
    expect(error('"a\tb"').message).toMatch(/control character/);
    expect(error('{} x').message).toMatch(/unexpected 'x' after the end of the JSON value/);
    expect(error("{'a': 1}").message).toMatch(/expected a property name in double quotes but found '''/);
    expect(error('\r\n\r\n  nul').message).toMatch(/^invalid JSON at line 3, column 3:/);
  });

  it('does not count a leading byte order mark as a column', () => {
    expect(error('\uFEFF{"a": }').message).toBe(error('{"a": }').message);
    expect(error('\uFEFF{"a": }').span.start).toEqual({ offset: 7, line: 1, column: 7 });
    const { spans } = ok('\uFEFF{"a": 1}');
    expect(spans.get('/a')?.start).toEqual({ offset: 7, line: 1, column: 7 });
  });

  it('does not count two leading byte order marks as columns', () => {
    expect(error('\uFEFF\uFEFF{"a": }').message).toBe(error('{"a": }').message);
    expect(error('\uFEFF\uFEFF{"a": }').span.start).toEqual({ offset: 8, line: 1, column: 7 });
    expect(ok('\uFEFF\uFEFF{"a": 1}').spans.get('/a')?.start).toEqual({ offset: 8, line: 1, column: 7 });
  });

  it('reports nesting deeper than 256 levels instead of overflowing the stack', () => {
    expect(error('['.repeat(100_000)).message).toMatch(/nesting deeper than 256 levels/);
    expect(ok(`${'['.repeat(200)}${']'.repeat(200)}`).value).toBeInstanceOf(Array);
  });
});
