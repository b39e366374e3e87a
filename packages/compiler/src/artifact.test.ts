import { randomDfa } from '@cdam/automata';
import { seededRng } from '@cdam/automata/testing';
import { describe, expect, it } from 'vitest';
import { toArtifact } from './artifact.js';
import { loadArtifact } from './artifact-load.js';
import { compileAutomaton } from './compile.js';
import type { CompiledNetwork } from './compiled-network.js';
import { parity, specOfDfa } from './testing/index.js';

function ok(
  spec: Parameters<typeof compileAutomaton>[0],
  options: Parameters<typeof compileAutomaton>[1] = {},
): CompiledNetwork {
  const result = compileAutomaton(spec, options);
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.network;
}

const edit = (text: string, change: (json: Record<string, any>) => void): string => {
  const json = JSON.parse(text);
  change(json);
  return JSON.stringify(json);
};

function errorOf(text: string): string {
  const result = loadArtifact(text);
  if (result.kind !== 'error') throw new Error('expected the artifact to be rejected');
  return result.message;
}

describe('network artifact', () => {
  const network = ok(parity, { seed: 5, sourceText: 'dfa Parity { ... }' });
  const text = toArtifact(network);

  it('round-trips everything a run needs', () => {
    const loaded = loadArtifact(text);
    if (loaded.kind !== 'ok') throw new Error(loaded.message);
    const back = loaded.network;
    expect(back.params).toEqual(network.params);
    expect(back.codes).toEqual(network.codes);
    expect(back.patterns).toEqual(network.patterns);
    expect(back.edges).toEqual(network.edges);
    expect(back.mean).toEqual(network.mean);
    expect(back.dfa).toEqual(network.dfa);
    expect(back.report).toEqual(network.report);
    expect(back.source).toEqual(network.source);
    expect(toArtifact(back)).toBe(text);
  });

  it('is byte-identical for the same source and seed, and differs for another seed', () => {
    expect(toArtifact(ok(parity, { seed: 5, sourceText: 'dfa Parity { ... }' }))).toBe(text);
    expect(toArtifact(ok(parity, { seed: 6, sourceText: 'dfa Parity { ... }' }))).not.toBe(text);
    expect(JSON.parse(text).source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('round-trips uniform codes as doubles', () => {
    const uniform = ok(parity, { encoding: 'uniform' });
    const loaded = loadArtifact(toArtifact(uniform));
    if (loaded.kind !== 'ok') throw new Error(loaded.message);
    expect(loaded.network.codes).toEqual(uniform.codes);
  });

  it.each([
    ['truncated text', text.slice(0, text.length >> 1), /not valid JSON/],
    ['foreign JSON', '{"hello": 1}', /format: is missing/],
    [
      'a wrong format',
      edit(text, (j) => (j.format = 'cdam-automaton')),
      /format: expected 'cdam-network', found "cdam-automaton"/,
    ],
    ['a wrong version', edit(text, (j) => (j.version = 3)), /version: 3 is not supported/],
    [
      'a code with a changed length',
      edit(text, (j) => (j.codes.stateLength += 8)),
      /codes\.stateLength: \d+ is out of range/,
    ],
    [
      'a shortened code',
      edit(text, (j) => (j.codes.state = j.codes.state.slice(0, -4))),
      /codes\.state: holds \d+ bytes, expected \d+/,
    ],
    [
      'changed code bits',
      edit(text, (j) => (j.codes.state = `A${j.codes.state.slice(1)}`)),
      /codes\.sha256: does not match/,
    ],
    ['NaN in the parameters', text.replace(/"beta":[^,]+,/, '"beta":NaN,'), /not valid JSON/],
    [
      'a non-number in the parameters',
      edit(text, (j) => (j.parameters.beta = 'NaN')),
      /parameters\.beta: expected a finite number, found the string "NaN"/,
    ],
    [
      'a transition out of range',
      edit(text, (j) => (j.automaton.delta[0][1] = 9)),
      /automaton\.delta\[0\]\[1\]: 9 is out of range 0\.\.1/,
    ],
    [
      'a mismatched memory graph',
      edit(text, (j) => (j.memoryGraph.edges[1][1] = 3)),
      /memoryGraph\.edges\[1\]: .* does not match the automaton/,
    ],
    [
      'inconsistent neuron counts',
      edit(text, (j) => (j.parameters.stateNeurons += 1)),
      /parameters: stateNeurons \d+ \+ inputNeurons \d+ is not neurons \d+/,
    ],
    ['a missing report', edit(text, (j) => delete j.report), /report: is missing/],
    ['not an object', '[1, 2, 3]', /artifact: expected an object, found an array/],
  ])('rejects %s with a message naming the field', (_, corrupt, message) => {
    expect(errorOf(corrupt)).toMatch(message);
  });

  it('keeps a 1000-state, 4-symbol network at n = 256 well under 4 MB', () => {
    const big = ok(specOfDfa(randomDfa(1000, 4, seededRng(3))), { neurons: 256 });
    const serialised = toArtifact(big);
    expect(Buffer.byteLength(serialised)).toBeLessThan(4 * 1024 * 1024);
    expect(loadArtifact(serialised).kind).toBe('ok');
  });
});
