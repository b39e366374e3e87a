import {
  diagnostic,
  type Diagnostic,
  ExpressionResolver,
  findAutomaton,
  toAutomatonSpec,
  type AutomatonLikeAst,
  type AutomatonSpec,
  type FileAst,
  type Found,
} from '@cdam/language';
import { buildExpression, fromSpec, nfaAsDfa, toSpec, type Dfa, type Nfa } from '@cdam/automata';

/** A declaration's spec, or why it has none (a message for the user). */
export type SpecResult =
  { readonly ok: true; readonly spec: AutomatonSpec } | { readonly ok: false; readonly message: string };

/**
 * The automata of one file: every `dfa`/`nfa` block, `regex` and `dfa/nfa NAME = EXPR` as an explicit
 * machine. This is where a regex or derived automaton becomes an `AutomatonSpec`, so every command that
 * accepts an automaton accepts these too. Each declaration is built once (memoised).
 */
export class FileAutomata {
  readonly resolver: ExpressionResolver;
  private readonly built = new Map<AutomatonLikeAst, Dfa | Nfa | { readonly error: string }>();

  constructor(readonly file: FileAst) {
    this.resolver = new ExpressionResolver(file);
  }

  /** The spec of `declaration`: as written for a block, the constructed machine for an expression. */
  spec(declaration: AutomatonLikeAst): SpecResult {
    if (declaration.kind === 'automaton') return { ok: true, spec: toAutomatonSpec(declaration) };
    const automaton = this.automaton(declaration);
    if ('error' in automaton) return { ok: false, message: automaton.error };
    return { ok: true, spec: toSpec(automaton, { name: declaration.name.value }) };
  }

  /** The machine of `declaration` (a DFA when the spec is deterministic). */
  automaton(declaration: AutomatonLikeAst): Dfa | Nfa | { readonly error: string } {
    const known = this.built.get(declaration);
    if (known !== undefined) return known;
    const result = this.build(declaration);
    this.built.set(declaration, result);
    return result;
  }

  private build(declaration: AutomatonLikeAst): Dfa | Nfa | { readonly error: string } {
    if (declaration.kind === 'automaton') {
      const nfa = fromSpec(toAutomatonSpec(declaration));
      return nfaAsDfa(nfa) ?? nfa;
    }
    const resolution = this.resolver.resolve(declaration);
    if (resolution.spec === undefined) {
      const first = resolution.diagnostics[0];
      const where = first === undefined ? '' : ` (line ${first.span.start.line}: ${first.message})`;
      return { error: `'${declaration.name.value}' has errors${where}; run 'cdam check' for all of them` };
    }
    const built = buildExpression(resolution.spec, (name) => {
      const operand = this.resolver.declaration(name);
      return operand === undefined ? { error: `no automaton named '${name}'` } : this.automaton(operand);
    });
    return built.kind === 'ok' ? built.automaton : { error: built.message };
  }
}

/**
 * FSA224 for each `regex` or `dfa/nfa NAME = EXPR` of a file without errors whose construction exceeds a
 * limit (see `buildExpression`), at its name. `cdam check` runs this after the language checks.
 */
export function checkConstruction(file: FileAst): Diagnostic[] {
  const automata = new FileAutomata(file);
  const diagnostics: Diagnostic[] = [];
  for (const declaration of file.declarations) {
    if (declaration.kind !== 'regex' && declaration.kind !== 'derived') continue;
    const built = automata.automaton(declaration);
    if ('error' in built && !built.error.includes("run 'cdam check'")) {
      diagnostics.push(diagnostic('FSA224', declaration.name.span, built.error));
    }
  }
  return diagnostics;
}

/** The spec of one automaton-like declaration of `file` (see `FileAutomata`). */
export function automatonSpecOf(file: FileAst, declaration: AutomatonLikeAst): SpecResult {
  return new FileAutomata(file).spec(declaration);
}

/**
 * The automaton called `name` (or the file's only one) as a spec, whatever its form: `findAutomaton`
 * then `FileAutomata.spec`. O(size of the declarations it uses) plus their constructions.
 */
export function findAutomatonSpec(file: FileAst, name?: string): Found<AutomatonSpec> {
  const found = findAutomaton(file, name);
  if (!found.ok) return found;
  const result = new FileAutomata(file).spec(found.declaration);
  return result.ok ? { ok: true, declaration: result.spec } : result;
}
