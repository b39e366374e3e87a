import type { FileAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { ExpressionResolver } from '../expression/resolve-expression.js';
import type { TestAst, WordAst } from '../expression-ast.js';
import { isTransducerKind } from '../spec.js';
import { didYouMean, listNames, quote } from './hints.js';

/**
 * The checks of `test NAME on AUTOMATON { ... }` blocks: an unknown automaton (FSA220), a symbol outside
 * its alphabet in a word (FSA202), an expected-output row on an automaton without outputs (FSA223), and an
 * output of such a row that the transducer does not declare (FSA231).
 * Words are read as `--input` reads them: symbols separated by whitespace, and a run of one-character
 * symbols may be written without spaces. O(size of the tests · alphabet).
 */
export function checkTests(file: FileAst, resolver: ExpressionResolver = new ExpressionResolver(file)): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const test of file.declarations) {
    if (test.kind !== 'test') continue;
    const found = resolver.alphabetOf(test.target);
    if ('problem' in found) {
      diagnostics.push(found.problem);
      continue;
    }
    const outputs = declaredOutputs(resolver, test.target.value);
    for (const row of test.rows) {
      if (row.kind === 'output' && outputs !== undefined) {
        diagnostics.push(...wordSymbols(test, row.word, found.alphabet));
        diagnostics.push(...outputSymbols(test, row.outputs, outputs));
        continue;
      }
      if (row.kind === 'output') {
        diagnostics.push(
          diagnostic(
            'FSA223',
            row.span,
            `${quote(test.target.value)} has no outputs, so a row '"word" -> "outputs"' cannot be checked`,
            'write the row as accept "word" or reject "word"',
          ),
        );
        continue;
      }
      diagnostics.push(...wordSymbols(test, row.word, found.alphabet));
    }
  }
  return diagnostics;
}

const characters = (text: string): string[] => [...text];

/** The outputs a transducer declares (`outputs o1, o2`), or undefined for an automaton without outputs. */
function declaredOutputs(resolver: ExpressionResolver, name: string): readonly string[] | undefined {
  const declaration = resolver.declaration(name);
  if (declaration?.kind !== 'automaton' || !isTransducerKind(declaration.type)) return undefined;
  return declaration.members.flatMap((m) => (m.kind === 'outputs' ? m.outputs.map((o) => o.value) : []));
}

function outputSymbols(test: TestAst, word: WordAst, outputs: readonly string[]): Diagnostic[] {
  const known = new Set(outputs);
  const pieces = word.value.trim() === '' ? [] : word.value.trim().split(/\s+/);
  return pieces
    .filter((piece) => !known.has(piece) && !piece.startsWith('"'))
    .map((piece) =>
      diagnostic(
        'FSA231',
        word.span,
        `${quote(piece)} is not an output of ${quote(test.target.value)}`,
        didYouMean(piece, outputs) ?? `the outputs of ${quote(test.target.value)} are ${listNames(outputs)}`,
      ),
    );
}

function wordSymbols(test: TestAst, word: WordAst, alphabet: readonly string[]): Diagnostic[] {
  const symbols = new Set(alphabet);
  const oneCharacter = alphabet.every((s) => characters(s).length === 1);
  const pieces = word.value.trim() === '' ? [] : word.value.trim().split(/\s+/);
  const diagnostics: Diagnostic[] = [];
  for (const piece of pieces) {
    if (symbols.has(piece) || piece.startsWith('"')) continue; // quoted symbols are read by `cdam test`
    if (oneCharacter && characters(piece).every((c) => symbols.has(c))) continue;
    const hint = didYouMean(piece, alphabet) ?? `the alphabet of ${quote(test.target.value)} is ${listNames(alphabet)}`;
    diagnostics.push(
      diagnostic('FSA202', word.span, `${quote(piece)} is not a symbol of ${quote(test.target.value)}`, hint),
    );
  }
  return diagnostics;
}
