export {};
export type { AutomatonSpec } from './spec.js';
export type { NetworkParameters } from './spec.js';
export { checkFile } from './check/index.js';
export { toAutomatonSpec } from './resolve.js';
export { toSequenceSpec } from './resolve.js';
export { toNetworkParameters } from './resolve.js';
export { parse } from './parse.js';
