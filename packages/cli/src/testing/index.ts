export { memoryIo } from './memory-io.js';
export type { MemoryIo, MemoryIoOptions } from './memory-io.js';
