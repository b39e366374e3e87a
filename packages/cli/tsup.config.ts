import { defineConfig } from 'tsup';

export default defineConfig({
  // The verification, kernel and gap-check workers of @cdam/runtime are bundled beside main.js, where
  // `verifyNetworkParallel`, `ThreadedKernel` and `threadedSequenceGaps` (bundled into a chunk of the same folder)
  // start them.
  entry: {
    index: 'src/index.ts',
    main: 'src/main.ts',
    'verify-worker': '../runtime/src/verify/verify-worker.ts',
    'kernel-worker': '../runtime/src/kernel/threaded-kernel-worker.ts',
    'gap-worker': '../runtime/src/recall/gap-worker.ts',
  },
  format: ['esm'],
  // Types only for the package's own entries (the workers' sources lie in @cdam/runtime).
  dts: { entry: { index: 'src/index.ts', main: 'src/main.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  tsconfig: 'tsconfig.json',
  // Bundle the workspace packages and their dependencies into the bin: resolving hundreds of small ESM
  // files (chevrotain pulls in lodash-es) dominated the start-up of `cdam check`. The terminal UI and the
  // figures (Vega, Graphviz) stay external; they are loaded with `await import(...)` only by the commands
  // that draw.
  noExternal: [/^(?!@cdam\/tui$|@cdam\/figures$|ink$|ink\/|react$|react\/)/],
  // CommonJS dependencies (ajv) call `require` for their own modules; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __cdamCreateRequire } from 'node:module'; const require = __cdamCreateRequire(import.meta.url);",
  },
});
