import { readFileSync } from 'node:fs';
import { compileAutomaton, type CompiledNetwork } from '@cdam/compiler';
import { checkSource } from '@cdam/language';
import { findAutomatonSpec } from '@cdam/compiler';

/** samples/family-tree.fsa compiled: the real network, not a fake. Throws when the sample no longer compiles. */
export function compiledFamilyTree(): CompiledNetwork {
  const source = readFileSync(new URL('../../../../samples/family-tree.fsa', import.meta.url), 'utf8');
  const found = findAutomatonSpec(checkSource(source).file);
  if (!found.ok) throw new Error(found.message);
  const compiled = compileAutomaton(found.declaration);
  if (compiled.kind === 'error') throw new Error(compiled.error.message);
  return compiled.network;
}
