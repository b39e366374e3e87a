export {};
export { astBuilder } from './ast-builders.js';
export type { AstBuilder, NameInput, LabelInput, ItemInput } from './ast-builders.js';
