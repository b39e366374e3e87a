import { toBase64 } from './bytes.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codesHash, encodeCodes, toArtifact } from './artifact.js';
import { loadArtifact, type LoadResult } from './artifact-load.js';
import { compileAutomaton } from './compile.js';
import type { CompiledNetwork } from './compiled-network.js';
import { arbMutatedArtifact, dfaSpec, editJson, parity } from './testing/index.js';

const runs = { seed: Number(process.env.CDAM_PROP_SEED ?? 424242), numRuns: Number(process.env.CDAM_PROP_RUNS ?? 150) };

function compiled(encoding: 'bipolar' | 'uniform'): CompiledNetwork {
  const spec = dfaSpec(
    'Three',
    ['a', 'b'],
    ['x', 'y', 'z'],
    'x',
    ['z'],
    [
      ['x', 'a', 'y'],
      ['y', 'b', 'z'],
      ['z', 'a', 'x'],
    ],
  );
  const result = compileAutomaton(spec, { encoding, seed: 3 });
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.network;
}

const artifacts = [toArtifact(compiled('bipolar')), toArtifact(compiled('uniform'))];

/** The fields a rejection may name: the artifact's top-level keys (a message names the path from one of them). */
const FIELD =
  /^invalid cdam-network artifact: (artifact|format|version|name|parameters|automaton|codes|patterns|memoryGraph|source|report)\b/;

/** Flip a character, delete a field, replace a value, or truncate the base64 codes of a valid artifact. */
const arbMutated = arbMutatedArtifact(artifacts, ['state', 'input']);

/**
 * Every number a loaded network hands the runtime is finite, and small enough that a run cannot overflow:
 * strengths and beta in the language's ranges, code entries ±1 or in [0, 1).
 */
function allFinite(result: LoadResult): boolean {
  if (result.kind !== 'ok') return true;
  const { params, codes, mean } = result.network;
  const entryOk = (v: number) => (codes.encoding === 'bipolar' ? v === 1 || v === -1 : v >= 0 && v < 1);
  if (![...codes.state, ...codes.input].every(entryOk)) return false;
  if (!(Math.abs(params.auto) <= 100 && Math.abs(params.hetero) <= 100 && params.beta <= 1e6)) return false;
  const numbers = [
    ...Object.values(params).filter((v) => typeof v === 'number'),
    ...codes.state,
    ...codes.input,
    ...mean,
  ];
  return numbers.every((v) => Number.isFinite(v));
}

function load(text: string): LoadResult {
  try {
    return loadArtifact(text);
  } catch (error) {
    throw new Error(`loadArtifact threw: ${(error as Error).message}`);
  }
}

describe('loadArtifact on bad input', () => {
  it('never throws and never yields a non-finite number for arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('')), (text) => {
        const result = load(text);
        expect(allFinite(result)).toBe(true);
        if (result.kind === 'error') {
          expect(result.message).toMatch(/^(not|invalid) a? ?cdam-network artifact: /);
        }
      }),
      runs,
    );
  });

  it('rejects a mutated artifact with a message naming the field, or loads only finite numbers', () => {
    fc.assert(
      fc.property(arbMutated, (text) => {
        const result = load(text);
        expect(allFinite(result)).toBe(true);
        if (result.kind === 'error' && !result.message.includes('not valid JSON')) {
          expect(result.message).toMatch(FIELD);
        }
      }),
      runs,
    );
  });

  it.each([
    ['auto', 1e308, /parameters\.auto: 1e\+308 is out of range -100\.\.100/],
    ['hetero', -1e308, /parameters\.hetero: -1e\+308 is out of range -100\.\.100/],
    ['beta', 1e308, /parameters\.beta: 1e\+308 is not in \(0, 1e6\]/],
    ['quiescenceThreshold', 1e308, /parameters\.quiescenceThreshold: 1e\+308 is out of range -1\.\.1/],
  ])('rejects parameters.%s = %s, outside the language range', (key, value, message) => {
    const text = editJson(artifacts[0], ['parameters', key], (parent, k) => (parent[k] = value));
    const result = loadArtifact(text);
    expect(result.kind === 'error' ? result.message : 'loaded').toMatch(message);
  });

  it('rejects uniform codes outside [0, 1) even with a matching hash', () => {
    const network = compiled('uniform');
    const state = Float64Array.from(network.codes.state);
    state[5] = 1e300;
    const stateBytes = encodeCodes('uniform', state, network.codes.stateCount, network.codes.stateLength);
    const inputBytes = encodeCodes('uniform', network.codes.input, network.codes.inputCount, network.codes.inputLength);
    const text = editJson(artifacts[1], ['codes'], (parent, key) => {
      parent[key].state = toBase64(stateBytes);
      parent[key].sha256 = codesHash(stateBytes, inputBytes);
    });
    const result = loadArtifact(text);
    expect(result.kind === 'error' ? result.message : 'loaded').toMatch(
      /codes\.state: entry 5 is 1e\+300, not a uniform code entry in \[0, 1\)/,
    );
  });

  it('refuses code sizes past the compiler limit before allocating them', () => {
    const json = JSON.parse(toArtifact(compileOk(parity)));
    json.parameters.neurons = 1_000_000;
    json.parameters.stateNeurons = 999_000;
    json.parameters.inputNeurons = 1000;
    json.codes.stateLength = 999_000;
    json.codes.inputLength = 1000;
    json.automaton.states = Array.from({ length: 20 }, (_, i) => `s${i}`);
    json.automaton.delta = json.automaton.states.map(() => [0, 0]);
    json.codes.stateCount = 20;
    const result = loadArtifact(JSON.stringify(json));
    expect(result.kind === 'error' ? result.message : 'loaded').toMatch(
      /^invalid cdam-network artifact: codes: 19983000 code entries are more than the limit of 16777216/,
    );
  });
});

function compileOk(spec: Parameters<typeof compileAutomaton>[0]): CompiledNetwork {
  const result = compileAutomaton(spec);
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.network;
}
