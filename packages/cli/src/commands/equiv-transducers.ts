import { transducerOf, transducersEquivalent } from '@cdam/automata';
import { isTransducerKind, type AutomatonSpec } from '@cdam/language';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { quoteIfNeeded } from '../parse-word.js';
import { usageError } from '../usage.js';
import { visiblePath } from '../visible-path.js';
import { formatWord } from './word-text.js';

interface Side {
  readonly file: string;
  readonly spec: AutomatonSpec;
}

/** The `cdam equiv --json` document for two transducers. */
export interface TransducerEquivJson {
  readonly equivalent: boolean;
  /** A shortest word on which the output tapes differ, or null. */
  readonly counterexample: readonly string[] | null;
  /** The two output tapes on the counterexample (null entries: no output), or null. */
  readonly outputs: { readonly left: readonly (string | null)[]; readonly right: readonly (string | null)[] } | null;
  readonly left: { readonly file: string; readonly automaton: string };
  readonly right: { readonly file: string; readonly automaton: string };
}

/** An output tape as text: `"unlock lock"`, `-` for no output, `""` when empty. */
function tapeText(tape: readonly (string | null)[]): string {
  return tape.length === 0 ? '""' : `"${tape.map((o) => (o === null ? '-' : quoteIfNeeded(o))).join(' ')}"`;
}

/**
 * `cdam equiv` for transducers: equal when both give the same output tape on every word (and two Moore
 * machines the same start output); otherwise a shortest word where the tapes differ, with both tapes.
 * A transducer and an acceptor cannot be compared (usage error, exit 2). Exit 0 equal, 1 not.
 */
export function equivTransducers(io: Io, left: Side, right: Side, json: boolean): ExitCode {
  for (const [side, other] of [
    [left, right],
    [right, left],
  ] as const) {
    if (!isTransducerKind(side.spec.kind)) {
      return usageError(
        io,
        'equiv',
        `${visiblePath(side.file)}: '${side.spec.name}' is a ${side.spec.kind} and '${other.spec.name}' a ${other.spec.kind}; ` +
          `a transducer compares only with a transducer (by its outputs)`,
      );
    }
  }
  const a = transducerOf(left.spec);
  const b = transducerOf(right.spec);
  if (a === undefined || b === undefined) {
    const bad = a === undefined ? left : right;
    io.err(`cdam: ${visiblePath(bad.file)}: '${bad.spec.name}' is not a deterministic transducer\n`);
    return ExitCode.Usage;
  }
  const result = transducersEquivalent(a, b);
  const sameFile = left.file === right.file;
  const label = (side: Side) => (sameFile ? `'${side.spec.name}' in ${side.file}` : side.file);
  if (json) {
    const document: TransducerEquivJson = {
      equivalent: result.equal,
      counterexample: result.equal ? null : [...result.shortestCounterexample],
      outputs: result.equal ? null : { left: result.left, right: result.right },
      left: { file: left.file, automaton: left.spec.name },
      right: { file: right.file, automaton: right.spec.name },
    };
    io.out(`${JSON.stringify(document)}\n`);
  } else if (result.equal) {
    io.out(`equivalent: ${label(left)} and ${label(right)} give the same output on every word\n`);
  } else if (result.shortestCounterexample.length === 0) {
    io.out(`not equivalent: the start states of ${label(left)} and ${label(right)} show different outputs\n`);
  } else {
    io.out(
      `not equivalent: on ${formatWord(result.shortestCounterexample)} ${label(left)} gives ${tapeText(result.left)} ` +
        `but ${label(right)} gives ${tapeText(result.right)}\n`,
    );
  }
  return result.equal ? ExitCode.Ok : ExitCode.Errors;
}
