import { NETWORK_SCHEMA } from './network-schema.js';

/** The `$id` of the published schema `grammar/cdam-sequence.schema.json`. */
export const SEQUENCE_SCHEMA_ID = 'https://cdam.dev/schema/cdam-sequence.schema.json';

/**
 * JSON Schema (draft 2020-12) of the `cdam-sequence` interchange format, version 1.
 * `grammar/cdam-sequence.schema.json` is this object, pretty-printed (a test keeps them equal).
 * That `dwell` has one count per item is checked by `importSequenceJson`.
 */
export const SEQUENCE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SEQUENCE_SCHEMA_ID,
  title: 'cdam sequence',
  description:
    'A temporal sequence for cdam: items in order (they may repeat), optionally cyclic, with an optional dwell count per item. Also required, and checked on import: dwell has exactly one count per item. Unknown extra fields are ignored.',
  type: 'object',
  required: ['format', 'version', 'name', 'items', 'loop'],
  properties: {
    format: { const: 'cdam-sequence' },
    version: { const: 1 },
    name: { $ref: '#/$defs/name' },
    items: { type: 'array', minItems: 1, items: { $ref: '#/$defs/name' } },
    loop: { type: 'boolean' },
    dwell: {
      description: 'Ticks to hold each item (one per item, as the .fsa dwell range 1..10000); all 1 when absent',
      type: 'array',
      items: { type: 'integer', minimum: 1, maximum: 10000 },
    },
    network: { description: 'Optional; see $defs/network' },
  },
  $defs: {
    name: { type: 'string', minLength: 1 },
    network: NETWORK_SCHEMA,
  },
} as const;
