import type { AutomatonLikeAst, FileAst, NameAst } from '../ast.js';
import { alphabetSymbols, automatonMembers } from '../check/members.js';
import { didYouMean, listNames, quote } from '../check/hints.js';
import { declarationKeyword, isAutomatonLike } from '../declaration-kind.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { DerivedAst, ExpressionAst, RegexAst } from '../expression-ast.js';
import { MAX_REPEAT_BOUND, type ExpressionSpec, type ResolvedExpression } from './resolved.js';

/** The resolution of one expression declaration: its spec when it has no errors, and its diagnostics. */
export interface ExpressionResolution {
  readonly spec: ExpressionSpec | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Resolves the `regex` and `dfa/nfa NAME = EXPR` declarations of one file, each once (memoised), with
 * cycle detection across references.
 *
 * Alphabets:
 * - `regex NAME over s1, s2 = EXPR`: the listed symbols, then the symbols of referenced automata that
 *   the list lacks.
 * - `regex NAME = EXPR`: the symbols EXPR uses in order of first use, then those of referenced automata.
 *   When some of those symbols is one character and every longer one is an unquoted name of EXPR itself,
 *   the longer names are read as their characters (`abb` is `a b b`), so the alphabet is all characters.
 * - `dfa/nfa NAME = EXPR`: the union of the operands' alphabets, in order of first appearance from left
 *   to right. Each operand keeps its language: a symbol it lacks leads to a dead state.
 *
 * In a regex, a name that is not a symbol is split into characters when every alphabet symbol is one
 * character and every character is a symbol; otherwise it is an error (FSA202) suggesting the split into
 * symbols or the closest symbol. O(size of the declarations · alphabet).
 */
export class ExpressionResolver {
  private readonly byName = new Map<string, AutomatonLikeAst>();
  private readonly otherKinds = new Map<string, string>();
  private readonly done = new Map<AutomatonLikeAst, ExpressionResolution>();
  private readonly active = new Set<AutomatonLikeAst>();

  constructor(readonly file: FileAst) {
    for (const d of file.declarations) {
      if (isAutomatonLike(d)) {
        if (!this.byName.has(d.name.value)) this.byName.set(d.name.value, d);
      } else if (!this.otherKinds.has(d.name.value)) this.otherKinds.set(d.name.value, declarationKeyword(d));
    }
  }

  /** The automaton-like declaration called `name` (the first, if declared twice). */
  declaration(name: string): AutomatonLikeAst | undefined {
    return this.byName.get(name);
  }

  /** The names of every automaton-like declaration, in file order. */
  automatonNames(): string[] {
    return [...this.byName.keys()];
  }

  /** Resolves `declaration` (and, through references, those it uses). */
  resolve(declaration: RegexAst | DerivedAst): ExpressionResolution {
    const known = this.done.get(declaration);
    if (known !== undefined) return known;
    this.active.add(declaration);
    const result =
      declaration.kind === 'regex'
        ? new RegexScope(this, declaration).run()
        : new DerivedScope(this, declaration).run();
    this.active.delete(declaration);
    this.done.set(declaration, result);
    return result;
  }

  /**
   * The alphabet of the automaton called `name.value`, or a diagnostic at `name` when there is none, it is
   * not an automaton, or using it would make a cycle. An operand with errors of its own gives `[]` (its
   * errors are reported at its declaration).
   */
  alphabetOf(name: NameAst): { alphabet: readonly string[] } | { problem: Diagnostic } {
    const target = this.byName.get(name.value);
    if (target === undefined) {
      const other = this.otherKinds.get(name.value);
      if (other !== undefined) {
        return {
          problem: diagnostic(
            'FSA220',
            name.span,
            `${quote(name.value)} is a ${other}, not an automaton`,
            'name a dfa, nfa or regex of this file',
          ),
        };
      }
      const names = this.automatonNames();
      const hint =
        didYouMean(name.value, names) ??
        (names.length > 0 ? `automata of this file: ${listNames(names)}` : 'declare it in this file');
      return { problem: diagnostic('FSA220', name.span, `no automaton named ${quote(name.value)}`, hint) };
    }
    if (this.active.has(target)) {
      return {
        problem: diagnostic(
          'FSA222',
          name.span,
          `${quote(name.value)} is defined in terms of itself`,
          'an automaton expression may use only automata that do not use it in turn',
        ),
      };
    }
    if (target.kind === 'automaton') return { alphabet: alphabetSymbols(automatonMembers(target)) };
    return { alphabet: this.resolve(target).spec?.alphabet ?? [] };
  }
}

/** What both kinds of expression share: bounds checks, references and building the resolved tree. */
abstract class Scope {
  protected readonly diagnostics: Diagnostic[] = [];
  /** Symbols of referenced automata in order of first appearance. */
  protected readonly referenced: string[] = [];

