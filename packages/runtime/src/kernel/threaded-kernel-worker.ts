import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { createKernel } from './create-kernel.js';
import type { Kernel } from './kernel.js';
import { sharedSource, wholeBlock, type PatternBlock } from './shared-patterns.js';
import { Command, FAILED, Slot, type KernelWorkerInit, type SharedVectors } from './threaded-protocol.js';

/**
 * A worker of `ThreadedKernel`: waits on its control block, runs each command on its share with kernels
 * it builds (on first use) over the shared patterns, and reports back through the block. An error is
 * posted on the port as `{ error }` and marks the block failed; the worker then stops.
 */
const init = workerData as KernelWorkerInit;
const port = init.port as MessagePort;
const control = new Int32Array(init.control);
const { n, p } = init.patterns;
let vectors = init.vectors;
let input = new Float64Array(vectors.input);
let output = new Float64Array(vectors.output);
const kernels = new Map<PatternBlock, Kernel>();

function kernelFor(block: PatternBlock): Kernel {
  let kernel = kernels.get(block);
  if (kernel === undefined) {
    kernel = createKernel(sharedSource(init.patterns, block), init.choice, init.patterns.bipolar);
    kernels.set(block, kernel);
  }
  return kernel;
}

const whole = wholeBlock(init.patterns);

/** Takes the buffers of the current generation from the port (posted before the command that needs them). */
function refreshVectors(): void {
  const generation = Atomics.load(control, Slot.buffers);
  while (vectors.generation !== generation) {
    const received = receiveMessageOnPort(port);
    if (received === undefined) throw new Error(`buffers of generation ${generation} never arrived`);
    vectors = received.message as SharedVectors;
  }
  input = new Float64Array(vectors.input);
  output = new Float64Array(vectors.output);
}

function run(command: number): void {
  if (vectors.generation !== Atomics.load(control, Slot.buffers)) refreshVectors();
  const { projectBlock, combineBlock } = init;
  const from = Atomics.load(control, Slot.column);
  const columns = Atomics.load(control, Slot.columns);
  switch (command) {
    case Command.project:
      kernelFor(projectBlock).project(input, output.subarray(projectBlock.patternFrom, projectBlock.patternTo));
      return;
    case Command.combine:
      kernelFor(combineBlock).combine(input, output.subarray(combineBlock.neuronFrom, combineBlock.neuronTo));
      return;
    case Command.projectBatch:
    case Command.combineBatch: {
      const kernel = kernelFor(whole);
      const [inRows, outRows] = command === Command.projectBatch ? [n, p] : [p, n];
      const form = command === Command.projectBatch ? kernel.projectBatch : kernel.combineBatch;
      const x = input.subarray(from * inRows, (from + columns) * inRows);
      form.call(kernel, x, columns, output.subarray(from * outRows, (from + columns) * outRows));
      return;
    }
    default:
      throw new Error(`unknown command ${command}`);
  }
}

function serve(): void {
  // Requests count from 1: one posted before this loop started is seen at once.
  let seen = 0;
  for (;;) {
    Atomics.wait(control, Slot.request, seen);
    const request = Atomics.load(control, Slot.request);
    if (request === seen) continue;
    seen = request;
    const command = Atomics.load(control, Slot.command);
    if (command === Command.exit) return;
    try {
      run(command);
    } catch (error) {
      fail(error);
      return;
    }
    Atomics.store(control, Slot.done, request);
    Atomics.notify(control, Slot.done);
  }
}

function fail(error: unknown): void {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  Atomics.store(control, Slot.status, FAILED);
  Atomics.store(control, Slot.done, -1);
  Atomics.notify(control, Slot.done);
}

serve();
port.close();
