export { memoryIo } from './memory-io.js';
export type { MemoryIo, MemoryIoOptions } from './memory-io.js';
export { EPSILON_NFA, SYNTAX_ERROR, TURNSTILE, TWO_AUTOMATA, UNKNOWN_SYMBOL, UNUSED_SYMBOL } from './sources.js';
