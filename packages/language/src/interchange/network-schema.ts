/**
 * JSON Schema (draft 2020-12) of the optional `network` field shared by both interchange formats.
 * The ranges are the `.fsa` parameter ranges (FSA209); an invalid `network` is ignored on import
 * like any unknown field, so this schema is kept under `$defs` and validated on its own.
 */
export const NETWORK_SCHEMA = {
  type: 'object',
  description: 'Optional network parameters, as in a .fsa network block; ignored on import unless valid',
  properties: {
    neurons: { type: 'integer', minimum: 2, maximum: 1000000 },
    seed: { type: 'integer', minimum: 0, maximum: 4294967295 },
    beta: { type: 'number', exclusiveMinimum: 0, maximum: 1000000 },
    auto: { type: 'number', minimum: -100, maximum: 100 },
    hetero: { type: 'number', minimum: -100, maximum: 100 },
    eta: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    iterations: { type: 'integer', minimum: 1, maximum: 10000 },
    encoding: { enum: ['bipolar', 'uniform'] },
  },
  additionalProperties: false,
} as const;
