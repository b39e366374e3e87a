import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { awaitWorker } from '../kernel/await-worker.js';
import {
  mergePackedGapRivals,
  packedGapInput,
  packedGapRivals,
  packedGapRowBounds,
  packedGapRows,
  packedGapsFrom,
  sequenceGaps,
  type SequenceCodes,
  type SequenceGaps,
  type SequencePosition,
} from '@cdam/compiler';
import { CONTROL_SLOTS, FAILED, Slot } from '../kernel/threaded-protocol.js';
import { reportingWorkerCode } from '../worker-entry.js';
import type { GapWorkerInit } from './gap-worker.js';

/** Options of `threadedSequenceGaps`. */
export interface ThreadedGapOptions {
  /** Threads, this one included (default: 2, or 1 on a single core). */
  readonly threads?: number;
  /**
   * Least work, in 32-bit words compared (p (p − 1) / 2 · words), for which worker threads are started
   * (default `THREADED_GAP_MIN_WORK`, about a tenth of a second on one core).
   */
  readonly minWork?: number;
}

/** The default `minWork`: 2^25 words, against the 50-100 ms it takes to start a worker. */
export const THREADED_GAP_MIN_WORK = 2 ** 25;

/**
 * The full exact gap check of a sequence (`sequenceGaps` without `columns`), with the pattern pairs of
 * bipolar codes spread over threads: this one takes the first rows, each worker thread the next rows (rows
 * split so that every thread compares as many pairs), each keeping its own best rivals, merged by maximum
 * at the end. The maxima are the same numbers in any order, so the gaps are exactly those of
 * `sequenceGaps`. Uniform codes, small checks and single cores run on this thread. Blocks this thread until
 * done (Atomics.wait); a worker's error is thrown as an Error. For `compileSequence`'s `gapCheck`.
 */
export function threadedSequenceGaps(
  codes: SequenceCodes,
  positions: readonly SequencePosition[],
  options: ThreadedGapOptions = {},
): SequenceGaps {
  if (codes.encoding !== 'bipolar') return sequenceGaps(codes, positions);
  const p = positions.length;
  const input = packedGapInput(codes, positions);
  const threads = Math.max(1, Math.min(Math.floor(options.threads ?? Math.min(2, availableParallelism())), p));
  const work = ((p * (p - 1)) / 2) * input.words;
  const rivals = packedGapRivals(p);
  if (threads < 2 || work < (options.minWork ?? THREADED_GAP_MIN_WORK)) {
    packedGapRows(input, 0, p, rivals);
    return packedGapsFrom(input, rivals);
  }
  const bounds = packedGapRowBounds(p, threads);
  const code = reportingWorkerCode('gap-worker.js', 'recall/gap-worker.ts', {
    status: Slot.status,
    done: Slot.done,
    failed: FAILED,
  });
  const workers: { worker: Worker; port: MessagePort; control: Int32Array; rivals: Float64Array }[] = [];
  try {
    for (let k = 1; k < threads; k++) {
      const control = new Int32Array(new SharedArrayBuffer(CONTROL_SLOTS * 4));
      const shared = new Float64Array(new SharedArrayBuffer(2 * p * 8)).fill(-Infinity);
      const { port1, port2 } = new MessageChannel();
      const init: GapWorkerInit = {
        input,
        from: bounds[k],
        to: bounds[k + 1],
        rivals: shared.buffer as SharedArrayBuffer,
        control: control.buffer as SharedArrayBuffer,
        port: port2,
      };
      const worker = new Worker(code, { eval: true, workerData: init, transferList: [port2] });
      worker.unref();
      workers.push({ worker, port: port1, control, rivals: shared });
    }
    packedGapRows(input, 0, bounds[1], rivals);
    workers.forEach((w, k) => {
      awaitWorker(
        w.control,
        w.port,
        1,
        (message) =>
          new Error(
            `exact gap check: worker ${k + 1} of ${threads - 1} failed: ${message ?? 'it stopped without saying why'}`,
          ),
      );
      mergePackedGapRivals(rivals, {
        bestOther: w.rivals.subarray(0, p),
        bestOtherCorrelation: w.rivals.subarray(p, 2 * p),
      });
    });
  } finally {
    for (const w of workers) {
      void w.worker.terminate();
      w.port.close();
    }
  }
  return packedGapsFrom(input, rivals);
}
