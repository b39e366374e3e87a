import { toBase64 } from '../bytes.js';
import { codesHash, encodeCodes } from '../code-bytes.js';
import type { CompiledSequence } from './sequence-network.js';

/** The `format` and `version` of the sequence artifact (grammar/cdam-sequence-network.md). */
export const SEQUENCE_ARTIFACT_FORMAT = 'cdam-sequence-network';
export const SEQUENCE_ARTIFACT_VERSION = 1;

/**
 * Serialises a compiled sequence as versioned JSON (grammar/cdam-sequence-network.schema.json): parameters,
 * the distinct items and where each step starts, the meaning of every pattern, the item and context codes
 * (encoded as the automaton artifact's codes, with a sha256), the memory graph's edges, the source spec with
 * its hash, and the compile report. Keys come in a fixed order and nothing depends on time, so the same
 * sequence gives the same bytes. O(p + n · p).
 */
export function toSequenceArtifact(sequence: CompiledSequence): string {
  const { params, codes, positions, edges, spec, source, report } = sequence;
  const itemBytes = encodeCodes(codes.encoding, codes.item, codes.itemCount, codes.itemLength);
  const contextBytes = encodeCodes(codes.encoding, codes.context, codes.contextCount, codes.contextLength);
  const edgeList: [number, number][] = [];
  for (let e = 0; e < edges.count; e++) edgeList.push([edges.from[e], edges.to[e]]);
  const artifact = {
    format: SEQUENCE_ARTIFACT_FORMAT,
    version: SEQUENCE_ARTIFACT_VERSION,
    name: sequence.name,
    parameters: {
      neurons: params.neurons,
      itemNeurons: params.itemNeurons,
      contextNeurons: params.contextNeurons,
      seed: params.seed,
      encoding: params.encoding,
      beta: params.beta,
      auto: params.auto,
      hetero: params.hetero,
      eta: params.eta,
      quiescenceThreshold: params.quiescenceThreshold,
    },
    sequence: { items: sequence.items, loop: sequence.loop, stepStart: [...sequence.stepStart] },
    codes: {
      encoding: codes.encoding,
      itemCount: codes.itemCount,
      itemLength: codes.itemLength,
      contextCount: codes.contextCount,
      contextLength: codes.contextLength,
      item: toBase64(itemBytes),
      context: toBase64(contextBytes),
      sha256: codesHash(itemBytes, contextBytes),
    },
    patterns: {
      count: positions.length,
      item: positions.map((p) => p.item),
      step: positions.map((p) => p.step),
      occurrence: positions.map((p) => p.occurrence),
      tick: positions.map((p) => p.tick),
    },
    memoryGraph: { edges: edgeList },
    source: {
      sha256: source.sha256,
      hashOf: source.hashOf,
      spec: { name: spec.name, items: spec.items, loop: spec.loop, dwell: spec.dwell, network: spec.network },
    },
    report,
  };
  return `${JSON.stringify(artifact)}\n`;
}
