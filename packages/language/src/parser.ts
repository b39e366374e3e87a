import {
  createSyntaxDiagramsCode,
  CstParser,
  EOF,
  generateCstDts,
  tokenMatcher,
  type IParserErrorMessageProvider,
  type IToken,
  type TokenType,
} from 'chevrotain';
import {
  Accept,
  ALL_TOKENS,
  Alphabet,
  Arrow,
  Comma,
  Dfa,
  Epsilon,
  Equals,
  Identifier,
  Integer,
  Items,
  KEYWORD_TOKENS,
  LCurly,
  Loop,
  LParen,
  Network,
  Nfa,
  NumberValue,
  On,
  RCurly,
  RParen,
  Sequence,
  Start,
  Star,
  States,
  StringLiteral,
  Decimal,
} from './tokens.js';

/** Separates a parser message from its hint; chevrotain's message provider returns one string. */
export const HINT_SEPARATOR = '\u0000';

/**
 * The `.fsa` grammar as a chevrotain CstParser with error recovery on, so one run reports every
 * syntax error. Rules mirror the AST in ast.ts; to-ast.ts turns the CST into that AST.
 */
export class FsaParser extends CstParser {
  constructor() {
    super([...ALL_TOKENS], { recoveryEnabled: true, errorMessageProvider: fsaErrorMessages });
    this.performSelfAnalysis();
  }

  /** Tokens that begin a source line, or close or open a block: where recovery may resume. */
  private resyncPoints = new WeakSet<IToken>();
  private resyncTarget: IToken | undefined;

  /**
   * Sets the tokens to parse. `text` tells which tokens begin a line: after an error the parser
   * skips to such a token, so one mistake gives one message rather than a cascade along its line.
   */
  load(tokens: IToken[], text: string): void {
    this.resyncPoints = new WeakSet();
    let previousEnd = 0;
    tokens.forEach((token, index) => {
      const startsLine = index === 0 || /[\n\r]/.test(text.slice(previousEnd, token.startOffset));
      if (startsLine || isOneOf(token, BLOCK_TOKENS)) this.resyncPoints.add(token);
      previousEnd = token.startOffset + token.image.length;
    });
    this.resyncTarget = undefined;
    this.input = tokens;
  }

  // Overrides chevrotain 11's between-rules recovery (an internal of the Recoverable trait): the stock
  // version resumes at the first token in the follow set, often mid-line. This one resumes at the first
  // such token that is also a resync point, and reSyncTo skips to exactly that token.
  findReSyncTokenType(): TokenType {
    const follows = (this as unknown as RecoveryInternals).flattenFollowSet();
    for (let k = 1; ; k++) {
      const token = this.LA(k);
      if (tokenMatcher(token, EOF)) {
        this.resyncTarget = undefined;
        return EOF;
      }
      if (!this.resyncPoints.has(token)) continue;
      const match = follows.find((type) => tokenMatcher(token, type));
      if (match !== undefined) {
        this.resyncTarget = token;
        return match;
      }
    }
  }

  reSyncTo(tokenType: TokenType): IToken[] {
    const skipped: IToken[] = [];
    const target = this.resyncTarget;
    const internals = this as unknown as RecoveryInternals;
    for (;;) {
      const next = this.LA(1);
      if (target !== undefined ? next === target : tokenMatcher(next, tokenType)) break;
      if (tokenMatcher(next, EOF)) break;
      skipped.push(next);
      internals.SKIP_TOKEN();
    }
    return skipped;
  }

  public file = this.RULE('file', () => {
    this.MANY(() => this.SUBRULE(this.declaration));
  });

  public declaration = this.RULE('declaration', () => {
    this.OR([{ ALT: () => this.SUBRULE(this.automaton) }, { ALT: () => this.SUBRULE(this.sequence) }]);
  });

