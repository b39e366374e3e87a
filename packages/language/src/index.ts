export {};
export type { AutomatonSpec } from './spec.js';
export type { NetworkParameters } from './spec.js';
export type { AutomatonKind, SpecTransition } from './spec.js';
export { isTransducerKind } from './spec.js';
export { checkFile } from './check/index.js';
export { toAutomatonSpec } from './resolve.js';
export { toSequenceSpec } from './resolve.js';
export { toNetworkParameters } from './resolve.js';
export { parse } from './parse.js';
export { formatDiagnostics } from './render-diagnostics.js';
export { toJsonDiagnostics } from './render-diagnostics.js';
export type { FormatOptions, JsonDiagnostic } from './render-diagnostics.js';
export { checkSource } from './check-source.js';
export { recheckSource } from './recheck.js';
export type { CheckedText } from './recheck.js';
export { findAutomaton } from './check-source.js';
export { findSequence } from './check-source.js';
export { findDeclaration } from './check-source.js';
export { findChosenDeclaration } from './check-source.js';
export type { CheckedSource, Found } from './check-source.js';
export { formatFile } from './format.js';
export { formatSource } from './format.js';
export type { FormatSourceResult } from './format.js';
export { formatName } from './source-name.js';
export { canonicalNameForm } from './source-name.js';
export type { SequenceSpec } from './spec.js';
export { toAutomatonJson } from './interchange/automaton-json.js';
export { importAutomatonJson } from './interchange/automaton-json.js';
export { toSequenceJson } from './interchange/sequence-json.js';
export { importSequenceJson } from './interchange/sequence-json.js';
export { toJflap } from './interchange/jflap-export.js';
export { importJflap } from './interchange/jflap-import.js';
export type { JflapImportOptions } from './interchange/jflap-import.js';
export { importInterchange } from './interchange/import-interchange.js';
export type { ImportResult, ImportError, InterchangeResult, InterchangeFormat } from './interchange/import-result.js';
export { fromAutomatonSpec } from './interchange/from-spec.js';
export { fromSequenceSpec } from './interchange/from-spec.js';
export { AUTOMATON_SCHEMA } from './interchange/automaton-schema.js';
export { SEQUENCE_SCHEMA } from './interchange/sequence-schema.js';
export { DIAGNOSTICS } from './diagnostics.js';
export { diagnostic } from './diagnostics.js';
export { hasErrors } from './diagnostics.js';
export { NO_SPAN } from './diagnostics.js';
export type { Diagnostic, DiagnosticCode, Severity, Span, Position } from './diagnostics.js';
export type {
  AutomatonLikeAst,
  FileAst,
  DeclarationAst,
  NameAst,
  AutomatonAst,
  AutomatonMemberAst,
  AlphabetAst,
  StatesAst,
  StartAst,
  AcceptAst,
  TransitionAst,
  LabelAst,
  NetworkAst,
  ParameterAst,
  ParameterValueAst,
  SequenceAst,
  SequenceMemberAst,
  ItemsAst,
  ItemAst,
  LoopAst,
  CommentAst,
  ParseResult,
} from './ast.js';
export { PARAMETER_NAMES } from './ast.js';
export { KEYWORDS } from './tokens.js';
export { suggest } from './suggest.js';
export { lexTokens } from './lex-tokens.js';
export type { LexedToken } from './lex-tokens.js';
export { parseWord } from './parse-word.js';
export { quoteIfNeeded } from './parse-word.js';
export { listAlphabet } from './parse-word.js';
export type { ParsedWord } from './parse-word.js';
export type {
  ExpressionAst,
  RegexAst,
  DerivedAst,
  TestAst,
  TestRowAst,
  WordAst,
  OperationName,
} from './expression-ast.js';
export { isAutomatonLike, declarationKeyword } from './declaration-kind.js';
export { ExpressionResolver } from './expression/resolve-expression.js';
export type { ExpressionResolution } from './expression/resolve-expression.js';
export type { ExpressionSpec, ResolvedExpression } from './expression/resolved.js';
export { MAX_REPEAT_BOUND } from './expression/resolved.js';
export { readJsonExamples, examplesTest } from './interchange/json-examples.js';
export type { JsonExamples } from './interchange/json-examples.js';
