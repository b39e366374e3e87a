import type { SequenceSpec } from '@cdam/language';
import { checkReportMatchesParameters } from '../artifact-trust.js';
import { readArtifact, type ArtifactError } from '../artifact-envelope.js';
import {
  array,
  boolean,
  fail,
  field,
  fieldsOf,
  integer,
  integers,
  object,
  string,
  strings,
  type JsonObject,
} from '../artifact-fields.js';
import {
  ENCODINGS,
  readNeuronSplit,
  readRunParameters,
  readSourceHash,
  readSpecNetwork,
} from '../artifact-parameters.js';
import { readCodeBlocks } from '../code-bytes.js';
import type { Encoding } from '../codes.js';
import { formatLimit, maxCodeEntries, maxSequencePatterns } from '../limits.js';
import { SEQUENCE_ARTIFACT_FORMAT, SEQUENCE_ARTIFACT_VERSION } from './sequence-artifact.js';
import type { CompiledSequence, SequenceCodes, SequenceParams, SequenceReport } from './sequence-network.js';
import { sequenceEdges, sequenceLayout, sequenceMean, type SequenceLayout } from './sequence-patterns.js';

export type SequenceLoadResult = { readonly kind: 'ok'; readonly sequence: CompiledSequence } | ArtifactError;

/** The language's dwell range (FSA214). */
const MAX_DWELL = 10000;

/** The report fields of a sequence artifact and the parameters they must equal. */
const SEQUENCE_REPORT_PARAMETERS = [
  ['neurons', 'neurons'],
  ['itemNeurons', 'itemNeurons'],
  ['contextNeurons', 'contextNeurons'],
  ['seed', 'seed'],
  ['encoding', 'encoding'],
  ['beta', 'beta'],
  ['auto', 'auto'],
  ['hetero', 'hetero'],
  ['eta', 'eta'],
  ['quiescenceThreshold', 'quiescenceThreshold'],
] as const;

/**
 * Reads an artifact written by `toSequenceArtifact`. Checks the format and version (an automaton's artifact
 * is named, with the command that reads it), every length and range, that numbers are finite, that the
 * codes match their sha256, that the items, step starts, patterns and memory graph are exactly those laid
 * out from the stored source spec, and that the report states the parameters the sequence runs with.
 * Corrupt or foreign input gives `{ kind: 'error' }` with a message naming the field; this function never
 * throws. O(p · n) (it recomputes xī).
 */
export function loadSequenceArtifact(text: string): SequenceLoadResult {
  const result = readArtifact(text, SEQUENCE_ARTIFACT_FORMAT, SEQUENCE_ARTIFACT_VERSION, readSequence);
  return result.kind === 'ok' ? { kind: 'ok', sequence: result.value } : result;
}

function readSequence(root: JsonObject): CompiledSequence {
  const name = string(field(root, 'name', ''), 'name');
  const params = readParameters(object(field(root, 'parameters', ''), 'parameters'));
  const source = object(field(root, 'source', ''), 'source');
  const hash = readSourceHash(source);
  const spec = readSpec(object(field(source, 'spec', 'source'), 'source.spec'), params.encoding);
  const layout = sequenceLayout(spec);
  readLayout(object(field(root, 'sequence', ''), 'sequence'), spec, layout);
  const codes = readCodes(object(field(root, 'codes', ''), 'codes'), params, layout);
  readPatterns(object(field(root, 'patterns', ''), 'patterns'), layout);
  const edges = sequenceEdges(layout.positions.length, spec.loop);
  const graph = object(field(root, 'memoryGraph', ''), 'memoryGraph');
  const edgeList = array(field(graph, 'edges', 'memoryGraph'), 'memoryGraph.edges', edges.count);
  for (let e = 0; e < edges.count; e++) {
    const path = `memoryGraph.edges[${e}]`;
    const [from, to] = integers(edgeList[e], path, 0, edges.count - 1, 2);
    if (from !== edges.from[e] || to !== edges.to[e]) {
      fail(path, `[${from}, ${to}] does not match the sequence (expected [${edges.from[e]}, ${edges.to[e]}])`);
    }
  }
  const report = readReport(object(field(root, 'report', ''), 'report'));
  checkReportMatchesParameters(report, params, SEQUENCE_REPORT_PARAMETERS);
  return {
    name,
    spec,
    source: hash,
    items: layout.items,
    positions: layout.positions,
    stepStart: layout.stepStart,
    loop: spec.loop,
    params,
    codes,
    edges,
    mean: sequenceMean(codes, layout.positions),
    report,
  };
}

function readParameters(p: JsonObject): SequenceParams {
  const common = readRunParameters(p);
  const [itemNeurons, contextNeurons] = readNeuronSplit(p, common.neurons, 'itemNeurons', 'contextNeurons');
  return { ...common, itemNeurons, contextNeurons };
}

