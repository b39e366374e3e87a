#!/usr/bin/env node
// The `cdam` bin of @cdam/cli: behind `pnpm cdam ...` (the repository root depends on @cdam/cli, so pnpm
// finds this bin and runs it in the folder the command was typed in, and passes its exit code on without
// a banner of its own) and behind the command that `pnpm cdam:install` puts on the PATH. Plain JavaScript
// with no dependencies, so it runs on a fresh clone with only Node.
//
// - Started by a package script instead (npm or pnpm start those in the package's folder), it moves back
//   to the folder the command was typed in (INIT_CWD), so relative paths mean what the user meant.
// - It runs the built command line (dist/main.js); before the first build it runs the sources through tsx
//   instead (slower to start, same behaviour).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const built = fileURLToPath(new URL('../dist/main.js', import.meta.url));

if (process.env.npm_lifecycle_event !== undefined && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: `${root}tsconfig.json` });
  await import(pathToFileURL(`${root}packages/cli/src/main.ts`).href);
}
