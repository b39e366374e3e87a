/** A place in a source text. `line` and `column` are 1-based; `offset` is 0-based (UTF-16 units). */
export interface Position {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** A range of source text; `end` is exclusive. */
export interface Span {
  readonly start: Position;
  readonly end: Position;
}

/**
 * Every diagnostic the language can report, by stable code.
 * Codes are never reused or renumbered: 1xx lexing/parsing, 2xx semantic checks, 3xx interchange.
 */
export const DIAGNOSTICS = {
  FSA100: { severity: 'error', title: 'unexpected character' },
  FSA101: { severity: 'error', title: 'unexpected token' },
  FSA102: { severity: 'error', title: 'unterminated string' },
  FSA103: { severity: 'error', title: 'unterminated block comment' },
  FSA104: { severity: 'error', title: 'invalid escape in string' },
  FSA105: { severity: 'error', title: 'not a text file' },
  FSA106: { severity: 'error', title: 'not .fsa text' },
  FSA201: { severity: 'error', title: 'unknown state' },
  FSA202: { severity: 'error', title: 'unknown symbol' },
  FSA203: { severity: 'error', title: 'symbol not in the alphabet' },
  FSA204: { severity: 'error', title: 'nondeterministic transition in a dfa' },
  FSA205: { severity: 'error', title: 'epsilon transition in a dfa' },
  FSA206: { severity: 'error', title: 'duplicate name' },
  FSA207: { severity: 'error', title: 'missing start state' },
  FSA208: { severity: 'error', title: 'empty alphabet' },
  FSA209: { severity: 'error', title: 'bad parameter value' },
  FSA210: { severity: 'error', title: 'unknown parameter' },
  FSA211: { severity: 'error', title: 'more than one start state in a dfa' },
  FSA212: { severity: 'error', title: 'duplicate declaration' },
  FSA213: { severity: 'error', title: 'empty sequence' },
  FSA214: { severity: 'error', title: 'bad dwell count' },
  FSA215: { severity: 'error', title: 'empty name' },
  FSA216: { severity: 'error', title: 'state named only in start or accept' },
  FSA220: { severity: 'error', title: 'unknown automaton' },
  FSA221: { severity: 'error', title: 'bad repetition bound' },
  FSA222: { severity: 'error', title: 'automaton defined in terms of itself' },
  FSA223: { severity: 'error', title: 'bad test row' },
  FSA224: { severity: 'error', title: 'automaton too large to build' },
  FSA225: { severity: 'error', title: 'transducer defined by an expression' },
  FSA230: { severity: 'error', title: 'transducer member in the wrong kind of automaton' },
  FSA231: { severity: 'error', title: 'undeclared output' },
  FSA232: { severity: 'error', title: 'missing output' },
  FSA233: { severity: 'error', title: 'conflicting outputs' },
  FSA240: { severity: 'warning', title: 'unreachable state' },
  FSA241: { severity: 'warning', title: 'state can never reach acceptance' },
  FSA242: { severity: 'warning', title: 'unused symbol' },
  FSA243: { severity: 'warning', title: 'no accepting states' },
  FSA244: { severity: 'warning', title: 'catch-all covers no symbol' },
  FSA245: { severity: 'warning', title: 'nothing declared' },
  FSA246: { severity: 'warning', title: 'empty language' },
  FSA301: { severity: 'error', title: 'invalid interchange document' },
  FSA302: { severity: 'error', title: 'unsupported interchange content' },
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly span: Span;
  /** Lowercase, no trailing period, quotes the user's own words. */
  readonly message: string;
  /** How to fix it, when there is something useful to say. */
  readonly hint?: string;
}

/** Builds a diagnostic whose severity is the one registered for its code. */
export function diagnostic(code: DiagnosticCode, span: Span, message: string, hint?: string): Diagnostic {
  return hint === undefined
    ? { code, severity: DIAGNOSTICS[code].severity, span, message }
    : { code, severity: DIAGNOSTICS[code].severity, span, message, hint };
}

/** Whether any diagnostic is an error (warnings alone do not count). O(count). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** The span used for nodes made by a program rather than read from text (imports, generators). */
export const NO_SPAN: Span = {
  start: { offset: 0, line: 1, column: 1 },
  end: { offset: 0, line: 1, column: 1 },
};
