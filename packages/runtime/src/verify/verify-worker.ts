import { parentPort, workerData } from 'node:worker_threads';
import { Network } from '../network.js';
import { BatchStepper } from './batch-stepper.js';
import { StepComparison } from './expected.js';
import { runJob, type Job } from './jobs.js';
import type { WorkerInit } from './parallel.js';

/**
 * A verification worker (see `verifyNetworkParallel`): builds the network of `workerData` once, then runs
 * each job it is sent and posts back `{ outcome }`, or `{ error }` when a job throws.
 */
const init = workerData as WorkerInit;
const network = new Network(init.network);
const stepper = new BatchStepper(network, init.capacity);
const comparison = new StepComparison(init.expected, init.network);

parentPort?.on('message', (job: Job) => {
  try {
    parentPort?.postMessage({ outcome: runJob(stepper, comparison, job) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
