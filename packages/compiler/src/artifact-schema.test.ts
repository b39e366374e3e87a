import Ajv2020Module from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toArtifact } from './artifact.js';
import { compileAutomaton } from './compile.js';
import { dfaSpec, parity } from './testing/index.js';

const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default;
const schemaPath = fileURLToPath(new URL('../../../grammar/cdam-network.schema.json', import.meta.url));

describe('grammar/cdam-network.schema.json', () => {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

  it.each([
    ['bipolar parity', parity, {}],
    ['uniform parity', parity, { encoding: 'uniform' as const }],
    ['a partial DFA with a dead state', dfaSpec('P', ['a'], ['s', 't'], 's', ['t'], [['s', 'a', 't']]), {}],
  ])('accepts the artifact of %s', (_, spec, options) => {
    const result = compileAutomaton(spec, options);
    if (result.kind !== 'ok') throw new Error(result.error.message);
    const artifact = JSON.parse(toArtifact(result.network));
    expect(validate(artifact), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a foreign document', () => {
    expect(validate({ format: 'cdam-automaton', version: 1 })).toBe(false);
  });
});
