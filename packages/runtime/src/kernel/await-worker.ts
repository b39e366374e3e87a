import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { FAILED, Slot } from './threaded-protocol.js';

/** How long one wait for a worker lasts before its state is checked again (never a hang on a lost worker). */
const WAIT_SLICE_MS = 1000;

/**
 * Blocks until the worker behind `control` has finished request `request` (its `done` slot), or throws the
 * Error `failure` makes of the message the worker posted on `port` when it failed (`done` = −1 or status
 * `FAILED`; the message is `undefined` if it posted none).
 */
export function awaitWorker(
  control: Int32Array,
  port: MessagePort,
  request: number,
  failure: (message: string | undefined) => Error,
): void {
  for (;;) {
    const done = Atomics.load(control, Slot.done);
    if (done === -1 || Atomics.load(control, Slot.status) === FAILED) {
      throw failure((receiveMessageOnPort(port)?.message as { error?: string } | undefined)?.error);
    }
    if (done === request) return;
    Atomics.wait(control, Slot.done, done, WAIT_SLICE_MS);
  }
}
