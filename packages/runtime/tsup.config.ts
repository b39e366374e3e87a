import { defineConfig } from 'tsup';

export default defineConfig({
  // The verification worker is a file of its own, beside the chunk of `verifyNetworkParallel` (entry `parallel`), which starts it.
  entry: { index: 'src/index.ts', parallel: 'src/parallel.ts', 'verify-worker': 'src/verify/verify-worker.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  tsconfig: 'tsconfig.json',
});
