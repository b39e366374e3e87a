/**
 * The Node-only entry of @cdam/runtime (`@cdam/runtime/parallel`): verification spread over worker threads,
 * a kernel whose products run on several threads, and the exact gap check of a sequence on several threads.
 * Kept apart from the main entry so that browsers and web workers never reach `node:worker_threads`.
 */
export { verifyNetworkParallel } from './verify/parallel.js';
export { PARALLEL_MIN_WORK } from './verify/parallel.js';
export type { ParallelOptions } from './verify/parallel.js';
export {
  ThreadedKernel,
  THREADED_MIN_WORK,
  THREADED_MAX_DENSE_ENTRIES,
  threadedKernelFactory,
} from './kernel/threaded-kernel.js';
export type { ThreadedKernelOptions } from './kernel/threaded-kernel.js';
export { threadedSequenceGaps, THREADED_GAP_MIN_WORK } from './recall/threaded-gaps.js';
export type { ThreadedGapOptions } from './recall/threaded-gaps.js';