function readSpec(s: JsonObject, encoding: Encoding): SequenceSpec {
  const path = 'source.spec';
  const at = (key: string) => field(s, key, path);
  const items = strings(at('items'), `${path}.items`);
  if (items.length === 0) fail(`${path}.items`, 'is empty');
  const dwell = [...integers(at('dwell'), `${path}.dwell`, 1, MAX_DWELL, items.length)];
  // Checked before laying the patterns out, so a crafted dwell cannot make the reader allocate without bound.
  const patterns = dwell.reduce((sum, d) => sum + d, 0);
  const limit = maxSequencePatterns(encoding);
  if (patterns > limit) {
    fail(
      `${path}.dwell`,
      `the ${items.length} steps need ${patterns} patterns, more than the limit of ${formatLimit(limit)} for ${encoding} codes`,
    );
  }
  return {
    name: string(at('name'), `${path}.name`),
    items,
    loop: boolean(at('loop'), `${path}.loop`),
    dwell,
    network: readSpecNetwork(at('network'), `${path}.network`),
  };
}

/** The stored `sequence` block must be the layout of the source spec. */
function readLayout(s: JsonObject, spec: SequenceSpec, layout: SequenceLayout): void {
  const items = array(field(s, 'items', 'sequence'), 'sequence.items', layout.items.length);
  items.forEach((item, i) => {
    const name = string(item, `sequence.items[${i}]`);
    if (name !== layout.items[i]) {
      fail(
        `sequence.items[${i}]`,
        `${JSON.stringify(name)} is not item ${i} of source.spec (${JSON.stringify(layout.items[i])})`,
      );
    }
  });
  const loop = boolean(field(s, 'loop', 'sequence'), 'sequence.loop');
  if (loop !== spec.loop) fail('sequence.loop', `${loop} differs from source.spec.loop ${spec.loop}`);
  const p = layout.positions.length;
  const stepStart = integers(field(s, 'stepStart', 'sequence'), 'sequence.stepStart', 0, p - 1, spec.items.length);
  stepStart.forEach((start, step) => {
    if (start !== layout.stepStart[step]) {
      fail(
        `sequence.stepStart[${step}]`,
        `${start} does not match the dwell of source.spec (expected ${layout.stepStart[step]})`,
      );
    }
  });
}

function readCodes(c: JsonObject, params: SequenceParams, layout: SequenceLayout): SequenceCodes {
  const itemCount = layout.items.length;
  const contextCount = layout.positions.length;
  const itemLength = params.itemNeurons;
  const contextLength = params.contextNeurons;
  const [item, context] = readCodeBlocks(
    c,
    params.encoding,
    { key: 'item', count: itemCount, length: itemLength },
    { key: 'context', count: contextCount, length: contextLength },
    maxCodeEntries(params.encoding),
  );
  return { encoding: params.encoding, itemCount, itemLength, item, contextCount, contextLength, context };
}

/** The stored pattern meanings must be those of the layout. */
function readPatterns(s: JsonObject, layout: SequenceLayout): void {
  const p = layout.positions.length;
  integer(field(s, 'count', 'patterns'), 'patterns.count', p, p);
  const column = (key: string, min: number, max: number) =>
    integers(field(s, key, 'patterns'), `patterns.${key}`, min, max, p);
  const item = column('item', 0, layout.items.length - 1);
  const step = column('step', 0, layout.stepStart.length - 1);
  const occurrence = column('occurrence', 1, p);
  const tick = column('tick', 0, MAX_DWELL - 1);
  layout.positions.forEach((position, mu) => {
    if (
      item[mu] !== position.item ||
      step[mu] !== position.step ||
      occurrence[mu] !== position.occurrence ||
      tick[mu] !== position.tick
    ) {
      fail(
        `patterns[${mu}]`,
        `(item ${item[mu]}, step ${step[mu]}, occurrence ${occurrence[mu]}, tick ${tick[mu]}) does not match the layout of source.spec`,
      );
    }
  });
}

function readReport(r: JsonObject): SequenceReport {
  const report = fieldsOf(r, 'report');
  const gaps = fieldsOf(report.object('gaps'), 'report.gaps');
  const choice = ['auto', 'given'] as const;
  return {
    name: report.text('name'),
    neurons: report.count('neurons'),
    itemNeurons: report.count('itemNeurons'),
    contextNeurons: report.count('contextNeurons'),
    patterns: report.count('patterns'),
    items: report.count('items'),
    steps: report.count('steps'),
    loop: report.flag('loop'),
    encoding: report.choice('encoding', ENCODINGS),
    seed: report.count('seed'),
    gaps: {
      attend: gaps.numberOrNull('attend'),
      decode: gaps.numberOrNull('decode'),
      idealCorrelation: gaps.number('idealCorrelation'),
    },
    requiredGap: report.number('requiredGap'),
    beta: report.number('beta'),
    betaChosen: report.choice('betaChosen', choice),
    minimumBeta: report.number('minimumBeta'),
    neuronsChosen: report.choice('neuronsChosen', choice),
    candidatesTried: report.count('candidatesTried'),
    auto: report.number('auto'),
    hetero: report.number('hetero'),
    eta: report.number('eta'),
    quiescenceThreshold: report.number('quiescenceThreshold'),
    exact: report.flag('exact'),
    warnings: report.texts('warnings'),
  };
}
