import type { FileAst, NameAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { ExpressionResolver } from '../expression/resolve-expression.js';
import { quote } from './hints.js';
import { checkTests } from './tests.js';

/**
 * The checks of `regex` and `dfa/nfa NAME = EXPR` declarations: symbols (FSA202), references (FSA220),
 * repetition bounds (FSA221), cycles (FSA222) and a symbol listed twice after `over` (FSA206); then the
 * test blocks (`checkTests`).
 * The size limits of the construction are reported when the automaton is built (`cdam check` builds it).
 * O(size of the expressions · alphabet).
 */
export function checkExpressions(file: FileAst): Diagnostic[] {
  const resolver = new ExpressionResolver(file);
  const diagnostics: Diagnostic[] = [];
  for (const declaration of file.declarations) {
    if (declaration.kind !== 'regex' && declaration.kind !== 'derived') continue;
    if (declaration.kind === 'regex')
      diagnostics.push(...repeatedSymbols(declaration.over ?? [], declaration.name.value));
    diagnostics.push(...resolver.resolve(declaration).diagnostics);
  }
  diagnostics.push(...checkTests(file, resolver));
  return diagnostics;
}

function repeatedSymbols(over: readonly NameAst[], owner: string): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const name of over) {
    if (seen.has(name.value)) {
      diagnostics.push(
        diagnostic(
          'FSA206',
          name.span,
          `symbol ${quote(name.value)} appears more than once in the alphabet of ${quote(owner)}`,
          `remove the repeated ${quote(name.value)}`,
        ),
      );
    }
    seen.add(name.value);
  }
  return diagnostics;
}