  constructor(protected readonly resolver: ExpressionResolver) {}

  protected reference(name: NameAst): ResolvedExpression {
    const found = this.resolver.alphabetOf(name);
    if ('problem' in found) this.diagnostics.push(found.problem);
    else for (const s of found.alphabet) if (!this.referenced.includes(s)) this.referenced.push(s);
    return { kind: 'automaton', name: name.value };
  }

  protected abstract bareName(name: NameAst): ResolvedExpression;

  protected walk(e: ExpressionAst): ResolvedExpression {
    switch (e.kind) {
      case 'name':
        return this.bareName(e.name);
      case 'reference':
        return this.reference(e.name);
      case 'any':
        return { kind: 'any' };
      case 'empty':
        return { kind: 'empty' };
      case 'binary':
        return { kind: 'binary', operator: e.operator, left: this.walk(e.left), right: this.walk(e.right) };
      case 'concatenation':
        return { kind: 'concatenation', parts: e.parts.map((p) => this.walk(p)) };
      case 'complement':
        return { kind: 'complement', operand: this.walk(e.operand) };
      case 'operation':
        return { kind: 'operation', operation: e.operation, operand: this.walk(e.operand) };
      case 'repeat': {
        const operand = this.walk(e.operand);
        const { min, max } = e;
        if (min > MAX_REPEAT_BOUND || (max ?? 0) > MAX_REPEAT_BOUND) {
          this.diagnostics.push(
            diagnostic(
              'FSA221',
              e.span,
              `repetition bound ${Math.max(min, max ?? 0)} is above the limit of ${MAX_REPEAT_BOUND}`,
              'a count this large builds a very large automaton; use * or + if any number will do',
            ),
          );
        } else if (max !== undefined && max < min) {
          this.diagnostics.push(
            diagnostic(
              'FSA221',
              e.span,
              `repetition {${min},${max}} has its upper bound below its lower bound`,
              `write {${max},${min}}`,
            ),
          );
        }
        return max === undefined ? { kind: 'repeat', operand, min } : { kind: 'repeat', operand, min, max };
      }
    }
  }
}

class DerivedScope extends Scope {
  constructor(
    resolver: ExpressionResolver,
    private readonly declaration: DerivedAst,
  ) {
    super(resolver);
  }

  protected bareName(name: NameAst): ResolvedExpression {
    return this.reference(name);
  }

  run(): ExpressionResolution {
    const expression = this.walk(this.declaration.expression);
    const { type, name } = this.declaration;
    if (type === 'mealy' || type === 'moore') {
      this.diagnostics.push(
        diagnostic(
          'FSA225',
          name.span,
          `${type} ${quote(name.value)} is defined by an expression, but expressions combine languages, not output tapes`,
          `write 'dfa ${name.value} = ...' for the language, or write the ${type} machine out in a block { ... }`,
        ),
      );
      return { spec: undefined, diagnostics: this.diagnostics };
    }
    const spec: ExpressionSpec = {
      name: name.value,
      kind: type,
      alphabet: this.referenced,
      expression,
    };
    return { spec: this.diagnostics.length === 0 ? spec : undefined, diagnostics: this.diagnostics };
  }
}

const characters = (text: string): string[] => [...text];

class RegexScope extends Scope {
  private alphabet: string[] = [];
  private symbolSet = new Set<string>();
  private split = false;

