/**
 * The Node-only entry of @cdam/runtime (`@cdam/runtime/parallel`): verification spread over worker threads.
 * Kept apart from the main entry so that browsers and web workers never reach `node:worker_threads`.
 */
export { verifyNetworkParallel } from './verify/parallel.js';
export { PARALLEL_MIN_WORK } from './verify/parallel.js';
export type { ParallelOptions } from './verify/parallel.js';