  public automaton = this.RULE('automaton', () => {
    this.OR([{ ALT: () => this.CONSUME(Dfa) }, { ALT: () => this.CONSUME(Nfa) }]);
    this.SUBRULE(this.name);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.automatonMember));
    this.CONSUME(RCurly);
  });

  public automatonMember = this.RULE('automatonMember', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.alphabet) },
      { ALT: () => this.SUBRULE(this.states) },
      { ALT: () => this.SUBRULE(this.start) },
      { ALT: () => this.SUBRULE(this.accept) },
      { ALT: () => this.SUBRULE(this.network) },
      { ALT: () => this.SUBRULE(this.transition) },
    ]);
  });

  public alphabet = this.RULE('alphabet', () => {
    this.CONSUME(Alphabet);
    this.SUBRULE(this.nameList);
  });

  public states = this.RULE('states', () => {
    this.CONSUME(States);
    this.SUBRULE(this.nameList);
  });

  public start = this.RULE('start', () => {
    this.CONSUME(Start);
    this.SUBRULE(this.nameList);
  });

  public accept = this.RULE('accept', () => {
    this.CONSUME(Accept);
    this.SUBRULE(this.nameList);
  });

  public transition = this.RULE('transition', () => {
    this.SUBRULE(this.name, { LABEL: 'from' });
    this.CONSUME(Arrow);
    this.SUBRULE2(this.name, { LABEL: 'to' });
    this.CONSUME(On);
    this.SUBRULE(this.label);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.label);
    });
  });

  public label = this.RULE('label', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.name) },
      { ALT: () => this.CONSUME(Star) },
      { ALT: () => this.CONSUME(Epsilon) },
    ]);
  });

  public network = this.RULE('network', () => {
    this.CONSUME(Network);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.parameter));
    this.CONSUME(RCurly);
  });

  public parameter = this.RULE('parameter', () => {
    this.CONSUME(Identifier, { LABEL: 'key' });
    this.CONSUME(Equals);
    this.OR([
      { ALT: () => this.CONSUME(NumberValue, { LABEL: 'number' }) },
      { ALT: () => this.CONSUME2(Identifier, { LABEL: 'word' }) },
    ]);
  });

  public sequence = this.RULE('sequence', () => {
    this.CONSUME(Sequence);
    this.SUBRULE(this.name);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.sequenceMember));
    this.CONSUME(RCurly);
  });

  public sequenceMember = this.RULE('sequenceMember', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.items) },
      { ALT: () => this.SUBRULE(this.loop) },
      { ALT: () => this.SUBRULE(this.network) },
    ]);
  });

  public items = this.RULE('items', () => {
    this.CONSUME(Items);
    this.SUBRULE(this.item);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.item);
    });
  });

  public item = this.RULE('item', () => {
    this.SUBRULE(this.name);
    this.OPTION(() => {
      this.CONSUME(LParen);
      this.CONSUME(NumberValue, { LABEL: 'dwell' });
      this.CONSUME(RParen);
    });
  });

  public loop = this.RULE('loop', () => {
    this.CONSUME(Loop);
  });

  public nameList = this.RULE('nameList', () => {
    this.SUBRULE(this.name);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.name);
    });
  });

  public name = this.RULE('name', () => {
    this.OR([
      { ALT: () => this.CONSUME(Identifier) },
      { ALT: () => this.CONSUME(Integer) },
      { ALT: () => this.CONSUME(StringLiteral) },
    ]);
  });
}

/** chevrotain internals used by the recovery override above (pinned by the `~11.2.0` range). */
interface RecoveryInternals {
  flattenFollowSet(): TokenType[];
  SKIP_TOKEN(): IToken;
}

const BLOCK_TOKENS: readonly TokenType[] = [RCurly, Dfa, Nfa, Sequence];

const NAME_TOKENS: readonly TokenType[] = [Identifier, Integer, StringLiteral];

function isOneOf(token: IToken, types: readonly TokenType[]): boolean {
  return types.some((t) => tokenMatcher(token, t));
}

function isEnd(token: IToken | undefined): boolean {
  return token === undefined || tokenMatcher(token, EOF);
}

/** Quotes the user's text, shortened so a runaway token does not flood the message. */
function quote(image: string): string {
  const text = image.length > 40 ? `${image.slice(0, 37)}...` : image;
  return `'${text}'`;
}

function found(actual: IToken): string {
  return isEnd(actual) ? 'the end of the file' : quote(actual.image);
}

/** Where the parser was, in words: "after state 'q0' ", "after '->' ", or "" at the start. */
function place(ruleName: string, previous: IToken | undefined, actual?: IToken): string {
  if (previous === undefined || isEnd(previous) || previous.image === '' || previous.isInsertedInRecovery) return '';
  // Recovery inside a repetition reports after skipping, so "previous" may not precede the token found.
  if (actual !== undefined && !isEnd(actual) && previous.startOffset >= actual.startOffset) return '';
  const text = quote(previous.image);
  if (isOneOf(previous, NAME_TOKENS)) {
    if (ruleName === 'transition') return `after state ${text} `;
    if (ruleName === 'automaton' || ruleName === 'sequence') return `after the name ${text} `;
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
    `expected 'dfa', 'nfa' or 'sequence' but found ${found(actual)}`,
    "a file is a list of declarations like 'dfa Name { ... }'",
  );
}

const AUTOMATON_MEMBERS_HINT =
  "an automaton holds 'alphabet', 'states', 'start', 'accept', 'network' and transitions like 'q0 -> q1 on a'";
const SEQUENCE_MEMBERS_HINT = "a sequence holds 'items', 'loop' and 'network'";

/** Lowercase messages that name the place and quote the user's text (style.md, "Error messages"). */
const fsaErrorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    if (expected === EOF) return unexpectedAtTopLevel(actual);
    const where = place(ruleName, previous, actual);
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
        return `expected 'dfa' or 'nfa' ${where}but found ${found(token)}`;
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

/** One shared instance: chevrotain parsers are reusable by resetting `input`. */
export const fsaParser = new FsaParser();

/** The grammar's railroad diagrams as a standalone HTML page (grammar/syntax-diagrams.html). */
export function syntaxDiagramsHtml(): string {
  return createSyntaxDiagramsCode(fsaParser.getSerializedGastProductions());
}

/** TypeScript declarations of the CST node types (cst-types.d.ts, before formatting). */
export function cstTypesSource(): string {
  return generateCstDts(fsaParser.getGAstProductions());
}
