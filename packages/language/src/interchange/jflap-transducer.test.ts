import { describe, expect, it } from 'vitest';
import type { AutomatonSpec } from '../spec.js';
import { importAutomatonJson, toAutomatonJson } from './automaton-json.js';
import { toJflap } from './jflap-export.js';
import { importJflap } from './jflap-import.js';

const mealy: AutomatonSpec = {
  name: 'Echo',
  kind: 'mealy',
  alphabet: ['a', 'b'],
  states: ['p', 'q'],
  start: ['p'],
  accept: ['p', 'q'],
  transitions: [
    ['p', 'a', 'q', '1'],
    ['q', 'b', 'p', '0'],
    ['q', 'a', 'q', '1'],
  ],
  outputAlphabet: ['0', '1'],
  network: {},
};

const moore: AutomatonSpec = {
  name: 'Lamp',
  kind: 'moore',
  alphabet: ['t'],
  states: ['off', 'on'],
  start: ['off'],
  accept: ['off', 'on'],
  transitions: [
    ['off', 't', 'on'],
    ['on', 't', 'off'],
  ],
  outputAlphabet: ['dark', 'light'],
  outputs: { off: 'dark', on: 'light' },
  network: {},
};

function stripCdam(xml: string): string {
  return xml.replace(/<!--cdam:[^>]*-->&#13;\n/g, '');
}

describe('transducers in JFLAP and JSON', () => {
  it.each([mealy, moore])('$name: jff with cdam comments and json both round-trip exactly', (spec) => {
    const xml = toJflap(spec);
    expect(xml).toContain(`<type>${spec.kind}</type>`);
    expect(importJflap(xml)).toEqual({ kind: 'ok', spec });
    const json = toAutomatonJson(spec);
    expect(JSON.parse(json).version).toBe(2);
    expect(importAutomatonJson(json)).toEqual({ kind: 'ok', spec });
  });

  it('a jff as JFLAP writes it (no comments) reads as the transducer, outputs in <transout> and <output>', () => {
    const xml = stripCdam(toJflap(mealy));
    expect(xml).toContain('<transout>1</transout>');
    expect(importJflap(xml, { name: 'Echo' })).toEqual({ kind: 'ok', spec: mealy });
    const lamp = stripCdam(toJflap(moore));
    expect(lamp).toContain('<output>light</output>');
    expect(importJflap(lamp, { name: 'Lamp' })).toEqual({ kind: 'ok', spec: moore });
  });

  it('a Moore state without output and a Mealy transition without one are reported', () => {
    const lamp = stripCdam(toJflap(moore)).replace('<output>light</output>', '');
    const result = importJflap(lamp);
    expect(result.kind === 'error' && result.diagnostics.map((d) => d.message)).toEqual([
      "state 'on' of the moore machine has no <output>",
    ]);
    const echo = stripCdam(toJflap(mealy)).replace('<transout>0</transout>', '');
    const broken = importJflap(echo);
    expect(broken.kind === 'error' && broken.diagnostics.map((d) => d.code)).toEqual(['FSA302']);
  });

  it('json checks outputs against outputAlphabet and asks for every moore state', () => {
    const bad = JSON.parse(toAutomatonJson(moore));
    bad.outputs = { off: 'dim' };
    const result = importAutomatonJson(JSON.stringify(bad));
    expect(result.kind === 'error' && result.diagnostics.map((d) => d.message)).toEqual([
      "/outputs/off: output 'dim' is not in outputAlphabet",
      "/outputs: state 'on' has no output",
    ]);
    const noOutput = JSON.parse(toAutomatonJson(mealy));
    noOutput.transitions[1] = ['q', 'b', 'p'];
    const missing = importAutomatonJson(JSON.stringify(noOutput));
    expect(missing.kind === 'error' && missing.diagnostics.map((d) => d.message)).toEqual([
      '/transitions/1: a mealy transition needs its output as a fourth element',
    ]);
  });
});
