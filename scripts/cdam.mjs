#!/usr/bin/env node
// The `cdam` launcher behind `pnpm cdam ...` and the command that `pnpm cdam:install` puts on the PATH.
// Plain JavaScript with no dependencies, so it runs on a fresh clone with only Node.
//
// - Run as the root script `pnpm cdam ...`, pnpm starts it in the repository root; it moves back to the
//   folder the command was typed in (INIT_CWD, set by pnpm and npm), so relative paths mean what the
//   user meant.
// - It runs the built command line (packages/cli/dist/main.js); before the first build it runs the
//   sources through tsx instead (slower to start, same behaviour).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));

if (process.env.npm_lifecycle_event === 'cdam' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: `${root}tsconfig.json` });
  await import(pathToFileURL(`${root}packages/cli/src/main.ts`).href);
}
