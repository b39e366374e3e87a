import { EOF, tokenMatcher, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import {
  Arrow,
  Decimal,
  Dfa,
  Equals,
  Identifier,
  Integer,
  KEYWORD_TOKENS,
  LCurly,
  Nfa,
  NumberValue,
  On,
  RCurly,
  RParen,
  Sequence,
  StringLiteral,
} from './tokens.js';

/**
 * The messages of syntax errors: lowercase, naming the place and quoting the user's text (style.md,
 * "Error messages"). chevrotain asks for one string, so a hint rides along after HINT_SEPARATOR.
 */

/** Separates a parser message from its hint; chevrotain's message provider returns one string. */
export const HINT_SEPARATOR = '\u0000';

const NAME_TOKENS: readonly TokenType[] = [Identifier, Integer, StringLiteral];

/** Whether `token` is of one of `types`, categories included (`Integer` is a `NumberValue`). */
export function isOneOf(token: IToken, types: readonly TokenType[]): boolean {
  return types.some((t) => tokenMatcher(token, t));
}

function isEnd(token: IToken | undefined): boolean {
  return token === undefined || tokenMatcher(token, EOF);
}

/**
 * User text fit for a one-line message: control characters (bidirectional-text controls included, which would
 * reorder the message) escaped as `\u{HEX}`, long text shortened. O(1) in the length of `text`.
 */
export function shownText(text: string): string {
  // Only the first 41 characters can show (each becomes at least one), so a huge token costs O(1), not O(length).
  const visible = text
    .slice(0, 41)
    .replace(
      /[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Bidi_Control}]/gu,
      (c) => `\\u{${c.codePointAt(0)?.toString(16).toUpperCase()}}`,
    );
  return visible.length > 40 ? `${visible.slice(0, 37)}...` : visible;
}

/** Quotes the user's text, shortened so a runaway token does not flood the message. */
function quote(image: string): string {
  return `'${shownText(image)}'`;
}

function found(actual: IToken): string {
  return isEnd(actual) ? 'the end of the file' : quote(actual.image);
}

/** Where the parser was, in words: "after state 'q0' ", "after '->' ", or "" at the start. */
function place(ruleName: string, previous: IToken | undefined, actual?: IToken, expected?: TokenType): string {
  if (previous === undefined || isEnd(previous) || previous.image === '' || previous.isInsertedInRecovery) return '';
  // Recovery inside a repetition reports after skipping, so "previous" may not precede the token found.
  if (actual !== undefined && !isEnd(actual) && previous.startOffset >= actual.startOffset) return '';
  const text = quote(previous.image);
  if (isOneOf(previous, NAME_TOKENS)) {
    if (ruleName === 'transition') return `after state ${text} `;
    if ((ruleName === 'automaton' || ruleName === 'sequence') && expected === LCurly) return `after the name ${text} `;
    if (ruleName === 'parameter' && tokenMatcher(previous, Identifier)) return `after parameter ${text} `;
  }
  return `after ${text} `;
}

/** A hint when the found token is a keyword or number where a name belongs. */
function nameHint(actual: IToken): string | undefined {
  if (isOneOf(actual, KEYWORD_TOKENS))
    return `'${actual.image}' is a keyword; write it in quotes ("${actual.image}") to use it as a name`;
  if (tokenMatcher(actual, Decimal))
    return `a name is an identifier, an integer or a quoted string; quote it ("${actual.image}") to use it as a name`;
  return undefined;
}

function withHint(message: string, hint: string | undefined): string {
  return hint === undefined ? message : `${message}${HINT_SEPARATOR}${hint}`;
}

function unexpectedAtTopLevel(actual: IToken): string {
  return withHint(
    `expected 'dfa', 'nfa', 'sequence', 'regex' or 'test' but found ${found(actual)}`,
    "a file is a list of declarations like 'dfa Name { ... }'",
  );
}

const AUTOMATON_MEMBERS_HINT =
  "an automaton holds 'alphabet', 'states', 'start', 'accept', 'network' and transitions like 'q0 -> q1 on a'";
const SEQUENCE_MEMBERS_HINT = "a sequence holds 'items', 'loop' and 'network'";

