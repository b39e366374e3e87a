import type { AutomatonAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { didYouMean, listNames, quote } from './hints.js';
import { alphabetSymbols, automatonMembers, catchAllSymbols, explicitSymbolsByState } from './members.js';

/**
 * FSA203: a transition label naming a symbol outside the alphabet, reported at the label.
 * Skipped when the automaton has no alphabet at all (FSA208 covers that). O(labels).
 */
export function checkSymbolsInAlphabet(automaton: AutomatonAst): Diagnostic[] {
  const members = automatonMembers(automaton);
  const alphabet = alphabetSymbols(members);
  if (alphabet.length === 0) return [];
  const known = new Set(alphabet);
  const owner = quote(automaton.name.value);
  const diagnostics: Diagnostic[] = [];
  for (const transition of members.transitions) {
    for (const label of transition.labels) {
      if (label.kind !== 'symbol' || known.has(label.name.value)) continue;
      const symbol = quote(label.name.value);
      const guess = didYouMean(label.name.value, alphabet);
      diagnostics.push(
        diagnostic(
          'FSA203',
          label.name.span,
          `symbol ${symbol} is not in the alphabet of ${owner}`,
          guess === undefined
            ? `add ${symbol} to the alphabet, or use one of: ${listNames(alphabet)}`
            : `${guess} (or add ${symbol} to the alphabet)`,
        ),
      );
    }
  }
  return diagnostics;
}

/**
 * FSA242 (warning): an alphabet symbol that no transition reads, reported at its place in the alphabet.
 * A catch-all counts as reading every symbol it stands for. O(labels * alphabet).
 */
export function checkUnusedSymbols(automaton: AutomatonAst): Diagnostic[] {
  const members = automatonMembers(automaton);
  const alphabet = alphabetSymbols(members);
  const explicit = explicitSymbolsByState(members.transitions);
  const used = new Set<string>();
  for (const transition of members.transitions) {
    for (const label of transition.labels) {
      if (label.kind === 'symbol') used.add(label.name.value);
      else if (label.kind === 'otherwise') {
        for (const symbol of catchAllSymbols(alphabet, explicit.get(transition.from.value))) used.add(symbol);
      }
    }
  }
  const owner = quote(automaton.name.value);
  const reported = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const alphabetMember of members.alphabet) {
    for (const symbol of alphabetMember.symbols) {
      if (used.has(symbol.value) || reported.has(symbol.value)) continue;
      reported.add(symbol.value);
      diagnostics.push(
        diagnostic(
          'FSA242',
          symbol.span,
          `symbol ${quote(symbol.value)} of ${owner} is not read by any transition`,
          `add a transition on ${quote(symbol.value)}, or remove it from the alphabet`,
        ),
      );
    }
  }
  return diagnostics;
}
