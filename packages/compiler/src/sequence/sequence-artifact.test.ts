import { toBase64 } from '../bytes.js';
import type { SequenceSpec } from '@cdam/language';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toArtifact } from '../artifact.js';
import { loadArtifact } from '../artifact-load.js';
import { codesHash, encodeCodes } from '../code-bytes.js';
import { compileAutomaton } from '../compile.js';
import { arbMutatedArtifact, editJson, parity, sequenceSpec as spec } from '../testing/index.js';
import { compileSequence, type SequenceCompileOptions } from './compile-sequence.js';
import { toSequenceArtifact } from './sequence-artifact.js';
import { loadSequenceArtifact, type SequenceLoadResult } from './sequence-artifact-load.js';
import type { CompiledSequence } from './sequence-network.js';

const runs = { seed: Number(process.env.CDAM_PROP_SEED ?? 424242), numRuns: Number(process.env.CDAM_PROP_RUNS ?? 150) };

const MELODY = 'sequence Melody {\n  items A, B, A, C\n  loop\n}\n';

function compiled(s: SequenceSpec, options: SequenceCompileOptions = {}): CompiledSequence {
  const result = compileSequence(s, options);
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.sequence;
}

function errorOf(text: string): string {
  const result = loadSequenceArtifact(text);
  if (result.kind !== 'error') throw new Error('expected the artifact to be rejected');
  return result.message;
}

const melody = compiled(spec(['A', 'B', 'A', 'C'], { loop: true }), { seed: 5, sourceText: MELODY });
const text = toSequenceArtifact(melody);
const edit = (change: (json: Record<string, any>) => void) => editJson(text, [], (json) => change(json));
const uniform = compiled(spec(['A', 'B', 'A'], { dwell: [1, 3, 1], network: { encoding: 'uniform' } }), {
  neurons: 40,
});
const artifacts = [text, toSequenceArtifact(uniform)];

