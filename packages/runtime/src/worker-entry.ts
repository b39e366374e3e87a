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

/**
 * The script of an `eval` worker that imports a worker module (`workerImport`) and, when the module cannot
 * be loaded, reports it as the module reports its own failures: `{ error }` posted on `workerData.port`,
 * slot `status` of the Int32 control block `workerData.control` set to `failed` and slot `done` to −1
 * (notified), so that a thread waiting on the block wakes up and throws instead of waiting for ever.
 */
export function reportingWorkerCode(
  built: string,
  source: string,
  slots: { readonly status: number; readonly done: number; readonly failed: number },
): string {
  const report =
    `(error) => { const { workerData: d } = require('node:worker_threads');` +
    ` d.port.postMessage({ error: 'could not start: ' + (error && error.message ? error.message : String(error)) });` +
    ` const c = new Int32Array(d.control); Atomics.store(c, ${slots.status}, ${slots.failed});` +
    ` Atomics.store(c, ${slots.done}, -1); Atomics.notify(c, ${slots.done}); }`;
  return `${workerImport(built, source)}.catch(${report});`;
}
