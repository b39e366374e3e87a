import { equivalent, toDfa, type Dfa, type Equivalence } from '@cdam/automata';
import { findAutomatonSpec } from '@cdam/compiler';
import { importInterchange, isTransducerKind, type AutomatonSpec } from '@cdam/language';
import { equivTransducers } from './equiv-transducers.js';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { diagnosticsText } from '../diagnostics-text.js';
import { readCheckedFile } from '../read-checked-file.js';
import { usageError } from '../usage.js';
import { formatWord } from './word-text.js';
import { visiblePath } from '../visible-path.js';

export interface EquivOptions {
  /**
   * `--automaton` values: none; one (the automaton of both files); or two (the first for the left file,
   * the second for the right). For a JSON or JFLAP document, which holds one automaton, a name is checked
   * only when it was given for that side alone (two values).
   */
  readonly automata?: readonly string[];
  readonly json?: boolean;
}

/** The JSON document of `cdam equiv --json`. */
export interface EquivJson {
  readonly equivalent: boolean;
  /** A shortest word (symbol names) accepted by exactly one side, or null. */
  readonly counterexample: readonly string[] | null;
  /** The path of the file whose automaton accepts the counterexample (as given on the command line), or null. */
  readonly acceptedBy: string | null;
  /** The same, as a side: `left` (the first file) or `right`, or null. */
  readonly acceptedBySide: 'left' | 'right' | null;
  readonly left: { readonly file: string; readonly automaton: string };
  readonly right: { readonly file: string; readonly automaton: string };
}

type Side = { readonly ok: true; readonly spec: AutomatonSpec } | { readonly ok: false };

