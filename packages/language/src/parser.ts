import {
  createSyntaxDiagramsCode,
  CstParser,
  MismatchedTokenException,
  type IRecognitionException,
  EOF,
  generateCstDts,
  tokenMatcher,
  type DSLMethodOpts,
  type IOrAlt,
  type IParserErrorMessageProvider,
  type IToken,
  type TokenType,
} from 'chevrotain';
import { fsaErrorMessages, isOneOf } from './syntax-messages.js';
import {
  Accept,
  ALL_TOKENS,
  Alphabet,
  Amp,
  Arrow,
  At,
  Bang,
  Dot,
  Minus,
  Over,
  Pipe,
  Plus,
  Question,
  Regex,
  Reject,
  Test,
  Comma,
  Dfa,
  Epsilon,
  Equals,
  Identifier,
  Integer,
  Items,
  LCurly,
  Loop,
  LParen,
  Mealy,
  Moore,
  Network,
  Nfa,
  NumberValue,
  On,
  Output,
  Outputs,
  RCurly,
  RParen,
  Sequence,
  Slash,
  Start,
  Star,
  States,
  StringLiteral,
} from './tokens.js';

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
  private tokens: IToken[] = [];
  /** By token index: the 0-based line the token is on, and whether it is a resync point. */
  private tokenLines = new Int32Array(0);
  private resyncFlags = new Uint8Array(0);
  private resyncTarget: IToken | undefined;

  /**
   * The alternatives of each `OR`, built on its first call and reused: a fresh array of fresh closures on
   * every call is most of what parsing a large file allocates (chevrotain's own advice).
   */
  private readonly alts: Partial<Record<string, IOrAlt<unknown>[]>> = {};
  private concatenationGate: DSLMethodOpts<unknown> | undefined;

  /**
   * Sets the tokens to parse. `text` tells where lines begin: after an error the parser skips to a
   * token that begins a line, so one mistake gives one message rather than a cascade along its line.
   */
  load(tokens: IToken[], text: string): void {
    this.tokens = tokens;
    this.tokenLines = new Int32Array(tokens.length);
    this.resyncFlags = new Uint8Array(tokens.length);
    let previousEnd = 0;
    let line = 0;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      const breaks = countLineBreaks(text, previousEnd, token.startOffset);
      line += breaks;
      this.tokenLines[index] = line;
      if (index === 0 || breaks > 0 || isOneOf(token, BLOCK_TOKENS)) this.resyncFlags[index] = 1;
      previousEnd = token.startOffset + token.image.length;
    }
    this.resyncTarget = undefined;
    this.indexedErrors = [];
    this.indexedCount = 0;
    this.input = tokens;
  }

  /**
   * The index of `token` among the loaded tokens, or -1 for one that is not among them (inserted by recovery,
   * the end of file). The lexer's tokens are sorted by offset, so this is a binary search: O(log tokens).
   */
  private indexOf(token: IToken): number {
    const offset = token.startOffset;
    let low = 0;
    let high = this.tokens.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = this.tokens[mid].startOffset;
      if (at === offset) return this.tokens[mid] === token ? mid : -1;
      if (at < offset) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  private isResyncPoint(token: IToken): boolean {
    const index = this.indexOf(token);
    return index >= 0 && this.resyncFlags[index] === 1;
  }

  /**
   * The errors of the last parse worth reporting: a later error on the same line as the previous one,
   * with no resync point between them, follows from the first and is left out. O(errors + tokens).
   */
  reportableErrors(): IRecognitionException[] {
    const kept: IRecognitionException[] = [];
    let last: IToken | undefined;
    for (const error of this.errors) {
      if (last !== undefined && this.isConsequence(last, error.token)) continue;
      kept.push(error);
      last = error.token;
    }
    return kept;
  }

  private isConsequence(earlier: IToken, later: IToken): boolean {
    const from = this.indexOf(earlier);
    const to = this.indexOf(later);
    if (from < 0 || to < 0) return false;
    if (this.tokenLines[to] !== this.tokenLines[from]) return false;
    for (let i = from + 1; i <= to; i++) if (this.resyncFlags[i] === 1) return false;
    return true;
  }

  // The methods below override internals of chevrotain 11's Recoverable trait (pinned by `~11.2.0`;
  // parser.test.ts checks the behaviour). Stock recovery resumes at the first token that may follow,
  // often mid-line, and a second single-token fix on the same line tends to start a cascade.

  /** Single-token insertion or deletion at most once per line; after that, skip to the next line. */
  protected override canTokenTypeBeInsertedInRecovery(): boolean {
    return !this.hasEarlierErrorOnLine(this.LA(1));
  }

  protected override canTokenTypeBeDeletedInRecovery(): boolean {
    return !this.hasEarlierErrorOnLine(this.LA(1));
  }

  /** The tokens of the errors so far by line, brought up to date by `errorTokensOn`: O(1) amortised per lookup. */
  private errorTokensByLine = new Map<number, Set<IToken>>();
  private indexedErrors: readonly IRecognitionException[] = [];
  private indexedCount = 0;

  private hasEarlierErrorOnLine(token: IToken): boolean {
    const index = this.indexOf(token);
    if (index < 0) return false;
    const tokens = this.errorTokensOn(this.tokenLines[index]);
    return tokens !== undefined && (tokens.size > 1 || !tokens.has(token));
  }

  /** The tokens of `this.errors` on `line`, indexing only the errors added since the last call. */
  private errorTokensOn(line: number): Set<IToken> | undefined {
    // chevrotain's `errors` getter copies the list; its own array is read here, and only appended to
    const errors = (this as unknown as { readonly _errors: readonly IRecognitionException[] })._errors;
    if (errors !== this.indexedErrors || errors.length < this.indexedCount) {
      this.errorTokensByLine = new Map();
      this.indexedErrors = errors;
      this.indexedCount = 0;
    }
    for (; this.indexedCount < errors.length; this.indexedCount++) {
      const errorToken = errors[this.indexedCount].token;
      const errorIndex = this.indexOf(errorToken);
      if (errorIndex < 0) continue;
      const errorLine = this.tokenLines[errorIndex];
      let tokens = this.errorTokensByLine.get(errorLine);
      if (tokens === undefined) this.errorTokensByLine.set(errorLine, (tokens = new Set()));
      tokens.add(errorToken);
    }
    return this.errorTokensByLine.get(line);
  }

  /** Between rules: resume at the first resync point that may follow; `reSyncTo` skips to exactly it. */
  findReSyncTokenType(): TokenType {
    const follows = (this as unknown as RecoveryInternals).flattenFollowSet();
    for (let k = 1; ; k++) {
      const token = this.LA(k);
      if (tokenMatcher(token, EOF)) {
        this.resyncTarget = undefined;
        return EOF;
      }
      if (!this.isResyncPoint(token)) continue;
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
    for (;;) {
      const next = this.LA(1);
      if (target !== undefined ? next === target : tokenMatcher(next, tokenType)) break;
      if (tokenMatcher(next, EOF)) break;
      skipped.push(next);
      this.internals().SKIP_TOKEN();
    }
    return skipped;
  }

  /**
   * Inside a repetition (members of a block): skip to the token that ends the repetition, or to a
   * line start where another member begins; report one error for what was skipped and carry on.
   */
  tryInRepetitionRecovery(
    repetition: (...args: unknown[]) => void,
    args: unknown[],
    canRepeat: () => boolean,
    expected: TokenType,
  ): void {
    const internals = this.internals();
    const saved = internals.exportLexerState();
    const actual = this.LA(1);
    const previous = this.LA(0);
    const report = () => {
      const message = internals.errorMessageProvider.buildMismatchTokenMessage({
        expected,
        actual,
        previous,
        ruleName: internals.getCurrRuleFullName(),
      });
      internals.SAVE_ERROR(new MismatchedTokenException(message, actual, previous));
    };
    for (;;) {
      const token = this.LA(1);
      if (tokenMatcher(token, expected)) return report();
      if (this.isResyncPoint(token) && canRepeat.call(this)) {
        report();
        repetition.apply(this, args);
        return;
      }
      if (tokenMatcher(token, EOF)) break;
      internals.SKIP_TOKEN();
    }
    internals.importLexerState(saved);
  }

  private internals(): RecoveryInternals {
    return this as unknown as RecoveryInternals;
  }

  public file = this.RULE('file', () => {
    this.MANY(() => this.SUBRULE(this.declaration));
  });

  public declaration = this.RULE('declaration', () => {
    this.OR(
      (this.alts.declaration ??= [
        { ALT: () => this.SUBRULE(this.automaton) },
        { ALT: () => this.SUBRULE(this.sequence) },
        { ALT: () => this.SUBRULE(this.regex) },
        { ALT: () => this.SUBRULE(this.testBlock) },
      ]),
    );
  });

  // Regular expressions and automaton expressions (expression-ast.ts). Precedence, lowest first:
  // `|`; `&` and `-`; juxtaposition; prefix `!`; postfix `* + ? {m} {m,} {m,n}`.

  /** `regex NAME = EXPR` or `regex NAME over a, b = EXPR` */
  public regex = this.RULE('regex', () => {
    this.CONSUME(Regex);
    this.SUBRULE(this.name);
    this.OPTION(() => {
      this.CONSUME(Over);
      this.SUBRULE(this.nameList);
    });
    this.CONSUME(Equals);
    this.SUBRULE(this.expression);
  });

  public expression = this.RULE('expression', () => {
    this.SUBRULE(this.boolTerm);
    this.MANY(() => {
      this.CONSUME(Pipe);
      this.SUBRULE2(this.boolTerm);
    });
  });

  public boolTerm = this.RULE('boolTerm', () => {
    this.SUBRULE(this.concatenation);
    this.MANY(() => {
      this.OR((this.alts.boolOperator ??= [{ ALT: () => this.CONSUME(Amp) }, { ALT: () => this.CONSUME(Minus) }]));
      this.SUBRULE2(this.concatenation);
    });
  });

  public concatenation = this.RULE('concatenation', () => {
    this.SUBRULE(this.prefixed);
    // a soft keyword that begins a declaration ends the expression rather than joining it
    this.MANY(
      (this.concatenationGate ??= {
        GATE: () => !isOneOf(this.LA(1), DECLARATION_SOFT_KEYWORDS),
        DEF: () => this.SUBRULE2(this.prefixed),
      }),
    );
  });

  public prefixed = this.RULE('prefixed', () => {
    this.MANY(() => this.CONSUME(Bang));
    this.SUBRULE(this.postfixed);
  });

  public postfixed = this.RULE('postfixed', () => {
    this.SUBRULE(this.atom);
    this.MANY(() => this.SUBRULE(this.postfix));
  });

  public postfix = this.RULE('postfix', () => {
    this.OR(
      (this.alts.postfix ??= [
        { ALT: () => this.CONSUME(Star) },
        { ALT: () => this.CONSUME(Plus) },
        { ALT: () => this.CONSUME(Question) },
        { ALT: () => this.SUBRULE(this.bounds) },
      ]),
    );
  });

  /** `{m}`, `{m,}` or `{m,n}` */
  public bounds = this.RULE('bounds', () => {
    this.CONSUME(LCurly);
    this.CONSUME(Integer, { LABEL: 'min' });
    this.OPTION(() => {
      this.CONSUME(Comma);
      this.OPTION2(() => this.CONSUME2(Integer, { LABEL: 'max' }));
    });
    this.CONSUME(RCurly);
  });

  public atom = this.RULE('atom', () => {
    this.OR(
      (this.alts.atom ??= [
        {
          GATE: () => isOperationName(this.LA(1)) && tokenMatcher(this.LA(2), LParen),
          ALT: () => this.SUBRULE(this.operation),
        },
        // `regex` and `test` at an operand's place begin the next declaration: the expression is unfinished
        { GATE: () => !isOneOf(this.LA(1), DECLARATION_SOFT_KEYWORDS), ALT: () => this.SUBRULE(this.name) },
        { ALT: () => this.CONSUME(Dot) },
        {
          ALT: () => {
            this.CONSUME(At);
            this.SUBRULE2(this.name, { LABEL: 'reference' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(LParen);
            this.SUBRULE(this.expression);
            this.CONSUME(RParen);
          },
        },
      ]),
    );
  });

  /** `minimise(EXPR)`, `determinise(EXPR)`, `reverse(EXPR)` */
  public operation = this.RULE('operation', () => {
    this.CONSUME(Identifier, { LABEL: 'operator' });
    this.CONSUME(LParen);
    this.SUBRULE(this.expression);
    this.CONSUME(RParen);
  });

  /** `test NAME on AUTOMATON { accept "w", ...  reject "w", ...  "w" -> "outputs" }` */
  public testBlock = this.RULE('testBlock', () => {
    this.CONSUME(Test);
    this.SUBRULE(this.name);
    this.CONSUME(On);
    this.SUBRULE2(this.name, { LABEL: 'target' });
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.testRow));
    this.CONSUME(RCurly);
  });

  public testRow = this.RULE('testRow', () => {
    this.OR(
      (this.alts.testRow ??= [
        {
          ALT: () => {
            this.OR2(
              (this.alts.testVerdict ??= [{ ALT: () => this.CONSUME(Accept) }, { ALT: () => this.CONSUME(Reject) }]),
            );
            this.CONSUME(StringLiteral, { LABEL: 'word' });
            this.MANY(() => {
              this.CONSUME(Comma);
              this.CONSUME2(StringLiteral, { LABEL: 'word' });
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME3(StringLiteral, { LABEL: 'input' });
            this.CONSUME(Arrow);
            this.CONSUME4(StringLiteral, { LABEL: 'output' });
          },
        },
      ]),
    );
  });

  /** `dfa NAME { ... }`, or `dfa NAME = EXPR` (an automaton built from others, expression-ast.ts). */
  public automaton = this.RULE('automaton', () => {
    this.OR(
      (this.alts.automatonType ??= [
        { ALT: () => this.CONSUME(Dfa) },
        { ALT: () => this.CONSUME(Nfa) },
        { ALT: () => this.CONSUME(Mealy) },
        { ALT: () => this.CONSUME(Moore) },
      ]),
    );
    this.SUBRULE(this.name);
    this.OR2(
      (this.alts.automatonBody ??= [
        {
          ALT: () => {
            this.CONSUME(LCurly);
            this.MANY(() => this.SUBRULE(this.automatonMember));
            this.CONSUME(RCurly);
          },
        },
        { ALT: () => this.SUBRULE(this.derived) },
      ]),
    );
  });

  /** The `= EXPR` of `dfa NAME = EXPR`. */
  public derived = this.RULE('derived', () => {
    this.CONSUME(Equals);
    this.SUBRULE(this.expression);
  });

  public automatonMember = this.RULE('automatonMember', () => {
    this.OR(
      (this.alts.automatonMember ??= [
        { ALT: () => this.SUBRULE(this.alphabet) },
        { ALT: () => this.SUBRULE(this.states) },
        { ALT: () => this.SUBRULE(this.start) },
        { ALT: () => this.SUBRULE(this.accept) },
        { ALT: () => this.SUBRULE(this.network) },
        { ALT: () => this.SUBRULE(this.transition) },
        { ALT: () => this.SUBRULE(this.outputs) },
        { ALT: () => this.SUBRULE(this.stateOutput) },
      ]),
    );
  });

  /** `outputs unlock, lock` (transducers). */
  public outputs = this.RULE('outputs', () => {
    this.CONSUME(Outputs);
    this.SUBRULE(this.nameList);
  });

  /** `output q1 green` (moore). */
  public stateOutput = this.RULE('stateOutput', () => {
    this.CONSUME(Output);
    this.SUBRULE(this.name, { LABEL: 'state' });
    this.SUBRULE2(this.name, { LABEL: 'output' });
  });

  /** `/ unlock` after a transition's labels (mealy). */
  public transitionOutput = this.RULE('transitionOutput', () => {
    this.CONSUME(Slash);
    this.SUBRULE(this.name);
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
    this.OPTION(() => this.SUBRULE(this.transitionOutput));
  });

  public label = this.RULE('label', () => {
    this.OR(
      (this.alts.parameterValue ??= [
        { ALT: () => this.SUBRULE(this.name) },
        { ALT: () => this.CONSUME(Star) },
        { ALT: () => this.CONSUME(Epsilon) },
      ]),
    );
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
    this.OR(
      (this.alts.sequenceMember ??= [
        { ALT: () => this.CONSUME(NumberValue, { LABEL: 'number' }) },
        { ALT: () => this.CONSUME2(Identifier, { LABEL: 'word' }) },
      ]),
    );
  });

  public sequence = this.RULE('sequence', () => {
    this.CONSUME(Sequence);
    this.SUBRULE(this.name);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.sequenceMember));
    this.CONSUME(RCurly);
  });

  public sequenceMember = this.RULE('sequenceMember', () => {
    this.OR(
      (this.alts.label ??= [
        { ALT: () => this.SUBRULE(this.items) },
        { ALT: () => this.SUBRULE(this.loop) },
        { ALT: () => this.SUBRULE(this.network) },
      ]),
    );
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
    this.OR(
      (this.alts.name ??= [
        { ALT: () => this.CONSUME(Identifier) },
        { ALT: () => this.CONSUME(Integer) },
        { ALT: () => this.CONSUME(StringLiteral) },
      ]),
    );
  });
}

/** chevrotain internals used by the recovery override above (pinned by the `~11.2.0` range). */
interface RecoveryInternals {
  flattenFollowSet(): TokenType[];
  SKIP_TOKEN(): IToken;
  exportLexerState(): number;
  importLexerState(state: number): void;
  getCurrRuleFullName(): string;
  SAVE_ERROR(error: IRecognitionException): IRecognitionException;
  errorMessageProvider: IParserErrorMessageProvider;
}

/** How many line breaks (`\n`, `\r\n` or `\r`) `text` has in `[from, to)`. */
function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) breaks++;
    else if (c === 13 /* \r */) {
      breaks++;
      if (i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return breaks;
}

const BLOCK_TOKENS: readonly TokenType[] = [RCurly, Dfa, Nfa, Mealy, Moore, Sequence, Regex, Test];

/** Soft keywords that begin a declaration: an expression stops before them. */
const DECLARATION_SOFT_KEYWORDS: readonly TokenType[] = [Regex, Test];

/** The operations on automata written as calls; `-ize` spellings are accepted too. */
export const OPERATION_NAMES = ['minimise', 'determinise', 'reverse', 'minimize', 'determinize'] as const;

function isOperationName(token: IToken): boolean {
  return tokenMatcher(token, Identifier) && (OPERATION_NAMES as readonly string[]).includes(token.image);
}

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