describe('sequence artifact', () => {
  it('round-trips everything a recall needs, and writes the same bytes again', () => {
    const loaded = loadSequenceArtifact(text);
    if (loaded.kind !== 'ok') throw new Error(loaded.message);
    const back = loaded.sequence;
    for (const key of ['name', 'spec', 'source', 'items', 'positions', 'stepStart', 'loop'] as const) {
      expect(back[key]).toEqual(melody[key]);
    }
    for (const key of ['params', 'codes', 'edges', 'mean', 'report'] as const) expect(back[key]).toEqual(melody[key]);
    expect(toSequenceArtifact(back)).toBe(text);
  });

  it('round-trips uniform codes and dwell bit for bit', () => {
    const loaded = loadSequenceArtifact(artifacts[1]);
    if (loaded.kind !== 'ok') throw new Error(loaded.message);
    expect(Buffer.from(loaded.sequence.codes.context.buffer)).toEqual(Buffer.from(uniform.codes.context.buffer));
    expect(Buffer.from(loaded.sequence.mean.buffer)).toEqual(Buffer.from(uniform.mean.buffer));
    expect(loaded.sequence.positions).toEqual(uniform.positions);
  });

  it('is byte-identical for the same source and seed, and differs for another seed or source text', () => {
    const again = compiled(spec(['A', 'B', 'A', 'C'], { loop: true }), { seed: 5, sourceText: MELODY });
    expect(toSequenceArtifact(again)).toBe(text);
    const seed6 = compiled(spec(['A', 'B', 'A', 'C'], { loop: true }), { seed: 6, sourceText: MELODY });
    expect(toSequenceArtifact(seed6)).not.toBe(text);
    const json = JSON.parse(text);
    expect(json.source).toMatchObject({ hashOf: 'text', spec: { name: 'S', items: ['A', 'B', 'A', 'C'], loop: true } });
    const bare = JSON.parse(toSequenceArtifact(compiled(spec(['A', 'B', 'A', 'C'], { loop: true }), { seed: 5 })));
    expect(bare.source.hashOf).toBe('spec');
    expect(bare.source.sha256).not.toBe(json.source.sha256);
  });

  it('stores items, pattern meanings and the memory graph as described in grammar/cdam-sequence-network.md', () => {
    const json = JSON.parse(text);
    expect(json).toMatchObject({ format: 'cdam-sequence-network', version: 1, name: 'S' });
    expect(json.sequence).toEqual({ items: ['A', 'B', 'C'], loop: true, stepStart: [0, 1, 2, 3] });
    expect(json.patterns).toEqual({
      count: 4,
      item: [0, 1, 0, 2],
      step: [0, 1, 2, 3],
      occurrence: [1, 1, 2, 1],
      tick: [0, 0, 0, 0],
    });
    expect(json.memoryGraph.edges).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
    ]);
    expect(json.parameters).toMatchObject({ eta: 0.2, auto: -4, hetero: 5, seed: 5, encoding: 'bipolar' });
    expect(json.parameters.itemNeurons + json.parameters.contextNeurons).toBe(json.parameters.neurons);
    // Bit-packed like the automaton artifact: ceil(n / 8) bytes per code.
    const bytes = Buffer.from(json.codes.item, 'base64');
    expect(bytes.length).toBe(3 * Math.ceil(json.codes.itemLength / 8));
  });

  it.each([
    [
      'truncated text',
      text.slice(0, text.length >> 1),
      /^not a cdam-sequence-network artifact: the text is not valid JSON/,
    ],
    ['foreign JSON', '{"hello": 1}', /^invalid cdam-sequence-network artifact: format: is missing$/],
    ['not an object', '[1]', /artifact: expected an object, found an array/],
    [
      'another format',
      edit((j) => (j.format = 'cdam-sequence')),
      /format: expected 'cdam-sequence-network', found "cdam-sequence"/,
    ],
    ['a wrong version', edit((j) => (j.version = 2)), /version: 2 is not supported/],
    [
      'eta = 0',
      edit((j) => (j.parameters.eta = 0)),
      /^invalid cdam-sequence-network artifact: parameters\.eta: 0 is not in \(0, 1\]$/,
    ],
    [
      'a string beta',
      edit((j) => (j.parameters.beta = 'NaN')),
      /parameters\.beta: expected a finite number, found the string "NaN"/,
    ],
    [
      'auto out of range',
      edit((j) => (j.parameters.auto = 1e308)),
      /parameters\.auto: 1e\+308 is out of range -100\.\.100/,
    ],
    [
      'an inconsistent split',
      edit((j) => (j.parameters.itemNeurons += 1)),
      /parameters: itemNeurons \d+ \+ contextNeurons \d+ is not neurons \d+/,
    ],
    [
      'changed code bits',
      edit((j) => (j.codes.context = `A${j.codes.context.slice(1)}`)),
      /codes\.sha256: does not match/,
    ],
    [
      'a shortened code',
      edit((j) => (j.codes.item = j.codes.item.slice(0, -4))),
      /codes\.item: holds \d+ bytes, expected \d+/,
    ],
    ['a wrong context count', edit((j) => (j.codes.contextCount = 5)), /codes\.contextCount: 5 is out of range 4\.\.4/],
    [
      'an item that is not the layout',
      edit((j) => (j.sequence.items[1] = 'Z')),
      /sequence\.items\[1\]: "Z" is not item 1/,
    ],
    [
      'a loop that is not the spec',
      edit((j) => (j.sequence.loop = false)),
      /sequence\.loop: false differs from source\.spec\.loop true/,
    ],
    ['a moved step start', edit((j) => (j.sequence.stepStart[2] = 1)), /sequence\.stepStart\[2\]: 1 does not match/],
    [
      'a pattern meaning changed',
      edit((j) => (j.patterns.item[2] = 1)),
      /patterns\[2\]: \(item 1, step 2, occurrence 2, tick 0\) does not match/,
    ],
    [
      'a re-routed edge',
      edit((j) => (j.memoryGraph.edges[3] = [3, 3])),
      /memoryGraph\.edges\[3\]: \[3, 3\] does not match the sequence \(expected \[3, 0\]\)/,
    ],
    [
      'a dwell of 0',
      edit((j) => (j.source.spec.dwell[0] = 0)),
      /source\.spec\.dwell\[0\]: 0 is out of range 1\.\.10000/,
    ],
    [
      'a dwell past the pattern limit',
      edit((j) => {
        j.source.spec.items = Array.from({ length: 27 }, (_, i) => `i${i}`);
        j.source.spec.dwell = j.source.spec.items.map(() => 10000);
      }),
      /source\.spec\.dwell: the 27 steps need 270000 patterns, more than the limit of 262144 \(2\^18\) for bipolar codes/,
    ],
    [
      'a dwell past the pattern limit of uniform codes',
      edit((j) => {
        j.parameters.encoding = 'uniform';
        j.source.spec.dwell = [10000, 10000, 10000, 10000];
      }),
      /source\.spec\.dwell: the 4 steps need 40000 patterns, more than the limit of 32768 \(2\^15\) for uniform codes/,
    ],
    [
      'an unknown network parameter',
      edit((j) => (j.source.spec.network.speed = 1)),
      /source\.spec\.network\.speed: is not a network parameter/,
    ],
    ['a bad source hash', edit((j) => (j.source.sha256 = 'abc')), /source\.sha256: is not a lowercase hex sha256/],
    ['a missing report', edit((j) => delete j.report), /report: is missing/],
    [
      'a report gap of another type',
      edit((j) => (j.report.gaps.attend = 'x')),
      /report\.gaps\.attend: expected a finite number/,
    ],
  ])('rejects %s with a message naming the field', (_, corrupt, message) => {
    expect(errorOf(corrupt)).toMatch(message);
  });

  it('names an automaton artifact and the command that reads it, and the other way round', () => {
    const network = compileAutomaton(parity);
    if (network.kind !== 'ok') throw new Error(network.error.message);
    expect(errorOf(toArtifact(network.network))).toBe(
      "invalid cdam-sequence-network artifact: format: this is a compiled automaton ('cdam-network'), not a compiled sequence; run it with 'cdam run', or step through it with 'cdam step'",
    );
    const asNetwork = loadArtifact(text);
    expect(asNetwork.kind === 'error' ? asNetwork.message : 'loaded').toBe(
      "invalid cdam-network artifact: format: this is a compiled sequence ('cdam-sequence-network'), not a compiled automaton; recall it with 'cdam recall', or step through it with 'cdam step --sequence S'",
    );
  });

  it('names the sequence to step through only when a shell needs no quotes around it', () => {
    for (const [name, shown] of [
      ['Melody_2', 'Melody_2'],
      ['42', '42'],
      ['two words', '<name>'],
      ["it's", '<name>'],
      [7, '<name>'],
    ] as const) {
      const loaded = loadArtifact(edit((j) => (j.name = name)));
      expect(loaded.kind === 'error' ? loaded.message : 'loaded').toMatch(
        new RegExp(`'cdam step --sequence ${shown}'$`),
      );
    }
  });

  it('says which other artifact it is in otherFormat, and only for an artifact of cdam', () => {
    const network = compileAutomaton(parity);
    if (network.kind !== 'ok') throw new Error(network.error.message);
    expect(loadSequenceArtifact(toArtifact(network.network))).toMatchObject({
      kind: 'error',
      otherFormat: 'cdam-network',
    });
    expect(loadArtifact(text)).toMatchObject({ kind: 'error', otherFormat: 'cdam-sequence-network' });
    for (const foreign of [edit((j) => (j.format = 'something-else')), edit((j) => (j.version = 99)), '{']) {
      const loaded = loadSequenceArtifact(foreign);
      expect(loaded.kind).toBe('error');
      expect(loaded).not.toHaveProperty('otherFormat');
    }
  });

  it('rejects uniform codes outside [0, 1) even with a matching hash', () => {
    const context = Float64Array.from(uniform.codes.context);
    context[3] = 1e300;
    const { codes } = uniform;
    const itemBytes = encodeCodes('uniform', codes.item, codes.itemCount, codes.itemLength);
    const contextBytes = encodeCodes('uniform', context, codes.contextCount, codes.contextLength);
    const corrupt = editJson(artifacts[1], ['codes'], (parent, key) => {
      parent[key].context = toBase64(contextBytes);
      parent[key].sha256 = codesHash(itemBytes, contextBytes);
    });
    expect(errorOf(corrupt)).toMatch(/codes\.context: entry 3 is 1e\+300, not a uniform code entry in \[0, 1\)/);
  });
});

