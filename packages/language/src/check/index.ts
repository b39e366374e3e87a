import type { FileAst } from '../ast.js';
import type { Diagnostic } from '../diagnostics.js';
import { checkAutomatonShape } from './automaton.js';
import { checkDeterminism } from './determinism.js';
import { checkEmptyNames } from './empty-names.js';
import { checkImpliedStateNames } from './implied-states.js';
import { checkDeclarationNames, checkListedNames } from './names.js';
import { checkSomethingDeclared } from './nothing-declared.js';
import { checkNetwork } from './parameters.js';
import { checkReachability } from './reachability.js';
import { checkSequence } from './sequence.js';
import { checkStateNames } from './states.js';
import { checkSymbolsInAlphabet, checkUnusedSymbols } from './symbols.js';
import { pushAll } from '../push-all.js';
import { checkTransducer } from './transducer.js';
import { checkExpressions } from './expressions.js';

/**
 * Every semantic check of a parsed file, errors (FSA2xx) and warnings (FSA24x, including FSA245 for a file
 * that declares nothing), sorted by position.
 * Follow-on warnings are held back: no unused symbol (FSA242) next to a symbol outside the alphabet (FSA203),
 * and no reachability warning (FSA240, FSA241) about an undeclared state (FSA201).
 * Meant for a file without parse errors; on a partial AST it still runs and never throws.
 * O(size of the file * alphabet).
 */
export function checkFile(file: FileAst): Diagnostic[] {
  const diagnostics = pushAll<Diagnostic>(
    [],
    checkSomethingDeclared(file),
    checkDeclarationNames(file),
    checkEmptyNames(file),
  );
  for (const declaration of file.declarations) {
    if (declaration.kind === 'automaton') {
      const structural = pushAll<Diagnostic>(
        [],
        checkAutomatonShape(declaration),
        checkListedNames(declaration),
        checkStateNames(declaration),
        checkImpliedStateNames(declaration),
        checkSymbolsInAlphabet(declaration),
        checkDeterminism(declaration),
        checkTransducer(declaration),
      );
      pushAll(diagnostics, structural, checkReachability(declaration));
      // A misspelt symbol (FSA203) would leave the right one looking unused; say only the error.
      if (!structural.some((d) => d.code === 'FSA203')) pushAll(diagnostics, checkUnusedSymbols(declaration));
    } else if (declaration.kind === 'sequence') {
      pushAll(diagnostics, checkSequence(declaration));
    } else {
      continue;
    }
    for (const member of declaration.members) {
      if (member.kind === 'network') pushAll(diagnostics, checkNetwork(member, declaration.name.value));
    }
  }
  pushAll(diagnostics, checkExpressions(file));
  return sortDiagnostics(diagnostics);
}

/** Sorts by start position, then end position, then code and message, so output order never depends on check order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.span.start.offset - b.span.start.offset ||
      a.span.end.offset - b.span.end.offset ||
      compare(a.code, b.code) ||
      compare(a.message, b.message),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
