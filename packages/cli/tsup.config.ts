import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', main: 'src/main.ts' },
  format: ['esm'],
  dts: true,
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
