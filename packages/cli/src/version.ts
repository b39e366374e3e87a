import { createRequire } from 'node:module';

/**
 * The version in packages/cli/package.json. Both `src/` (tests, tsx) and `dist/` (the built bin)
 * sit one level below it, so the same relative path works from either.
 */
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
