import type { KernelChoice } from './create-kernel.js';
import type { PatternBlock, SharedPatterns } from './shared-patterns.js';

/**
 * How `ThreadedKernel` talks to its workers. Each worker has a control block of Int32 slots in shared
 * memory; this thread writes a command and bumps `request`, the worker runs it and sets `done` to the
 * request it finished (−1 when it failed for good), each side waking the other with Atomics.notify.
 */
export const Slot = {
  /** Sequence number of the latest command (this thread writes). */
  request: 0,
  command: 1,
  /** First batch column of the worker's share, and how many. */
  column: 2,
  columns: 3,
  /** The request last finished (the worker writes); −1 after a failure. */
  done: 4,
  /** 0 while working, `FAILED` after an error (its message waits on the worker's port). */
  status: 5,
  /** Generation of the input and output buffers: the worker reads new ones from its port when it changes. */
  buffers: 6,
} as const;

export const CONTROL_SLOTS = 7;
export const FAILED = 1;

export const Command = {
  project: 1,
  combine: 2,
  projectBatch: 3,
  combineBatch: 4,
  exit: 5,
} as const;

/** The shared input and output vectors (each max(n, p) · capacity numbers) of one buffer generation. */
export interface SharedVectors {
  readonly generation: number;
  readonly input: SharedArrayBuffer;
  readonly output: SharedArrayBuffer;
}

/** What a kernel worker is started with. */
export interface KernelWorkerInit {
  readonly patterns: SharedPatterns;
  readonly choice: Exclude<KernelChoice, 'factored'>;
  /** The worker's share of the single forms: patterns for `project`, neurons for `combine`. */
  readonly projectBlock: PatternBlock;
  readonly combineBlock: PatternBlock;
  readonly control: SharedArrayBuffer;
  readonly vectors: SharedVectors;
  /** Where the worker posts error messages and this thread posts new buffers (a MessagePort). */
  readonly port: unknown;
}
