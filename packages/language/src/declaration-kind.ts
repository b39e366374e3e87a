import type { AutomatonLikeAst, DeclarationAst } from './ast.js';

/** The keyword a declaration is written with: `dfa`, `nfa`, `sequence`, `regex` or `test`. */
export function declarationKeyword(
  declaration: DeclarationAst,
): 'dfa' | 'nfa' | 'mealy' | 'moore' | 'sequence' | 'regex' | 'test' {
  switch (declaration.kind) {
    case 'automaton':
    case 'derived':
      return declaration.type;
    case 'regex':
      return 'regex';
    case 'sequence':
      return 'sequence';
    case 'test':
      return 'test';
  }
}

/** Whether a declaration denotes an automaton (written out, a regex, or built from others). */
export function isAutomatonLike(declaration: DeclarationAst): declaration is AutomatonLikeAst {
  return declaration.kind === 'automaton' || declaration.kind === 'regex' || declaration.kind === 'derived';
}
