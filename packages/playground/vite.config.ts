import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const pkg = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * The playground is static files with relative asset paths (`base: './'`), so it works from any static
 * file server or subfolder. The cdam packages are read from their sources, like the tests do.
 */
export default defineConfig({
  base: './',
  resolve: {
    alias: [
      {
        find: /^@cdam\/(language|language-service|automata|compiler|runtime|figures)$/,
        replacement: pkg('$1/src/index.ts'),
      },
    ],
  },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
  server: { host: '127.0.0.1', strictPort: false },
});
