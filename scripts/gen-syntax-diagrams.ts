/**
 * Writes grammar/syntax-diagrams.html, the railroad diagrams of the `.fsa` grammar.
 * Run after changing parser.ts: `pnpm gen:diagrams`. A test fails while the committed page is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { syntaxDiagramsHtml } from '../packages/language/src/parser.js';

const target = fileURLToPath(new URL('../grammar/syntax-diagrams.html', import.meta.url));
writeFileSync(target, syntaxDiagramsHtml());
console.log(`wrote ${target}`);
