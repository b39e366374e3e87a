import type { AutomatonAst, FileAst, NameAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { quote } from './hints.js';
import { declarationKeyword } from '../declaration-kind.js';

/**
 * FSA206: a declaration name used twice in a file. Each later declaration is reported at its name,
 * pointing back to the first. O(declarations).
 */
export function checkDeclarationNames(file: FileAst): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = new Map<string, { kind: string; line: number }>();
  for (const declaration of file.declarations) {
    const kind = declarationKeyword(declaration);
    const name = declaration.name;
    const earlier = first.get(name.value);
    if (earlier) {
      diagnostics.push(
        diagnostic(
          'FSA206',
          name.span,
          `name ${quote(name.value)} is already used by the ${earlier.kind} on line ${earlier.line}`,
          'give each automaton and sequence in a file its own name',
        ),
      );
    } else {
      first.set(name.value, { kind, line: name.span.start.line });
    }
  }
  return diagnostics;
}

/**
 * FSA206: a symbol listed twice in one `alphabet`, or a state listed twice in one `states` list,
 * reported at each repeat. O(names).
 */
export function checkListedNames(automaton: AutomatonAst): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const owner = quote(automaton.name.value);
  for (const member of automaton.members) {
    if (member.kind === 'alphabet') {
      for (const repeat of repeats(member.symbols)) {
        diagnostics.push(
          diagnostic(
            'FSA206',
            repeat.span,
            `symbol ${quote(repeat.value)} appears more than once in the alphabet of ${owner}`,
            `remove the repeated ${quote(repeat.value)}`,
          ),
        );
      }
    } else if (member.kind === 'states') {
      for (const repeat of repeats(member.states)) {
        diagnostics.push(
          diagnostic(
            'FSA206',
            repeat.span,
            `state ${quote(repeat.value)} appears more than once in the states of ${owner}`,
            `remove the repeated ${quote(repeat.value)}`,
          ),
        );
      }
    }
  }
  return diagnostics;
}

/** Every name whose value already occurred earlier in `names`. */
function repeats(names: readonly NameAst[]): NameAst[] {
  const seen = new Set<string>();
  const result: NameAst[] = [];
  for (const name of names) {
    if (seen.has(name.value)) result.push(name);
    else seen.add(name.value);
  }
  return result;
}
