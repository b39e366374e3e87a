export { dfaSpec } from './specs.js';
export { parity } from './specs.js';
export { specOfDfa } from './specs.js';
export { sequenceSpec } from './specs.js';
export { arbMutatedArtifact } from './artifact-mutations.js';
export { editJson } from './artifact-mutations.js';
export { pathsOf } from './artifact-mutations.js';
export { BAD_VALUES } from './artifact-mutations.js';
export type { JsonPath } from './artifact-mutations.js';
