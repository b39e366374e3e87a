import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { awaitWorker } from './await-worker.js';
import { reportingWorkerCode } from '../worker-entry.js';
import { createKernel, kernelChoiceName, type KernelChoice } from './create-kernel.js';
import { checkSizes, type Kernel, type PatternSource } from './kernel.js';
import {
  evenBounds,
  sharePatterns,
  sharedSource,
  wholeBlock,
  type PatternBlock,
  type SharedPatterns,
} from './shared-patterns.js';
import {
  CONTROL_SLOTS,
  Command,
  FAILED,
  Slot,
  type KernelWorkerInit,
  type SharedVectors,
} from './threaded-protocol.js';

/** Options of `ThreadedKernel`. */
export interface ThreadedKernelOptions {
  /** Threads, this one included (default: 2, or 1 on a single core). 1 runs everything on this thread. */
  readonly threads?: number;
  /**
   * Least work of one call, in neuron-pattern entries (n · p · batch), that is split over the threads
   * (default `THREADED_MIN_WORK`): below it, handing off costs more than it saves.
   */
  readonly minWork?: number;
  /** The kernel every thread runs on its share (default `auto`). */
  readonly choice?: Exclude<KernelChoice, 'factored'>;
  /**
   * How batch forms are split: `columns`, each thread running the batch form on its columns over all of Xi;
   * `ranges`, column after column split as the single forms are, so that each thread reads only its share of
   * Xi (at two hand-offs per column); `auto` (default): `columns`, which keeps the kernel's multi-column batch
   * forms (at n = 1024, p = 16 384, batch 256 with the SIMD wasm kernel: 180 ms against 307 ms by ranges).
   */
  readonly batchSplit?: 'auto' | 'columns' | 'ranges';
}

/**
 * The default `minWork`: 2^23 entries. A hand-off to a worker and back costs about 20 µs on an idle core
 * (Atomics.notify and wait), far more when the cores are busy, while the SIMD wasm kernel is fast: one
 * step of batch 1 took 0.25 ms threaded against 0.18 ms alone at n · p = 2^20, 0.56 against 0.51 ms at
 * 2^22, and 1.23 against 1.62 ms at 784 · 20 000 (about 2^24), on the 2-core machine of docs/compiler.md.
 */
export const THREADED_MIN_WORK = 2 ** 23;

/**
 * Real-valued patterns past this many entries (2^25, 256 MiB as Float64) stay on one thread: every thread
 * holds its own kernel beside the shared copy, which would cost several times the matrix.
 */
export const THREADED_MAX_DENSE_ENTRIES = 2 ** 25;

/** A worker of the pool, its control block and its share. */
interface KernelWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly control: Int32Array;
  readonly projectBlock: PatternBlock;
  readonly combineBlock: PatternBlock;
}

/**
 * A kernel that runs each product on several threads (this one and `threads − 1` worker threads), for
 * Node. `project` is split by pattern ranges and `combine` by neuron ranges, so every output is the same
 * sum in the same order as in the single-thread kernel of `createKernel(source, choice, bipolar)`: the
 * results are bit-identical to it. Batch forms are split by columns, each thread running that kernel's batch
 * form on its columns (bit-identical too). Calls below `minWork` run on this thread alone; the workers and
 * the shared copy of Xi are made on the first call that is split. Workers are unref'd (they never keep the
 * process alive) and stop with `close()`. Every thread builds its kernels from the shared patterns on first
 * use. An error in a worker is thrown here as an Error naming the worker; the kernel is then unusable.
 */
export class ThreadedKernel implements Kernel {
  readonly n: number;
  readonly p: number;
  /** Threads a split call uses, this one included. */
  readonly threads: number;
  readonly minWork: number;
  readonly choice: Exclude<KernelChoice, 'factored'>;
  /** How batch forms are split (see `ThreadedKernelOptions.batchSplit`). */
  readonly batchSplit: 'columns' | 'ranges';
  private readonly source: PatternSource;
  private readonly bipolar: boolean;
  private shared: SharedPatterns | undefined;
  private readonly kernels = new Map<string, Kernel>();
  private workers: KernelWorker[] | undefined;
  private vectors: SharedVectors | undefined;
  private input: Float64Array = new Float64Array(0);
  private output: Float64Array = new Float64Array(0);
  private request = 0;
  private failure: Error | undefined;
  private closed = false;

  constructor(source: PatternSource, bipolar: boolean, options: ThreadedKernelOptions = {}) {
    this.source = source;
    this.bipolar = bipolar;
    this.n = source.n;
    this.p = source.p;
    this.choice = options.choice ?? 'auto';
    this.minWork = options.minWork ?? THREADED_MIN_WORK;
    const split = options.batchSplit ?? 'auto';
    this.batchSplit = split === 'auto' ? 'columns' : split;
    const wanted = Math.floor(options.threads ?? Math.min(2, availableParallelism()));
    const fits = bipolar || source.n * source.p <= THREADED_MAX_DENSE_ENTRIES;
    this.threads = fits ? Math.max(1, Math.min(wanted, source.n, source.p)) : 1;
  }

