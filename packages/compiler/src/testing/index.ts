export { dfaSpec } from './specs.js';
export { parity } from './specs.js';
export { specOfDfa } from './specs.js';
