/**
 * Writes packages/language/src/cst-types.d.ts, the CST node types of the `.fsa` parser, so to-ast.ts
 * is checked against the grammar. Run after changing parser.ts: `pnpm tsx scripts/gen-cst-types.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { cstTypesSource } from '../packages/language/src/parser.js';

const target = fileURLToPath(new URL('../packages/language/src/cst-types.d.ts', import.meta.url));
const options = (await resolveConfig(target)) ?? {};
writeFileSync(target, await format(cstTypesSource(), { ...options, filepath: target }));
console.log(`wrote ${target}`);