  constructor(
    resolver: ExpressionResolver,
    private readonly declaration: RegexAst,
  ) {
    super(resolver);
  }

  run(): ExpressionResolution {
    // references first: their alphabets take part in the splitting rule and the alphabet
    const names: NameAst[] = [];
    collect(this.declaration.expression, names, (ref) => this.reference(ref));
    const over = this.declaration.over;
    if (over !== undefined) {
      this.alphabet = unique([...over.map((n) => n.value), ...this.referenced]);
      this.split = this.alphabet.every((s) => characters(s).length === 1);
    } else {
      const candidates = unique([...names.map((n) => n.value), ...this.referenced]);
      const longIsOwnName = (s: string) =>
        this.referenced.includes(s) ? false : names.every((n) => n.value !== s || n.form !== 'string');
      this.split =
        candidates.some((s) => characters(s).length === 1) &&
        candidates.every((s) => characters(s).length <= 1 || longIsOwnName(s));
      const own = names.flatMap((n) => (this.split && n.form !== 'string' ? characters(n.value) : [n.value]));
      this.alphabet = unique([...own, ...this.referenced]);
    }
    this.symbolSet = new Set(this.alphabet);
    // the walk below reports each reference again: keep its reports only
    this.diagnostics.length = 0;
    this.referenced.length = 0;
    const expression = this.walk(this.declaration.expression);
    const spec: ExpressionSpec = {
      name: this.declaration.name.value,
      kind: 'regex',
      alphabet: this.alphabet,
      expression,
    };
    return { spec: this.diagnostics.length === 0 ? spec : undefined, diagnostics: this.diagnostics };
  }

  protected bareName(name: NameAst): ResolvedExpression {
    if (this.symbolSet.has(name.value)) return { kind: 'symbol', symbol: name.value };
    const chars = characters(name.value);
    if (this.split && name.form !== 'string' && chars.every((c) => this.symbolSet.has(c))) {
      return { kind: 'concatenation', parts: chars.map((symbol) => ({ kind: 'symbol', symbol })) };
    }
    const owner = quote(this.declaration.name.value);
    const segmentation = segment(name.value, this.alphabet);
    const hint =
      segmentation !== undefined
        ? `to read it as ${segmentation.length} symbols, write ${quote(segmentation.join(' '))}`
        : (didYouMean(name.value, this.alphabet) ?? `the alphabet of ${owner} is ${listNames(this.alphabet)}`);
    this.diagnostics.push(diagnostic('FSA202', name.span, `${quote(name.value)} is not a symbol of ${owner}`, hint));
    return { kind: 'symbol', symbol: name.value };
  }
}

/** Every bare name of a regex, in order, and each reference passed to `onReference`. */
function collect(e: ExpressionAst, names: NameAst[], onReference: (name: NameAst) => void): void {
  switch (e.kind) {
    case 'name':
      names.push(e.name);
      return;
    case 'reference':
      onReference(e.name);
      return;
    case 'binary':
      collect(e.left, names, onReference);
      collect(e.right, names, onReference);
      return;
    case 'concatenation':
      for (const p of e.parts) collect(p, names, onReference);
      return;
    case 'complement':
    case 'repeat':
    case 'operation':
      collect(e.operand, names, onReference);
      return;
    case 'any':
    case 'empty':
      return;
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** A split of `text` into alphabet symbols (fewest pieces, at least two), if there is one. O(|text|² · k). */
function segment(text: string, alphabet: readonly string[]): string[] | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= text.length; end++) {
    for (const symbol of alphabet) {
      const start = end - symbol.length;
      if (symbol.length === 0 || start < 0 || text.slice(start, end) !== symbol) continue;
      const prefix = best[start];
      const current = best[end];
      if (prefix !== undefined && (current === undefined || current.length > prefix.length + 1)) {
        best[end] = [...prefix, symbol];
      }
    }
  }
  const found = best[text.length];
  return found !== undefined && found.length > 1 ? found : undefined;
}
