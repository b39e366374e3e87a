import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';

/**
 * The tokens of the `.fsa` language and its lexer.
 * Comments go to the `comments` group; malformed strings and comments are still tokens
 * (flagged later by `lexFsa` in parse.ts) so one bad quote does not derail the parser.
 */

/** Unicode identifier, `[\p{L}_][\p{L}\p{N}_]*`. A custom matcher because chevrotain drops the `u` flag. */
const IDENTIFIER_PATTERN = /[\p{L}_][\p{L}\p{N}_]*/uy;

function matchIdentifier(text: string, offset: number): RegExpExecArray | null {
  IDENTIFIER_PATTERN.lastIndex = offset;
  return IDENTIFIER_PATTERN.exec(text);
}

function matchBlockComment(text: string, offset: number): RegExpExecArray | null {
  if (!text.startsWith('/*', offset)) return null;
  const close = text.indexOf('*/', offset + 2);
  const end = close < 0 ? text.length : close + 2;
  return [text.slice(offset, end)] as unknown as RegExpExecArray;
}

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /\s+/, group: Lexer.SKIPPED, line_breaks: true });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n\r]*/, group: 'comments' });
/** Also matches an unterminated comment up to the end of the file (reported as FSA103). */
export const BlockComment = createToken({
  name: 'BlockComment',
  pattern: { exec: matchBlockComment },
  start_chars_hint: ['/'],
  group: 'comments',
  line_breaks: true,
});

export const Identifier = createToken({
  name: 'Identifier',
  pattern: { exec: matchIdentifier },
  line_breaks: false,
  label: 'a name',
});

function keyword(word: string, pattern: RegExp = new RegExp(word)): TokenType {
  const name = word[0].toUpperCase() + word.slice(1);
  return createToken({ name, pattern, longer_alt: Identifier, label: `'${word}'` });
}

export const Dfa = keyword('dfa');
export const Nfa = keyword('nfa');
export const Mealy = keyword('mealy');
export const Moore = keyword('moore');
/** `outputs` before `output`: the lexer takes the first keyword that matches. */
export const Outputs = keyword('outputs');
export const Output = keyword('output');
export const Sequence = keyword('sequence');
export const Alphabet = keyword('alphabet');
export const States = keyword('states');
export const Start = keyword('start');
export const Accept = keyword('accept');
export const On = keyword('on');
export const Network = keyword('network');
export const Items = keyword('items');
export const Loop = keyword('loop');
/**
 * Soft keywords: they begin a declaration or a clause, yet still match `Identifier`, so existing names
 * such as a state called `test` keep working everywhere a name is expected.
 */
function softKeyword(word: string): TokenType {
  const name = word[0].toUpperCase() + word.slice(1);
  return createToken({
    name,
    pattern: new RegExp(word),
    longer_alt: Identifier,
    categories: [Identifier],
    label: `'${word}'`,
  });
}

export const Regex = softKeyword('regex');
export const Over = softKeyword('over');
export const Test = softKeyword('test');
export const Reject = softKeyword('reject');

/** `epsilon` or the symbol `ε` (itself a letter, so `εx` is an identifier). */
export const Epsilon = keyword('epsilon', /epsilon|ε/);

/** Any number: parameter values and dwell counts. Abstract: matched through `Integer` and `Decimal`. */
export const NumberValue = createToken({ name: 'NumberValue', pattern: Lexer.NA, label: 'a number' });
const DECIMAL_PATTERN = /-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/y;

/**
 * A number starting with `-` or `.` is a number only right after `=` (a parameter value) or `(` (a dwell
 * count); elsewhere those characters are the regular-expression operators difference and any-symbol, so
 * `a-1` is `a - 1`.
 */
function matchDecimal(text: string, offset: number, tokens: readonly IToken[]): RegExpExecArray | null {
  DECIMAL_PATTERN.lastIndex = offset;
  const match = DECIMAL_PATTERN.exec(text);
  if (match === null) return null;
  if (text[offset] !== '-' && text[offset] !== '.') return match;
  const before = tokens[tokens.length - 1]?.image; // comments are in their own group, not here
  return before === '=' || before === '(' ? match : null;
}

/** A number that is not a plain integer: `-1`, `0.5`, `1e3`, `.5`. */
export const Decimal = createToken({
  name: 'Decimal',
  pattern: { exec: matchDecimal },
  start_chars_hint: ['-', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  line_breaks: false,
  categories: [NumberValue],
  label: 'a number',
});
/** `[0-9]+`: a name (`alphabet 0, 1`) and also a number; a longer decimal (`1.5`) wins. */
export const Integer = createToken({
  name: 'Integer',
  pattern: /\d+/,
  longer_alt: Decimal,
  categories: [NumberValue],
  label: 'an integer',
});
/** Also matches an unterminated string up to the end of the line (reported as FSA102). */
export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n]?)*"?/,
  label: 'a quoted string',
});

