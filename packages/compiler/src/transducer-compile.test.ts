import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSource, toAutomatonSpec, type AutomatonSpec } from '@cdam/language';
import { compileAutomaton } from './compile.js';

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
