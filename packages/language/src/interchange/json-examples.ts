import { NO_SPAN } from '../diagnostics.js';
import type { TestAst, TestRowAst } from '../expression-ast.js';
import { quoteWord } from '../format-expression.js';
import { toNameAst } from './from-spec.js';

/** Expected verdicts stored beside an automaton in JSON; each word is a list of symbols. */
export interface JsonExamples {
  readonly accept: readonly (readonly string[])[];
  readonly reject: readonly (readonly string[])[];
}

type Word = readonly string[];

/** A word as stored: an array of symbols, or a string of symbols separated by whitespace. */
function readWord(value: unknown): Word | undefined {
  if (typeof value === 'string') return value.trim() === '' ? [] : value.trim().split(/\s+/);
  if (Array.isArray(value) && value.every((s) => typeof s === 'string' && s !== '')) return value as string[];
  return undefined;
}

function readVerdict(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'accept' || value === 'reject') return value === 'accept';
  return undefined;
}

/**
 * The `examples` field of a `cdam-automaton` JSON document, in either shape:
 * `{"accept": [w, ...], "reject": [w, ...]}`, or `[{"word": w, "accept": true}, ...]` (also `input` for
 * `word`, and `accepted` or `expected` ("accept"/"reject") for `accept`). A word is an array of symbols
 * or a string of symbols separated by spaces. Entries of another shape are left out; `undefined` when the
 * document has no usable example. Never throws. O(size of the field).
 */
export function readJsonExamples(document: unknown): JsonExamples | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const field = (document as { examples?: unknown }).examples;
  const accept: Word[] = [];
  const reject: Word[] = [];
  if (Array.isArray(field)) {
    for (const entry of field) {
      if (typeof entry !== 'object' || entry === null) continue;
      const e = entry as Record<string, unknown>;
      const word = readWord(e.word ?? e.input);
      const verdict = readVerdict(e.accept ?? e.accepted ?? e.expected);
      if (word !== undefined && verdict !== undefined) (verdict ? accept : reject).push(word);
    }
  } else if (typeof field === 'object' && field !== null) {
    const f = field as { accept?: unknown; reject?: unknown };
    for (const [list, into] of [
      [f.accept, accept],
      [f.reject, reject],
    ] as const) {
      if (!Array.isArray(list)) continue;
      for (const w of list) {
        const word = readWord(w);
        if (word !== undefined) into.push(word);
      }
    }
  }
  return accept.length + reject.length > 0 ? { accept, reject } : undefined;
}

/** A symbol inside a test word: bare when it has no space or quote, else a `.fsa` string. */
function wordText(word: Word): string {
  return word.map((s) => (/^[^\s"\\]+$/u.test(s) ? s : quoteWord(s))).join(' ');
}

/** A test block `test NAMEExamples on NAME { accept ...  reject ... }` holding the examples. */
export function examplesTest(automaton: string, examples: JsonExamples, testName = `${automaton}Examples`): TestAst {
  const row =
    (expected: 'accept' | 'reject') =>
    (word: Word): TestRowAst => ({
      kind: 'verdict',
      expected,
      word: { value: wordText(word), span: NO_SPAN },
      span: NO_SPAN,
    });
  return {
    kind: 'test',
    name: toNameAst(testName),
    target: toNameAst(automaton),
    rows: [...examples.accept.map(row('accept')), ...examples.reject.map(row('reject'))],
    span: NO_SPAN,
  };
}
