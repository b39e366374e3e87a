import { NETWORK_SCHEMA } from './network-schema.js';

/** The `$id` of the published schema `grammar/cdam-automaton.schema.json`. */
export const AUTOMATON_SCHEMA_ID = 'https://cdam.dev/schema/cdam-automaton.schema.json';

/**
 * JSON Schema (draft 2020-12) of the `cdam-automaton` interchange format, version 1.
 * `grammar/cdam-automaton.schema.json` is this object, pretty-printed (a test keeps them equal).
 * Rules a schema cannot state (names refer to listed states and symbols, dfa determinism)
 * are checked by `importAutomatonJson`.
 */
export const AUTOMATON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: AUTOMATON_SCHEMA_ID,
  title: 'cdam automaton',
  description:
    'A finite automaton (dfa or nfa) or transducer (mealy or moore; version 2) for cdam. Also required, and checked on import: start, accept and transition states are listed in states; transition symbols are in the alphabet or "" (epsilon); a dfa or transducer has one start state, no epsilon and at most one target per state and symbol; a mealy transition has a fourth element, its output, and a moore machine an output for every state, both listed in outputAlphabet. Unknown extra fields are ignored.',
  type: 'object',
  required: ['format', 'version', 'name', 'kind', 'alphabet', 'states', 'start', 'accept', 'transitions'],
  properties: {
    format: { const: 'cdam-automaton' },
    version: {
      enum: [1, 2],
      description: '1 for dfa and nfa; 2 (also read: 1) when the document may hold a transducer',
    },
    name: { $ref: '#/$defs/name' },
    kind: { enum: ['dfa', 'nfa', 'mealy', 'moore'] },
    alphabet: { $ref: '#/$defs/names', description: 'Input symbols in order; "" is reserved for epsilon' },
    states: { $ref: '#/$defs/names', description: 'Every state, in order' },
    start: {
      description: 'A dfa has one start state (written as a string); an nfa one or more (written as an array)',
      type: ['string', 'array'],
      minLength: 1,
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', minLength: 1 },
    },
    accept: { $ref: '#/$defs/names' },
    transitions: { type: 'array', items: { $ref: '#/$defs/transition' } },
    outputAlphabet: { $ref: '#/$defs/names', description: 'Transducers: the output symbols in order' },
    outputs: {
      type: 'object',
      description: 'Moore machines: the output of each state, by state name',
      additionalProperties: { type: 'string', minLength: 1 },
    },
    network: { description: 'Optional; see $defs/network' },
  },
  $defs: {
    name: { type: 'string', minLength: 1 },
    // The items' type is written out rather than a $ref to `name`: ajv checks uniqueItems of items it
    // knows to be strings with a hash, in linear time, but of any other items pair by pair, which took
    // minutes for an alphabet or state list of 100 000 names.
    names: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
    transition: {
      description:
        '[from, symbol, to]; the symbol "" is epsilon (nfa only). A mealy adds the output: [from, symbol, to, output]',
      type: 'array',
      minItems: 3,
      maxItems: 4,
      items: { type: 'string' },
    },
    network: NETWORK_SCHEMA,
  },
} as const;
