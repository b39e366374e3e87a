import { defineConfig } from 'tsup';

export default defineConfig({
  // The verification, kernel and gap-check workers are files of their own, beside the chunk of
  // `verifyNetworkParallel`, `ThreadedKernel` and `threadedSequenceGaps` (entry `parallel`), which start them.
  entry: {
    index: 'src/index.ts',
    parallel: 'src/parallel.ts',
    'verify-worker': 'src/verify/verify-worker.ts',
    'kernel-worker': 'src/kernel/threaded-kernel-worker.ts',
    'gap-worker': 'src/recall/gap-worker.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  tsconfig: 'tsconfig.json',
});