  /** Threads a call with `batch` state vectors runs on (1: this thread only; always 1 once closed). O(1). */
  threadsFor(batch: number): number {
    if (this.threads < 2 || this.closed || this.n * this.p * batch < this.minWork) return 1;
    return batch === 1 ? this.threads : Math.min(this.threads, batch);
  }

  /** The name of the kernel each thread runs (`wasm`, `packed`, `dense`, ...), built on this thread if need be. */
  get innerName(): string {
    return kernelChoiceName(this.whole());
  }

  project(x: Float64Array, out: Float64Array): void {
    checkSizes(this, x.length, this.n, out.length, this.p, 1);
    if (this.route(1) === 1) return this.whole().project(x, out);
    const workers = this.start(1);
    this.input.set(x.subarray(0, this.n));
    this.dispatch(workers, Command.project, () => [0, 0]);
    this.finish(workers, () => this.part('project').project(x, out));
    const from = workers[0].projectBlock.patternFrom;
    out.set(this.output.subarray(from, this.p), from);
  }

  combine(c: Float64Array, out: Float64Array): void {
    checkSizes(this, c.length, this.p, out.length, this.n, 1);
    if (this.route(1) === 1) return this.whole().combine(c, out);
    const workers = this.start(1);
    this.input.set(c.subarray(0, this.p));
    this.dispatch(workers, Command.combine, () => [0, 0]);
    this.finish(workers, () => this.part('combine').combine(c, out));
    const from = workers[0].combineBlock.neuronFrom;
    out.set(this.output.subarray(from, this.n), from);
  }

  projectBatch(x: Float64Array, batch: number, out: Float64Array): void {
    checkSizes(this, x.length, this.n, out.length, this.p, batch);
    if (batch === 1) return this.project(x, out);
    this.batchForm(Command.projectBatch, x, batch, out, this.n, this.p);
  }

  combineBatch(c: Float64Array, batch: number, out: Float64Array): void {
    checkSizes(this, c.length, this.p, out.length, this.n, batch);
    if (batch === 1) return this.combine(c, out);
    this.batchForm(Command.combineBatch, c, batch, out, this.p, this.n);
  }

  /**
   * Stops the workers (they exit at once, idle as they are between calls) and frees the shared memory; the
   * kernel then runs every call on this thread. Safe to call twice.
   */
  async close(): Promise<void> {
    this.closed = true;
    const workers = this.workers ?? [];
    this.workers = undefined;
    for (const w of workers) this.signal(w, Command.exit);
    await Promise.all(workers.map((w) => w.worker.terminate()));
    for (const w of workers) w.port.close();
  }

  /** `threadsFor(batch)`, after throwing the error of a worker that failed before. */
  private route(batch: number): number {
    if (this.failure) throw this.failure;
    return this.threadsFor(batch);
  }

  /** Columns split over the threads: this thread takes the first share, writing straight into `out`. */
  private batchForm(
    command: number,
    input: Float64Array,
    batch: number,
    out: Float64Array,
    inRows: number,
    outRows: number,
  ): void {
    const threads = this.route(batch);
    const whole = this.whole();
    const run = command === Command.projectBatch ? whole.projectBatch.bind(whole) : whole.combineBatch.bind(whole);
    if (threads === 1) return run(input, batch, out);
    if (this.batchSplit === 'ranges' && this.route(1) > 1) {
      const single = command === Command.projectBatch ? this.project.bind(this) : this.combine.bind(this);
      for (let b = 0; b < batch; b++) {
        single(input.subarray(b * inRows, (b + 1) * inRows), out.subarray(b * outRows, (b + 1) * outRows));
      }
      return;
    }
    const bounds = evenBounds(batch, threads);
    const workers = this.start(batch).slice(0, threads - 1);
    const first = bounds[1];
    this.input.set(input.subarray(first * inRows, batch * inRows), first * inRows);
    this.dispatch(workers, command, (k) => [bounds[k + 1], bounds[k + 2] - bounds[k + 1]]);
    this.finish(workers, () => run(input, first, out));
    out.set(this.output.subarray(first * outRows, batch * outRows), first * outRows);
  }

  /** The kernel over all of Xi on this thread (for calls that are not split), built on first use. */
  private whole(): Kernel {
    let kernel = this.kernels.get('whole');
    if (kernel === undefined) {
      kernel = createKernel(
        this.shared ? sharedSource(this.shared, wholeBlock(this.shared)) : this.source,
        this.choice,
        this.bipolar,
      );
      this.kernels.set('whole', kernel);
    }
    return kernel;
  }