const INTERCHANGE = /\.(jff|xml|json)$/i;
/** The start of a `cdam compile` artifact, whose one-line JSON would otherwise fill a code frame. */
const COMPILED_NETWORK = /^\s*\{\s*"format"\s*:\s*"cdam-network"/;

/**
 * `cdam equiv <a> <b> [--automaton NAME]... [--json]`: whether two automata (from `.fsa`, JFLAP `.jff`
 * or cdam JSON files) accept the same language, and if not, a shortest word accepted by exactly one of
 * them (`equivalent` over the union of the alphabets: a symbol one side does not know is rejected there).
 * Two sides with the same states and transitions are equal without determinising either.
 * Exit 0 when equal; 1 when not, and (as in every command) when a file cannot be read or checked, an
 * automaton is not found, or determinising one exceeds the state limit; 2 on a usage error.
 */
export async function equivCommand(left: string, right: string, options: EquivOptions, io: Io): Promise<ExitCode> {
  const names = options.automata ?? [];
  if (names.length > 2) {
    return usageError(
      io,
      'equiv',
      `option '--automaton' may be given at most twice (once per file), got ${names.length}`,
    );
  }
  const leftName = names[0];
  const rightName = names.length === 2 ? names[1] : names[0];
  const a = await readAutomaton(io, left, leftName, names.length === 2);
  if (!a.ok) return ExitCode.Errors;
  const b = await readAutomaton(io, right, rightName, names.length === 2);
  if (!b.ok) return ExitCode.Errors;
  if (isTransducerKind(a.spec.kind) || isTransducerKind(b.spec.kind)) {
    return equivTransducers(io, { file: left, spec: a.spec }, { file: right, spec: b.spec }, options.json === true);
  }

  let result: Equivalence;
  if (isSameAutomaton(a.spec, b.spec)) {
    // `cdam equiv x.fsa x.fsa` is answered even when determinising would exceed the state limit.
    result = { equal: true };
  } else {
    const leftDfa = determiniseSide(io, left, a.spec);
    if (leftDfa === undefined) return ExitCode.Errors;
    const rightDfa = determiniseSide(io, right, b.spec);
    if (rightDfa === undefined) return ExitCode.Errors;
    result = equivalent(leftDfa, rightDfa);
  }
  const sameFile = left === right;
  const label = (file: string, spec: AutomatonSpec) => (sameFile ? `'${spec.name}' in ${file}` : file);
  if (options.json) {
    const json: EquivJson = {
      equivalent: result.equal,
      counterexample: result.equal ? null : [...result.shortestCounterexample],
      acceptedBy: result.equal ? null : result.acceptedBy === 'left' ? left : right,
      acceptedBySide: result.equal ? null : result.acceptedBy,
      left: { file: left, automaton: a.spec.name },
      right: { file: right, automaton: b.spec.name },
    };
    io.out(`${JSON.stringify(json)}\n`);
  } else if (result.equal) {
    io.out(`equivalent: ${label(left, a.spec)} and ${label(right, b.spec)} accept the same language\n`);
  } else {
    const [yes, no] =
      result.acceptedBy === 'left'
        ? [label(left, a.spec), label(right, b.spec)]
        : [label(right, b.spec), label(left, a.spec)];
    io.out(`not equivalent: ${formatWord(result.shortestCounterexample)} is accepted by ${yes} but not by ${no}\n`);
  }
  return result.equal ? ExitCode.Ok : ExitCode.Errors;
}

/**
 * One side: a `.fsa` file (checked; the automaton chosen by `name` or the only one), or a JSON/JFLAP
 * document (`importInterchange`). Problems go to stderr.
 */
async function readAutomaton(io: Io, file: string, name: string | undefined, nameIsOwn: boolean): Promise<Side> {
  let spec: AutomatonSpec;
  if (INTERCHANGE.test(file)) {
    const read = await io.readFile(file);
    if (!read.ok) {
      io.err(`cdam: ${read.message}\n`);
      return { ok: false };
    }
    if (COMPILED_NETWORK.test(read.value.slice(0, 200))) {
      io.err(
        `cdam: ${visiblePath(file)}: is a compiled network (cdam-network), not an automaton; compare the .fsa it was ` +
          `compiled from, or a document from 'cdam export --format json'\n`,
      );
      return { ok: false };
    }
    const imported = importInterchange(read.value, file);
    if (imported.kind === 'error') {
      io.err(diagnosticsText(imported.diagnostics, { fileName: file, source: read.value }));
      return { ok: false };
    }
    if (imported.format === 'cdam-sequence') {
      io.err(`cdam: ${visiblePath(file)}: holds the sequence '${imported.spec.name}', not an automaton\n`);
      return { ok: false };
    }
    const found =
      imported.format === 'jflap-re'
        ? findAutomatonSpec({ kind: 'file', declarations: [imported.regex], comments: [], span: imported.regex.span })
        : ({ ok: true, declaration: imported.spec } as const);
    if (!found.ok) {
      io.err(`cdam: ${visiblePath(file)}: ${found.message}\n`);
      return { ok: false };
    }
    if (nameIsOwn && name !== undefined && found.declaration.name !== name) {
      io.err(`cdam: ${visiblePath(file)}: the automaton in this file is '${found.declaration.name}', not '${name}'\n`);
      return { ok: false };
    }
    spec = found.declaration;
  } else {
    const checked = await readCheckedFile(io, file);
    if (!checked.ok) return { ok: false };
    const found = findAutomatonSpec(checked.file, name);
    if (!found.ok) {
      io.err(`cdam: ${visiblePath(file)}: ${found.message}\n`);
      return { ok: false };
    }
    spec = found.declaration;
  }
  return { ok: true, spec };
}

/**
 * Whether two specs have the same alphabet, states, start and accepting states and transitions, in the same
 * order, and so accept the same language; names, kinds and network blocks may differ. O(size of the specs).
 */
function isSameAutomaton(a: AutomatonSpec, b: AutomatonSpec): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    same(a.alphabet, b.alphabet) &&
    same(a.states, b.states) &&
    same(a.start, b.start) &&
    same(a.accept, b.accept) &&
    a.transitions.length === b.transitions.length &&
    a.transitions.every((t, i) => same(t, b.transitions[i]))
  );
}

/** The DFA of one side, or undefined when determinising it exceeds the state limit (said on stderr, with the fix). */
function determiniseSide(io: Io, file: string, spec: AutomatonSpec): Dfa | undefined {
  const dfa = toDfa(spec);
  if (dfa.kind === 'ok') return dfa.dfa;
  io.err(
    `cdam: ${visiblePath(file)}: determinising '${spec.name}' needs more than ${dfa.limit} states; ` +
      `minimise or shrink '${spec.name}' (fewer states or nondeterministic choices), or compare smaller automata\n`,
  );
  return undefined;
}
