import Ajv2020Module from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toArtifact } from '../artifact.js';
import { compileAutomaton } from '../compile.js';
import { parity, sequenceSpec as spec } from '../testing/index.js';
import { compileSequence, type SequenceCompileOptions } from './compile-sequence.js';
import { toSequenceArtifact } from './sequence-artifact.js';
import type { CompiledSequence } from './sequence-network.js';

function compiled(s: Parameters<typeof compileSequence>[0], options: SequenceCompileOptions = {}): CompiledSequence {
  const result = compileSequence(s, options);
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.sequence;
}

const artifacts = [
  toSequenceArtifact(compiled(spec(['A', 'B', 'A', 'C'], { loop: true }), { seed: 5 })),
  toSequenceArtifact(
    compiled(spec(['A', 'B', 'A'], { dwell: [1, 3, 1], network: { encoding: 'uniform' } }), { neurons: 40 }),
  ),
];

describe('grammar/cdam-sequence-network.schema.json', () => {
  const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default;
  const schemaPath = fileURLToPath(new URL('../../../../grammar/cdam-sequence-network.schema.json', import.meta.url));
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

  it.each([
    ['a bipolar loop', artifacts[0]],
    ['uniform codes with dwell', artifacts[1]],
    ['a chain of one item', toSequenceArtifact(compiled(spec(['only'])))],
  ])('accepts the artifact of %s', (_, artifact) => {
    const json = JSON.parse(artifact);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects an automaton artifact and a foreign document', () => {
    const network = compileAutomaton(parity);
    if (network.kind !== 'ok') throw new Error(network.error.message);
    expect(validate(JSON.parse(toArtifact(network.network)))).toBe(false);
    expect(validate({ format: 'cdam-sequence-network', version: 1 })).toBe(false);
  });
});
