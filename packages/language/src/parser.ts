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
  Arrow,
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
    this.OR([{ ALT: () => this.SUBRULE(this.automaton) }, { ALT: () => this.SUBRULE(this.sequence) }]);
  });

  public automaton = this.RULE('automaton', () => {
    this.OR([
      { ALT: () => this.CONSUME(Dfa) },
      { ALT: () => this.CONSUME(Nfa) },
      { ALT: () => this.CONSUME(Mealy) },
      { ALT: () => this.CONSUME(Moore) },
    ]);
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

const BLOCK_TOKENS: readonly TokenType[] = [RCurly, Dfa, Nfa, Mealy, Moore, Sequence];

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
