import { workerData, type MessagePort } from 'node:worker_threads';
import { packedGapRows, type PackedGapInput } from '@cdam/compiler';
import { FAILED, Slot } from '../kernel/threaded-protocol.js';

/** What a gap worker is started with (see `threadedSequenceGaps`). */
export interface GapWorkerInit {
  readonly input: PackedGapInput;
  readonly from: number;
  readonly to: number;
  /** 2 · p Float64: the rivals' best scores, then their best correlations, filled with −Infinity. */
  readonly rivals: SharedArrayBuffer;
  readonly control: SharedArrayBuffer;
  /** Where a failure's message is posted (a MessagePort). */
  readonly port: unknown;
}

/**
 * A worker of `threadedSequenceGaps`: visits its rows of pattern pairs into the shared rivals, then sets
 * the control block's `done` slot to 1; on an error posts `{ error }` and marks the block failed.
 */
const init = workerData as GapWorkerInit;
const control = new Int32Array(init.control);
const port = init.port as MessagePort;
try {
  const p = init.input.terms.p;
  const rivals = new Float64Array(init.rivals);
  packedGapRows(init.input, init.from, init.to, {
    bestOther: rivals.subarray(0, p),
    bestOtherCorrelation: rivals.subarray(p, 2 * p),
  });
  Atomics.store(control, Slot.done, 1);
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  Atomics.store(control, Slot.status, FAILED);
  Atomics.store(control, Slot.done, -1);
}
Atomics.notify(control, Slot.done);
port.close();
