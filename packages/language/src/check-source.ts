import type { AutomatonLikeAst, DeclarationAst, FileAst, SequenceAst } from './ast.js';
import { isAutomatonLike } from './declaration-kind.js';
import { checkFile, sortDiagnostics } from './check/index.js';
import { listNames, quote } from './check/hints.js';
import { hasErrors, type Diagnostic } from './diagnostics.js';
import { parse } from './parse.js';
import { suggest } from './suggest.js';

/** A parsed file and everything wrong with it. */
export interface CheckedSource {
  readonly file: FileAst;
  /** Parse errors, or (when there are none) semantic errors and warnings; sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Parses and checks `.fsa` text. Semantic checks run only when parsing found no errors, so a syntax
 * mistake is never buried under follow-on reports. Never throws. O(text length * alphabet).
 */
export function checkSource(text: string): CheckedSource {
  const parsed = parse(text);
  if (hasErrors(parsed.diagnostics)) return { file: parsed.file, diagnostics: sortDiagnostics(parsed.diagnostics) };
  if (parsed.diagnostics.length === 0) markParsedCleanly(parsed.file);
  return { file: parsed.file, diagnostics: sortDiagnostics([...parsed.diagnostics, ...checkFile(parsed.file)]) };
}

/** The ASTs of texts that `checkSource` parsed without a diagnostic (recheck.ts edits only those). */
const parsedCleanly = new WeakSet<FileAst>();

export function markParsedCleanly(file: FileAst): void {
  parsedCleanly.add(file);
}

export function wasParsedCleanly(file: FileAst): boolean {
  return parsedCleanly.has(file);
}

/** A declaration picked from a file, or why none could be picked (a message for the user). */
export type Found<T> =
  { readonly ok: true; readonly declaration: T } | { readonly ok: false; readonly message: string };

/**
 * The automaton called `name`, or the file's only automaton when `name` is omitted. Fails with a message
 * when it is absent, is a sequence, is declared twice, or (without a name) the file has none or several.
 */
export function findAutomaton(file: FileAst, name?: string): Found<AutomatonLikeAst> {
  return find(file, name, {
    kind: 'automaton',
    plural: 'automata',
    flag: '--automaton',
    other: 'sequence',
    otherPlural: 'sequences',
    otherFlag: '--sequence',
    example: "'dfa Name { ... }', 'nfa Name { ... }' or 'regex Name = ...'",
    is: isAutomatonLike,
    isOther: (d) => d.kind === 'sequence',
  });
}

/** The sequence called `name`, or the file's only sequence when `name` is omitted; like `findAutomaton`. */
export function findSequence(file: FileAst, name?: string): Found<SequenceAst> {
  return find(file, name, {
    kind: 'sequence',
    plural: 'sequences',
    flag: '--sequence',
    other: 'automaton',
    otherPlural: 'automata',
    otherFlag: '--automaton',
    example: "'sequence Name { ... }'",
    is: (d): d is SequenceAst => d.kind === 'sequence',
    isOther: isAutomatonLike,
  });
}

/**
 * What a command that handles both kinds (such as `cdam compile`) takes from a file when no name is given:
 * the file's only automaton, as `findAutomaton` (automata come first, so a file with one automaton and some
 * sequences compiles as it always did); else, with no automaton, as `findSequence`; with several automata
 * and some sequences, asks which with the flag of each kind. O(declarations).
 */
export function findDeclaration(file: FileAst): Found<AutomatonLikeAst | SequenceAst> {
  const { declarations } = file;
  const automata = declarations.filter(isAutomatonLike).map((d) => d.name.value);
  const sequences = declarations.filter((d) => d.kind === 'sequence').map((d) => d.name.value);
  if (automata.length === 1 || sequences.length === 0) return findAutomaton(file);
  if (automata.length === 0) return findSequence(file);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return {
    ok: false,
    message:
      `file has ${count(automata.length, 'automaton', 'automata')}: ${listNames(automata, Infinity)}, ` +
      `and ${count(sequences.length, 'sequence', 'sequences')}: ${listNames(sequences, Infinity)}; ` +
      'choose one with --automaton NAME or --sequence NAME',
  };
}

/**
 * The declaration a command that handles both kinds was asked for: the sequence named by `sequence`, else
 * the automaton named by `automaton`, else as `findDeclaration`. O(declarations).
 */
export function findChosenDeclaration(
  file: FileAst,
  choice: { readonly automaton?: string; readonly sequence?: string },
): Found<AutomatonLikeAst | SequenceAst> {
  if (choice.sequence !== undefined) return findSequence(file, choice.sequence);
  if (choice.automaton !== undefined) return findAutomaton(file, choice.automaton);
  return findDeclaration(file);
}

interface Wanted<T extends DeclarationAst> {
  readonly kind: string;
  readonly plural: string;
  readonly flag: string;
  readonly other: string;
  readonly otherPlural: string;
  readonly otherFlag: string;
  /** The syntax of a declaration of the wanted kind, for a file that has none of any kind. */
  readonly example: string;
  readonly is: (d: DeclarationAst) => d is T;
  /** Declarations of the other kind (tests are neither). */
  readonly isOther: (d: DeclarationAst) => boolean;
}

function find<T extends DeclarationAst>(file: FileAst, name: string | undefined, wanted: Wanted<T>): Found<T> {
  const matching = file.declarations.filter(wanted.is);
  const others = file.declarations.filter(wanted.isOther);
  const names = matching.map((d) => d.name.value);
  const count = (n: number) => `${n} ${n === 1 ? wanted.kind : wanted.plural}`;
  // for a file without the wanted kind, with or without a name asked for: how to add one, or what it has instead
  const none = () =>
    `file has no ${wanted.kind}` +
    (others.length === 0
      ? `; declare one with ${wanted.example}`
      : `; it has ${others.length === 1 ? wanted.other : wanted.otherPlural} ${listNames(others.map((d) => d.name.value))}`);
  if (name === undefined) {
    if (matching.length === 1) return { ok: true, declaration: matching[0] };
    if (matching.length === 0) return { ok: false, message: none() };
    return {
      ok: false,
      message: `file has ${count(matching.length)}: ${listNames(names, Infinity)}; choose one with ${wanted.flag} NAME`,
    };
  }
  const named = matching.filter((d) => d.name.value === name);
  if (named.length === 1) return { ok: true, declaration: named[0] };
  if (named.length > 1) {
    return { ok: false, message: `file has ${count(named.length)} named ${quote(name)}; rename all but one` };
  }
  if (others.some((d) => d.name.value === name)) {
    return {
      ok: false,
      message: `${quote(name)} is ${article(wanted.other)}, not ${article(wanted.kind)}; choose it with ${wanted.otherFlag} ${name}`,
    };
  }
  const guess = suggest(name, names);
  const help =
    guess !== undefined
      ? `; did you mean ${quote(guess)}?`
      : matching.length > 0
        ? `; file has ${count(matching.length)}: ${listNames(names, Infinity)}`
        : `; ${none()}`;
  return { ok: false, message: `no ${wanted.kind} named ${quote(name)}${help}` };
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