export const LCurly = createToken({ name: 'LCurly', pattern: '{', label: "'{'" });
export const RCurly = createToken({ name: 'RCurly', pattern: '}', label: "'}'" });
export const LParen = createToken({ name: 'LParen', pattern: '(', label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: ')', label: "')'" });
export const Comma = createToken({ name: 'Comma', pattern: ',', label: "','" });
export const Arrow = createToken({ name: 'Arrow', pattern: '->', label: "'->'" });
export const Equals = createToken({ name: 'Equals', pattern: '=', label: "'='" });
export const Star = createToken({ name: 'Star', pattern: '*', label: "'*'" });
/** `/` before a Mealy transition's output; comments (`//`, `/*`) are matched first. */
export const Slash = createToken({ name: 'Slash', pattern: '/', label: "'/'" });
export const Pipe = createToken({ name: 'Pipe', pattern: '|', label: "'|'" });
export const Amp = createToken({ name: 'Amp', pattern: '&', label: "'&'" });
export const Minus = createToken({ name: 'Minus', pattern: '-', label: "'-'" });
export const Plus = createToken({ name: 'Plus', pattern: '+', label: "'+'" });
export const Question = createToken({ name: 'Question', pattern: '?', label: "'?'" });
export const Bang = createToken({ name: 'Bang', pattern: '!', label: "'!'" });
export const Dot = createToken({ name: 'Dot', pattern: '.', label: "'.'" });
export const At = createToken({ name: 'At', pattern: '@', label: "'@'" });

/** Keywords: reserved, so a name spelled like one must be quoted. */
export const KEYWORD_TOKENS: readonly TokenType[] = [
  Dfa,
  Nfa,
  Sequence,
  Alphabet,
  States,
  Start,
  Accept,
  On,
  Network,
  Items,
  Loop,
  Epsilon,
  Mealy,
  Moore,
  Outputs,
  Output,
];

/** The words that cannot be used as bare names. */
export const KEYWORDS: readonly string[] = [
  'dfa',
  'nfa',
  'sequence',
  'alphabet',
  'states',
  'start',
  'accept',
  'on',
  'network',
  'items',
  'loop',
  'epsilon',
  'ε',
  'mealy',
  'moore',
  'outputs',
  'output',
];

/** Order matters: comments before anything starting with `/`, keywords before `Identifier`, `Integer` before `Decimal`. */
export const ALL_TOKENS: readonly TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  ...KEYWORD_TOKENS,
  Regex,
  Over,
  Test,
  Reject,
  Identifier,
  Integer,
  Arrow,
  Decimal,
  NumberValue,
  StringLiteral,
  LCurly,
  RCurly,
  LParen,
  RParen,
  Comma,
  Equals,
  Star,
  Slash,
  Pipe,
  Amp,
  Minus,
  Plus,
  Question,
  Bang,
  Dot,
  At,
];

/** The shared lexer; stateless between calls. `onlyOffset`: positions are computed from offsets in parse.ts. */
export const fsaLexer = new Lexer([...ALL_TOKENS], { positionTracking: 'onlyOffset', ensureOptimizations: false });

/** An escape inside a string token that the language does not define, as an offset range in the token image. */
export interface BadEscape {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ESCAPE = /\\(u\{[0-9a-fA-F]{1,6}\}|[^])?/gu;

/** The value of a string token (quotes removed, escapes applied); bad escapes keep their text. O(length). */
export function unescapeString(image: string): string {
  const closed = isTerminatedString(image);
  const body = image.slice(1, closed ? -1 : undefined);
  return body.replace(ESCAPE, (whole, escape: string | undefined) => {
    if (escape === undefined) return whole;
    switch (escape) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'n':
        return '\n';
      case 't':
        return '\t';
    }
    if (escape.startsWith('u{')) {
      const code = Number.parseInt(escape.slice(2, -1), 16);
      if (code <= 0x10ffff) return String.fromCodePoint(code);
    }
    return whole;
  });
}

/** Escapes in a string token other than `\" \\ \n \t \u{HEX}` (HEX at most 10FFFF). */
export function findBadEscapes(image: string): BadEscape[] {
  const bad: BadEscape[] = [];
  for (const match of image.matchAll(ESCAPE)) {
    const escape = match[1];
    const start = match.index;
    const ok =
      escape === '"' ||
      escape === '\\' ||
      escape === 'n' ||
      escape === 't' ||
      (escape !== undefined && escape.startsWith('u{') && Number.parseInt(escape.slice(2, -1), 16) <= 0x10ffff);
    if (!ok && escape !== undefined) bad.push({ start, end: start + match[0].length, text: match[0] });
  }
  return bad;
}

/** Whether a string token has its closing quote (the lexer also accepts an unterminated one). */
export function isTerminatedString(image: string): boolean {
  return /^"(?:[^"\\\r\n]|\\[^\r\n])*"$/u.test(image);
}

/** Whether a block comment token has its closing `*\/` (the lexer also accepts an unterminated one). */
export function isTerminatedBlockComment(image: string): boolean {
  return image.length >= 4 && image.endsWith('*/');
}
