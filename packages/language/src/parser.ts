import {
  createSyntaxDiagramsCode,
  CstParser,
  MismatchedTokenException,
  type IRecognitionException,
  EOF,
  generateCstDts,
  tokenMatcher,
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
  private resyncPoints = new WeakSet<IToken>();
  private lineOf = new WeakMap<IToken, number>();
  private indexOf = new WeakMap<IToken, number>();
  private tokens: IToken[] = [];
  private resyncTarget: IToken | undefined;

  /**
   * Sets the tokens to parse. `text` tells where lines begin: after an error the parser skips to a
   * token that begins a line, so one mistake gives one message rather than a cascade along its line.
   */
  load(tokens: IToken[], text: string): void {
    this.resyncPoints = new WeakSet();
    this.lineOf = new WeakMap();
    this.indexOf = new WeakMap();
    this.tokens = tokens;
    let previousEnd = 0;
    let line = 0;
    tokens.forEach((token, index) => {
      const breaks = text.slice(previousEnd, token.startOffset).match(/\r\n?|\n/g)?.length ?? 0;
      line += breaks;
      this.lineOf.set(token, line);
      this.indexOf.set(token, index);
      if (index === 0 || breaks > 0 || isOneOf(token, BLOCK_TOKENS)) this.resyncPoints.add(token);
      previousEnd = token.startOffset + token.image.length;
    });
    this.resyncTarget = undefined;
    this.indexedErrors = [];
    this.indexedCount = 0;
    this.input = tokens;
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
    const line = this.lineOf.get(earlier);
    const from = this.indexOf.get(earlier);
    const to = this.indexOf.get(later);
    if (line === undefined || from === undefined || to === undefined) return false;
    if (this.lineOf.get(later) !== line) return false;
    for (let i = from + 1; i <= to; i++) if (this.resyncPoints.has(this.tokens[i])) return false;
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
    const line = this.lineOf.get(token);
    if (line === undefined) return false;
    const tokens = this.errorTokensOn(line);
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
      const errorLine = this.lineOf.get(errorToken);
      if (errorLine === undefined) continue;
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
      if (this.resyncPoints.has(token) && canRepeat.call(this)) {
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
    this.OR([
      { ALT: () => this.SUBRULE(this.automaton) },
      { ALT: () => this.SUBRULE(this.sequence) },
      { ALT: () => this.SUBRULE(this.regex) },
      { ALT: () => this.SUBRULE(this.testBlock) },
    ]);
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
      this.OR([{ ALT: () => this.CONSUME(Amp) }, { ALT: () => this.CONSUME(Minus) }]);
      this.SUBRULE2(this.concatenation);
    });
  });

  public concatenation = this.RULE('concatenation', () => {
    this.SUBRULE(this.prefixed);
    // a soft keyword that begins a declaration ends the expression rather than joining it
    this.MANY({ GATE: () => !isOneOf(this.LA(1), DECLARATION_SOFT_KEYWORDS), DEF: () => this.SUBRULE2(this.prefixed) });
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
    this.OR([
      { ALT: () => this.CONSUME(Star) },
      { ALT: () => this.CONSUME(Plus) },
      { ALT: () => this.CONSUME(Question) },
      { ALT: () => this.SUBRULE(this.bounds) },
    ]);
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
    this.OR([
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
    ]);
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
    this.OR([
      {
        ALT: () => {
          this.OR2([{ ALT: () => this.CONSUME(Accept) }, { ALT: () => this.CONSUME(Reject) }]);
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
    ]);
  });

  /** `dfa NAME { ... }`, or `dfa NAME = EXPR` (an automaton built from others, expression-ast.ts). */
  public automaton = this.RULE('automaton', () => {
    this.OR([
      { ALT: () => this.CONSUME(Dfa) },
      { ALT: () => this.CONSUME(Nfa) },
      { ALT: () => this.CONSUME(Mealy) },
      { ALT: () => this.CONSUME(Moore) },
    ]);
    this.SUBRULE(this.name);
    this.OR2([
      {
        ALT: () => {
          this.CONSUME(LCurly);
          this.MANY(() => this.SUBRULE(this.automatonMember));
          this.CONSUME(RCurly);
        },
      },
      { ALT: () => this.SUBRULE(this.derived) },
    ]);
  });

  /** The `= EXPR` of `dfa NAME = EXPR`. */
  public derived = this.RULE('derived', () => {
    this.CONSUME(Equals);
    this.SUBRULE(this.expression);
  });

  public automatonMember = this.RULE('automatonMember', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.alphabet) },
      { ALT: () => this.SUBRULE(this.states) },
      { ALT: () => this.SUBRULE(this.start) },
      { ALT: () => this.SUBRULE(this.accept) },
      { ALT: () => this.SUBRULE(this.network) },
      { ALT: () => this.SUBRULE(this.transition) },
      { ALT: () => this.SUBRULE(this.outputs) },
      { ALT: () => this.SUBRULE(this.stateOutput) },
    ]);
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
  exportLexerState(): number;
  importLexerState(state: number): void;
  getCurrRuleFullName(): string;
  SAVE_ERROR(error: IRecognitionException): IRecognitionException;
  errorMessageProvider: IParserErrorMessageProvider;
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
