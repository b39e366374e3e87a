import type { FileAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';

/** Line 1, column 1: the place for a finding about the file as a whole. */
const FILE_START = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };

/**
 * FSA245 for a file that declares nothing (empty, or only blanks and comments), which would otherwise pass
 * `cdam check` without a word and fail later in `cdam run` or `cdam compile`. O(1).
 */
export function checkSomethingDeclared(file: FileAst): Diagnostic[] {
  if (file.declarations.length > 0) return [];
  return [
    diagnostic(
      'FSA245',
      FILE_START,
      'file declares no automaton or sequence',
      "add a declaration such as 'dfa Name { ... }'; see grammar/language-reference.md",
    ),
  ];
}
