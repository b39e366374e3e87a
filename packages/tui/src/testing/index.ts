export { fakePerformer } from './fake-performer.js';
export type { FakePerformerOptions } from './fake-performer.js';
export { manualTimer } from './manual-timer.js';
export type { ManualTimer } from './manual-timer.js';
export { familyTreeDfa } from './automata.js';
export { ringDfa } from './automata.js';
export { fakeModel } from './sessions.js';
export { sessionAfter } from './sessions.js';
export { settleInk } from './sessions.js';