/** Every number a loaded sequence hands the runtime is finite, and code entries are ±1 or in [0, 1). */
function allFinite(result: SequenceLoadResult): boolean {
  if (result.kind !== 'ok') return true;
  const { params, codes, mean } = result.sequence;
  const entryOk = (v: number) => (codes.encoding === 'bipolar' ? v === 1 || v === -1 : v >= 0 && v < 1);
  if (![...codes.item, ...codes.context].every(entryOk)) return false;
  if (!(Math.abs(params.auto) <= 100 && Math.abs(params.hetero) <= 100 && params.beta <= 1e6)) return false;
  const numbers = [...Object.values(params).filter((v) => typeof v === 'number'), ...mean];
  return numbers.every((v) => Number.isFinite(v));
}

function load(input: string): SequenceLoadResult {
  try {
    return loadSequenceArtifact(input);
  } catch (error) {
    throw new Error(`loadSequenceArtifact threw: ${(error as Error).message}`);
  }
}

const FIELD =
  /^invalid cdam-sequence-network artifact: (artifact|format|version|name|parameters|sequence|codes|patterns|memoryGraph|source|report)\b/;

describe('loadSequenceArtifact on bad input', () => {
  it('never throws and never yields a non-finite number for arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('')), (input) => {
        const result = load(input);
        expect(allFinite(result)).toBe(true);
        if (result.kind === 'error')
          expect(result.message).toMatch(/^(not|invalid) a? ?cdam-sequence-network artifact: /);
      }),
      runs,
    );
  });

  it('rejects a mutated artifact with a message naming the field, or loads only finite numbers', () => {
    fc.assert(
      fc.property(arbMutatedArtifact(artifacts, ['item', 'context']), (input) => {
        const result = load(input);
        expect(allFinite(result)).toBe(true);
        if (result.kind === 'error' && !result.message.includes('not valid JSON'))
          expect(result.message).toMatch(FIELD);
      }),
      runs,
    );
  });
});
