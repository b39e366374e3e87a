import type { FileAst, NameAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { quote } from './hints.js';
import { declarationKeyword } from '../declaration-kind.js';

/**
 * FSA215: a name written as the empty string `""`. An empty symbol would be read as epsilon once
 * resolved (the spec writes epsilon as the symbol `""`), so a dfa could gain an epsilon move without a
 * word; and the JSON interchange format, which needs every name to be non-empty, could not read back an
 * export. Reported at each empty name, whatever its role. O(names in the file).
 */
export function checkEmptyNames(file: FileAst): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (name: NameAst, message: string, hint: string) => {
    if (name.value === '') diagnostics.push(diagnostic('FSA215', name.span, message, hint));
  };
  for (const declaration of file.declarations) {
    const kind = declarationKeyword(declaration);
    const article = kind === 'nfa' ? 'an' : 'a';
    report(
      declaration.name,
      `${article} ${kind} may not be named ""`,
      `give the ${kind} a name of at least one character`,
    );
    const owner = declaration.name.value === '' ? `this ${kind}` : quote(declaration.name.value);
    const symbol = (name: NameAst) =>
      report(
        name,
        `the empty symbol "" in ${owner} is not allowed`,
        "to move without reading a symbol, write 'epsilon' (nfa only); otherwise give the symbol at least one character",
      );
    const state = (name: NameAst) =>
      report(name, `a state of ${owner} may not be named ""`, 'give the state a name of at least one character');
    if (declaration.kind === 'regex') declaration.over?.forEach(symbol);
    if (declaration.kind !== 'automaton' && declaration.kind !== 'sequence') continue;
    for (const member of declaration.members) {
      switch (member.kind) {
        case 'alphabet':
          member.symbols.forEach(symbol);
          break;
        case 'states':
        case 'start':
        case 'accept':
          member.states.forEach(state);
          break;
        case 'transition':
          state(member.from);
          state(member.to);
          for (const label of member.labels) if (label.kind === 'symbol') symbol(label.name);
          break;
        case 'items':
          for (const item of member.items) {
            report(
              item.name,
              `an item of ${owner} may not be named ""`,
              'give the item a name of at least one character',
            );
          }
          break;
      }
    }
  }
  return diagnostics;
}