  /** This thread's share of the single forms: the first pattern range, or the first neuron range. */
  private part(form: 'project' | 'combine'): Kernel {
    let kernel = this.kernels.get(form);
    if (kernel === undefined) {
      const patterns = evenBounds(this.p, this.threads);
      const neurons = evenBounds(this.n, this.threads);
      const block =
        form === 'project'
          ? { patternFrom: 0, patternTo: patterns[1], neuronFrom: 0, neuronTo: this.n }
          : { patternFrom: 0, patternTo: this.p, neuronFrom: 0, neuronTo: neurons[1] };
      kernel = createKernel(sharedSource(this.shared!, block), this.choice, this.bipolar);
      this.kernels.set(form, kernel);
    }
    return kernel;
  }

  /** The workers, started on first use, with shared vectors for `batch` columns. */
  private start(batch: number): KernelWorker[] {
    const length = Math.max(this.n, this.p) * batch;
    if (this.vectors === undefined || this.input.length < length) {
      const generation = (this.vectors?.generation ?? 0) + 1;
      this.vectors = {
        generation,
        input: new SharedArrayBuffer(length * 8),
        output: new SharedArrayBuffer(length * 8),
      };
      this.input = new Float64Array(this.vectors.input);
      this.output = new Float64Array(this.vectors.output);
      for (const w of this.workers ?? []) {
        w.port.postMessage(this.vectors);
        Atomics.store(w.control, Slot.buffers, generation);
      }
    }
    if (this.workers === undefined) this.workers = this.spawn(this.vectors);
    return this.workers;
  }

  private spawn(vectors: SharedVectors): KernelWorker[] {
    this.shared ??= sharePatterns(this.source, this.bipolar);
    const shared = this.shared;
    const patterns = evenBounds(this.p, this.threads);
    const neurons = evenBounds(this.n, this.threads);
    const code = reportingWorkerCode('kernel-worker.js', 'kernel/threaded-kernel-worker.ts', {
      status: Slot.status,
      done: Slot.done,
      failed: FAILED,
    });
    const workers: KernelWorker[] = [];
    for (let k = 1; k < this.threads; k++) {
      const control = new Int32Array(new SharedArrayBuffer(CONTROL_SLOTS * 4));
      Atomics.store(control, Slot.buffers, vectors.generation);
      const { port1, port2 } = new MessageChannel();
      const init: KernelWorkerInit = {
        patterns: shared,
        choice: this.choice,
        projectBlock: { patternFrom: patterns[k], patternTo: patterns[k + 1], neuronFrom: 0, neuronTo: this.n },
        combineBlock: { patternFrom: 0, patternTo: this.p, neuronFrom: neurons[k], neuronTo: neurons[k + 1] },
        control: control.buffer as SharedArrayBuffer,
        vectors,
        port: port2,
      };
      const worker = new Worker(code, { eval: true, workerData: init, transferList: [port2] });
      worker.unref();
      workers.push({ worker, port: port1, control, projectBlock: init.projectBlock, combineBlock: init.combineBlock });
    }
    return workers;
  }

  private signal(w: KernelWorker, command: number, column = 0, columns = 0): void {
    Atomics.store(w.control, Slot.command, command);
    Atomics.store(w.control, Slot.column, column);
    Atomics.store(w.control, Slot.columns, columns);
    Atomics.store(w.control, Slot.request, this.request);
    Atomics.notify(w.control, Slot.request);
  }

  private dispatch(workers: readonly KernelWorker[], command: number, share: (k: number) => [number, number]): void {
    this.request++;
    workers.forEach((w, k) => {
      const [column, columns] = share(k);
      this.signal(w, command, column, columns);
    });
  }

  /** Runs this thread's share, then waits for every worker; a failure anywhere is thrown after all are done. */
  private finish(workers: readonly KernelWorker[], own: () => void): void {
    let error: unknown;
    try {
      own();
    } catch (thrown) {
      error = thrown;
    }
    workers.forEach((w, k) => this.await(w, k + 1));
    if (error !== undefined) throw error;
  }

  private await(w: KernelWorker, index: number): void {
    awaitWorker(w.control, w.port, this.request, (message) => this.fail(index, message));
  }

  /** The error a failed worker posted, as one Error; the workers are stopped and the kernel unusable. */
  private fail(index: number, message: string | undefined): Error {
    this.failure = new Error(
      `threaded kernel: worker ${index} of ${this.threads - 1} failed: ${message ?? 'it stopped without saying why'}`,
    );
    void this.close();
    return this.failure;
  }
}

/** A factory for `SequenceNetwork` and `randomDynamics`: the threaded kernel over a pattern source. */
export function threadedKernelFactory(
  options: ThreadedKernelOptions = {},
): (source: PatternSource, bipolar: boolean) => ThreadedKernel {
  return (source, bipolar) => new ThreadedKernel(source, bipolar, options);
}
