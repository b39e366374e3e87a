import { fileURLToPath } from 'node:url';

/**
 * Where one of the runtime's worker modules is. Built (the runtime's or the command line's bundle), it is
 * `built` (e.g. `verify-worker.js`) beside this module's file, which both packages' tsup configurations
 * emit. From the TypeScript sources (vitest, tsx), it is `source` (relative to `src/`), loaded through tsx
 * with the repository's tsconfig (for the `@cdam/*` paths).
 */
export function workerEntry(built: string, source: string): { eval: false; url: URL } | { eval: true; code: string } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { eval: false, url: new URL(`./${built}`, here) };
  return { eval: true, code: workerImport(built, source) };
}

/** JavaScript for an `eval` worker: a promise that imports the worker module of `workerEntry`. */
export function workerImport(built: string, source: string): string {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return `import(${JSON.stringify(new URL(`./${built}`, here).href)})`;
  const tsx = import.meta.resolve('tsx/esm/api');
  const tsconfig = fileURLToPath(new URL('../../../tsconfig.json', here));
  const worker = new URL(`./${source}`, here).href;
  return (
    `import(${JSON.stringify(tsx)}).then(({ register }) => {` +
    ` register({ tsconfig: ${JSON.stringify(tsconfig)} }); return import(${JSON.stringify(worker)}); })`
  );
}
