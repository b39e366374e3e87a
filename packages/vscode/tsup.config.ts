import { defineConfig } from 'tsup';

/**
 * Two CommonJS bundles with every dependency inside, so the .vsix needs no node_modules: the extension
 * (`vscode` is the editor's own module) and the language server of `cdam lsp`.
 */
export default defineConfig([
  {
    entry: { extension: 'src/extension.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    platform: 'node',
    target: 'node20',
    // not `clean`: dist/ also holds the .vsix, which the packing script rewrites
    external: ['vscode'],
    noExternal: [/^(?!vscode$)/],
    tsconfig: 'tsconfig.json',
  },
  {
    entry: { server: '../lsp/src/main.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    platform: 'node',
    target: 'node20',
    noExternal: [/.*/],
    tsconfig: 'tsconfig.json',
  },
]);
