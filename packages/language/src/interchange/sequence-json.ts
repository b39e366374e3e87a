import { diagnostic } from '../diagnostics.js';
import type { SequenceSpec } from '../spec.js';
import { importError, type ImportResult } from './import-result.js';
import { readJsonDocument } from './json-document.js';
import { printJson } from './json-layout.js';
import { networkFromJson, networkToJson } from './network-json.js';
import { spanAt } from './schema-validation.js';

/**
 * Writes a sequence as a `cdam-sequence` version 1 JSON document (two-space indentation);
 * `dwell` only when some count is not 1, `network` only when there are parameters.
 */
export function toSequenceJson(spec: SequenceSpec): string {
  return printJson({
    format: 'cdam-sequence',
    version: 1,
    name: spec.name,
    items: spec.items,
    loop: spec.loop,
    dwell: spec.dwell.some((count) => count !== 1) ? spec.dwell : undefined,
    network: networkToJson(spec.network),
  });
}

/**
 * Reads a `cdam-sequence` JSON document: JSON syntax, the published schema, then one dwell
 * count per item (all 1 when `dwell` is absent). An invalid `network` field is ignored.
 * Never throws; errors are FSA301/FSA302 diagnostics placed in `text`.
 */
export function importSequenceJson(text: string): ImportResult<SequenceSpec> {
  const read = readJsonDocument(text, 'cdam-sequence');
  if (read.kind === 'error') return read;
  const document = read.document as { name: string; items: string[]; loop: boolean; dwell?: number[] };
  const dwell = Object.hasOwn(document, 'dwell') ? document.dwell : undefined;
  if (dwell !== undefined && dwell.length !== document.items.length) {
    return importError([
      diagnostic(
        'FSA301',
        spanAt(read.spans, '/dwell'),
        `/dwell: has ${dwell.length} counts for ${document.items.length} items`,
        'give one dwell count per item, or leave "dwell" out',
      ),
    ]);
  }
  return {
    kind: 'ok',
    spec: {
      name: document.name,
      items: [...document.items],
      loop: document.loop,
      dwell: dwell === undefined ? document.items.map(() => 1) : [...dwell],
      network: networkFromJson(read.document),
    },
  };
}
