import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@cdam\/language\/testing$/, replacement: pkg('language/src/testing/index.ts') },
      { find: /^@cdam\/automata\/testing$/, replacement: pkg('automata/src/testing/index.ts') },
      { find: /^@cdam\/runtime\/parallel$/, replacement: pkg('runtime/src/parallel.ts') },
      { find: /^@cdam\/figures\/testing$/, replacement: pkg('figures/src/testing/index.ts') },
      {
        find: /^@cdam\/(language-service|lsp|language|automata|compiler|runtime|export|figures|cli|tui)$/,
        replacement: pkg('$1/src/index.ts'),
      },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
