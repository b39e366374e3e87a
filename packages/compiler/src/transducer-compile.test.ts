import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSource, toAutomatonSpec, type AutomatonSpec } from '@cdam/language';
import Ajv2020Module from 'ajv/dist/2020.js';
import { toArtifact } from './artifact.js';
import { loadArtifact } from './artifact-load.js';
import { compileAutomaton } from './compile.js';

const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default;
const schema = JSON.parse(readFileSync(new URL('../../../grammar/cdam-network.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);

function sample(file: string): AutomatonSpec {
  const text = readFileSync(new URL(`../../../samples/${file}`, import.meta.url), 'utf8');
  const declaration = checkSource(text).file.declarations[0];
  if (declaration.kind !== 'automaton') throw new Error('not an automaton');
  return toAutomatonSpec(declaration);
}

describe('compiling transducers', () => {
  it('a moore network ends every state code with its output code and checks the read-out gap', () => {
    const result = compileAutomaton(sample('traffic-light-outputs.fsa'));
    if (result.kind === 'error') throw new Error(result.error.message);
    const { network } = result;
    const outputs = network.outputs!;
    expect(outputs.names).toEqual(['stop', 'get_ready', 'go', 'slow_down']);
    expect(outputs.length).toBe(8);
    expect([...outputs.stateOutput]).toEqual([0, 1, 2, 3]);
    const { stateLength, state } = network.codes;
    for (let q = 0; q < 4; q++) {
      const tail = state.subarray((q + 1) * stateLength - 8, (q + 1) * stateLength);
      expect([...tail]).toEqual([
        ...outputs.codes.subarray(outputs.stateOutput[q] * 8, (outputs.stateOutput[q] + 1) * 8),
      ]);
    }
    expect(network.report.outputs).toEqual({ kind: 'moore', count: 4, neurons: 8, gap: 8 });
    expect(network.report.exact).toBe(true);
  });

  it('a mealy network runs the pairs of state and last output, with a dead state showing no output', () => {
    const spec = sample('vending-machine.fsa');
    const result = compileAutomaton({
      ...spec,
      transitions: spec.transitions.filter((t) => t[1] !== 'refund' || t[0] !== 'empty'),
    });
    if (result.kind === 'error') throw new Error(result.error.message);
    const { network } = result;
    const outputs = network.outputs!;
    expect(network.deadState).not.toBeNull();
    const dead = network.deadState!;
    expect(outputs.stateOutput[dead]).toBe(outputs.names.length);
    expect(outputs.stateOf[dead]).toBe(-1);
    expect(outputs.stateOutput[network.dfa.start]).toBe(outputs.names.length);
    expect(network.dfa.states.length).toBeGreaterThan(spec.states.length);
    expect(network.report.exact).toBe(true);
  });
});

describe('transducer artifacts', () => {
  const compiled = (file: string) => {
    const result = compileAutomaton(sample(file));
    if (result.kind === 'error') throw new Error(result.error.message);
    return result.network;
  };

  it.each(['vending-machine.fsa', 'traffic-light-outputs.fsa'])(
    '%s: version 2, schema-valid, loads back equal',
    (file) => {
      const network = compiled(file);
      const text = toArtifact(network);
      const json = JSON.parse(text);
      expect(json.version).toBe(2);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      const loaded = loadArtifact(text);
      if (loaded.kind === 'error') throw new Error(loaded.message);
      expect(loaded.network.outputs).toEqual(network.outputs);
      expect(loaded.network.source.spec).toEqual(network.source.spec);
      expect(loaded.network.report).toEqual(network.report);
      expect(toArtifact(loaded.network)).toBe(text);
    },
  );

  it('an acceptor still writes version 1, and an output code that does not match the state codes is refused', () => {
    const parityText = toArtifact(compiled('traffic-light.fsa'));
    expect(JSON.parse(parityText).version).toBe(1);
    const json = JSON.parse(toArtifact(compiled('traffic-light-outputs.fsa')));
    json.outputs.stateOutput[0] = 1;
    const loaded = loadArtifact(JSON.stringify(json));
    expect(loaded.kind === 'error' && loaded.message).toBe(
      `invalid cdam-network artifact: outputs.stateOutput[0]: the state code of "red" does not end with output code 1`,
    );
    delete json.outputs;
    const missing = loadArtifact(JSON.stringify(json));
    expect(missing.kind === 'error' && missing.message).toMatch(/^invalid cdam-network artifact: outputs/);
  });
});
