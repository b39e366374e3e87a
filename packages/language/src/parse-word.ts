/**
 * Reads an input word as written on the command line (`--input`, one line of `--words`).
 *
 * - Symbols are separated by whitespace: `coin push coin`.
 * - A symbol with spaces, quotes or other special characters is a `.fsa` quoted string:
 *   `"passive open" SYN` (escapes `\"` `\\` `\n` `\t` `\u{HEX}`).
 * - When every alphabet symbol is one character, a run of them may be written without spaces: `1011`.
 * - An empty or blank text, or `""` alone, is the empty word.
 */
export type ParsedWord =
  | { readonly ok: true; readonly symbols: readonly string[] }
  | {
      readonly ok: false;
      /** The offending symbol as read, or the problem text. */
      readonly symbol: string;
      /** 1-based column (in characters) where the problem starts. */
      readonly column: number;
      readonly message: string;
    };

interface Token {
  readonly value: string;
  readonly quoted: boolean;
  readonly column: number;
}

type Tokens = { readonly ok: true; readonly tokens: readonly Token[] } | Extract<ParsedWord, { ok: false }>;

const MAX_LISTED = 12;

/** The alphabet for a message: all symbols, or the first few and a count. */
export function listAlphabet(alphabet: readonly string[]): string {
  const shown = alphabet.slice(0, MAX_LISTED).map(quoteIfNeeded);
  return alphabet.length > MAX_LISTED ? `${shown.join(', ')}, ... (${alphabet.length} symbols)` : shown.join(', ');
}

/** Control and format characters (NUL, ESC, bidirectional overrides): never printed raw, always escaped. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

/**
 * A symbol as a `.fsa` quoted string, as `--input` reads it: `\"`, `\\`, `\n`, `\t`, and `\u{HEX}` for any
 * other control or format character, so a message never prints one raw to the terminal. O(|symbol|).
 */
function toFsaString(symbol: string): string {
  let text = '';
  for (const c of symbol) {
    if (c === '"' || c === '\\') text += `\\${c}`;
    else if (c === '\n') text += '\\n';
    else if (c === '\t') text += '\\t';
    else if (INVISIBLE.test(c)) text += `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`;
    else text += c;
  }
  return `"${text}"`;
}

/** A symbol as the user would type it in `--input`: bare when it is one plain token, else quoted. */
export function quoteIfNeeded(symbol: string): string {
  return symbol !== '' && /^[^\s"\\]+$/u.test(symbol) && !INVISIBLE.test(symbol) ? symbol : toFsaString(symbol);
}

function tokenize(chars: readonly string[]): Tokens {
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    if (/\s/u.test(chars[i])) {
      i++;
      continue;
    }
    const column = i + 1;
    if (chars[i] !== '"') {
      let value = '';
      while (i < chars.length && !/\s/u.test(chars[i]) && chars[i] !== '"') value += chars[i++];
      tokens.push({ value, quoted: false, column });
      continue;
    }
    i++;
    let value = '';
    for (;;) {
      if (i >= chars.length)
        return problem('"', column, `unterminated string starting at column ${column}; end it with a closing "`);
      const c = chars[i];
      if (c === '"') {
        i++;
        break;
      }
      if (c !== '\\') {
        value += c;
        i++;
        continue;
      }
      const escape = chars[i + 1];
      if (escape === '"' || escape === '\\') value += escape;
      else if (escape === 'n') value += '\n';
      else if (escape === 't') value += '\t';
      else if (escape === 'u' && chars[i + 2] === '{') {
        const close = chars.indexOf('}', i + 3);
        const hex = close < 0 ? '' : chars.slice(i + 3, close).join('');
        const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
        if (!(code <= 0x10ffff)) return problem(`\\u{${hex}`, i + 1, `invalid escape '\\u{${hex}}' at column ${i + 1}`);
        value += String.fromCodePoint(code);
        i = close + 1;
        continue;
      } else {
        const written = `\\${escape ?? ''}`;
        return problem(
          written,
          i + 1,
          `invalid escape '${written}' at column ${i + 1}; use \\" \\\\ \\n \\t or \\u{HEX}`,
        );
      }
      i += 2;
    }
    tokens.push({ value, quoted: true, column });
  }
  return { ok: true, tokens };
}

function problem(symbol: string, column: number, message: string): Extract<ParsedWord, { ok: false }> {
  return { ok: false, symbol, column, message };
}

function notInAlphabet(
  symbol: string,
  column: number,
  alphabet: readonly string[],
): Extract<ParsedWord, { ok: false }> {
  return problem(
    symbol,
    column,
    `symbol ${quoteForMessage(symbol)} at column ${column} is not in the alphabet (${listAlphabet(alphabet)})`,
  );
}

function quoteForMessage(symbol: string): string {
  return /^[^\s'\\]*$/u.test(symbol) && symbol !== '' && !INVISIBLE.test(symbol) ? `'${symbol}'` : toFsaString(symbol);
}

/** Parses `text` into alphabet symbols, or reports the first symbol that is not in `alphabet`. Runs in O(|text|). */
export function parseWord(text: string, alphabet: readonly string[]): ParsedWord {
  const chars = Array.from(text);
  const read = tokenize(chars);
  if (!read.ok) return read;
  const { tokens } = read;
  if (tokens.length === 1 && tokens[0].quoted && tokens[0].value === '') return { ok: true, symbols: [] };
  const known = new Set(alphabet);
  const singleCharacters = alphabet.length > 0 && alphabet.every((s) => Array.from(s).length === 1);
  const symbols: string[] = [];
  for (const token of tokens) {
    if (known.has(token.value)) {
      symbols.push(token.value);
    } else if (token.quoted && token.value === '') {
      return problem('""', token.column, `'""' (the empty word) must stand alone, at column ${token.column}`);
    } else if (!token.quoted && singleCharacters) {
      const parts = Array.from(token.value);
      for (let k = 0; k < parts.length; k++) {
        if (!known.has(parts[k])) return notInAlphabet(parts[k], token.column + k, alphabet);
        symbols.push(parts[k]);
      }
    } else {
      return notInAlphabet(token.value, token.column, alphabet);
    }
  }
  return { ok: true, symbols };
}
