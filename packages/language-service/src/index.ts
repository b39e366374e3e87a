export { createLanguageService } from './service.js';
export type { LanguageService } from './service.js';
export { analyse } from './analysis.js';
export type { Analysis, Entity, EntityKind, Occurrence } from './analysis.js';
export type { DiagnosticData } from './diagnostics.js';
export type { RenameRefusal } from './navigation.js';
export { SEMANTIC_TOKENS_LEGEND } from './semantic-tokens.js';
export { KEYWORD_DOCS, PARAMETER_DOCS } from './keywords.js';