/** The parser's message provider. */
export const fsaErrorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    if (expected === EOF) return unexpectedAtTopLevel(actual);
    const where = place(ruleName, previous, actual, expected);
    if (expected === RCurly && !isEnd(actual)) {
      if (ruleName === 'automaton')
        return withHint(`expected a member or '}' ${where}but found ${found(actual)}`, AUTOMATON_MEMBERS_HINT);
      if (ruleName === 'sequence')
        return withHint(`expected a member or '}' ${where}but found ${found(actual)}`, SEQUENCE_MEMBERS_HINT);
      if (ruleName === 'network')
        return withHint(
          `expected a parameter or '}' ${where}but found ${found(actual)}`,
          "parameters are written 'name = value', e.g. 'neurons = 512'",
        );
    }
    const message = `expected ${expected.LABEL ?? expected.name} ${where}but found ${found(actual)}`;
    if (expected === RCurly) return withHint(message, "close the block with '}'");
    if (expected === Arrow && ruleName === 'transition')
      return withHint(
        message,
        `a transition is written 'from -> to on symbol'; if ${quote(previous.image)} belongs to the list before it, separate them with ','`,
      );
    if (expected === On) return withHint(message, "a transition is written 'from -> to on symbol, symbol'");
    if (expected === Identifier && ruleName === 'parameter') return withHint(message, nameHint(actual));
    if (expected === Equals && ruleName === 'regex')
      return withHint(message, "a regex is written 'regex Name = expression' or 'regex Name over a, b = expression'");
    if (expected === Equals) return withHint(message, "parameters are written 'name = value'");
    if (expected === RParen || expected === NumberValue) return withHint(message, "a dwell count is written 'A(3)'");
    return message;
  },

  buildNotAllInputParsedMessage({ firstRedundant }) {
    return unexpectedAtTopLevel(firstRedundant);
  },

  buildNoViableAltMessage({ actual, previous, ruleName }) {
    const token = actual[0];
    const where = place(ruleName, previous, token);
    switch (ruleName) {
      case 'declaration':
        return unexpectedAtTopLevel(token);
      case 'automaton':
        if (previous !== undefined && isOneOf(previous, NAME_TOKENS))
          return withHint(
            `expected '{' or '=' ${where}but found ${found(token)}`,
            "an automaton is written 'dfa Name { ... }', or built from others as 'dfa Name = A & B'",
          );
        return `expected 'dfa' or 'nfa' ${where}but found ${found(token)}`;
      case 'atom':
        return withHint(
          `expected a symbol, '.', '(' or '@name' ${where}but found ${found(token)}`,
          'an operator needs an operand; finish the expression or remove the operator',
        );
      case 'testRow':
        return withHint(
          `expected 'accept', 'reject' or a quoted word ${where}but found ${found(token)}`,
          'a test row is written accept "w", ... or reject "w", ... or "w" -> "outputs"',
        );
      case 'name':
        return withHint(
          `expected a name ${where}but found ${found(token)}`,
          nameHint(token) ??
            (previous !== undefined && isOneOf(previous, [Dfa, Nfa, Sequence])
              ? `name the declaration, e.g. '${previous.image} Name {'`
              : undefined),
        );
      case 'label':
        return withHint(`expected a symbol, '*' or 'epsilon' ${where}but found ${found(token)}`, nameHint(token));
      case 'parameter':
        return withHint(
          `expected a number or a word ${where}but found ${found(token)}`,
          "parameter values are numbers like '512' or '0.5', or words like 'bipolar'",
        );
      case 'automatonMember':
        return withHint(`expected a member ${where}but found ${found(token)}`, AUTOMATON_MEMBERS_HINT);
      case 'sequenceMember':
        return withHint(`expected a member ${where}but found ${found(token)}`, SEQUENCE_MEMBERS_HINT);
      default:
        return `unexpected ${found(token)} ${where}`.trimEnd();
    }
  },

  buildEarlyExitMessage({ actual, previous, ruleName }) {
    return `expected more ${place(ruleName, previous)}but found ${found(actual[0])}`;
  },
};
