import type { Diagnostic } from '../diagnostics.js';
import type { AutomatonSpec, SequenceSpec } from '../spec.js';
import type { RegexAst } from '../expression-ast.js';

/**
 * A failed import: FSA301 (invalid document) or FSA302 (unsupported content) diagnostics, at least one, or
 * from `importInterchange` a single FSA105 for binary data.
 */
export interface ImportError {
  readonly kind: 'error';
  readonly diagnostics: readonly Diagnostic[];
}

/** The result of importing one document; importers never throw, whatever the input. */
export type ImportResult<T> = { readonly kind: 'ok'; readonly spec: T } | ImportError;

/** Which interchange format a document was read as. */
export type InterchangeFormat = 'cdam-automaton' | 'cdam-sequence' | 'jflap' | 'jflap-re';

/** The result of {@link importInterchange}: `format` tells which kind of spec came out. */
export type InterchangeResult =
  | { readonly kind: 'ok'; readonly format: 'cdam-automaton' | 'jflap'; readonly spec: AutomatonSpec }
  | { readonly kind: 'ok'; readonly format: 'cdam-sequence'; readonly spec: SequenceSpec }
  /** A JFLAP regular expression (`<type>re</type>`): a `regex` declaration, built when it is used. */
  | { readonly kind: 'ok'; readonly format: 'jflap-re'; readonly regex: RegexAst }
  | ImportError;

/** At most this many diagnostics per import, so a huge broken file gives a readable report. */
export const MAX_IMPORT_DIAGNOSTICS = 20;

/** A failed import with the first `MAX_IMPORT_DIAGNOSTICS` of `diagnostics` (the caller gives at least one). */
export function importError(diagnostics: readonly Diagnostic[]): ImportError {
  return { kind: 'error', diagnostics: diagnostics.slice(0, MAX_IMPORT_DIAGNOSTICS) };
}
