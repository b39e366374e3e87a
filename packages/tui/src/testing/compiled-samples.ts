import { readFileSync } from 'node:fs';
import { compileAutomaton, type CompiledNetwork } from '@cdam/compiler';
import { checkSource, findAutomaton, toAutomatonSpec } from '@cdam/language';

/** samples/family-tree.fsa compiled: the real network, not a fake. Throws when the sample no longer compiles. */
export function compiledFamilyTree(): CompiledNetwork {
  const source = readFileSync(new URL('../../../../samples/family-tree.fsa', import.meta.url), 'utf8');
  const found = findAutomaton(checkSource(source).file);
  if (!found.ok) throw new Error(found.message);
  const compiled = compileAutomaton(toAutomatonSpec(found.declaration));
  if (compiled.kind === 'error') throw new Error(compiled.error.message);
  return compiled.network;
}
