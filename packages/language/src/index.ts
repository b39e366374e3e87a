export {};
export type { AutomatonSpec } from './spec.js';
export type { NetworkParameters } from './spec.js';
