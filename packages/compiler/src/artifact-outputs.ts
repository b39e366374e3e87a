import type { Dfa } from '@cdam/automata';
import type { AutomatonSpec } from '@cdam/language';
import {
  array,
  fail,
  field,
  fieldsOf,
  integer,
  integers,
  object,
  oneOf,
  string,
  strings,
  type JsonObject,
} from './artifact-fields.js';
import type { CodeBook } from './codes.js';
import type { CompileReport } from './compiled-network.js';
import { hadamardOrder } from './codes.js';
import type { NetworkOutputs } from './output-codes.js';

/**
 * Reads the `outputs` section of a version-2 artifact and checks it against the network: the code length
 * is the Hadamard order for the outputs, codes are ±1 and pairwise orthogonal, every state has an output
 * code index and a transducer state (or -1), and every state code ends with its output code. O(states · n_o).
 */
export function readOutputs(o: JsonObject, dfa: Dfa, codes: CodeBook): NetworkOutputs {
  const at = (key: string) => field(o, key, 'outputs');
  const kind = oneOf(at('kind'), 'outputs.kind', ['mealy', 'moore'] as const);
  const names = strings(at('names'), 'outputs.names');
  const count = names.length + 1;
  const length = integer(at('length'), 'outputs.length', hadamardOrder(count), hadamardOrder(count));
  if (length >= codes.stateLength)
    fail('outputs.length', `${length} is not less than the state part (${codes.stateLength})`);
  const rows = array(at('codes'), 'outputs.codes', count);
  const table = new Float64Array(count * length);
  rows.forEach((row, c) => table.set(integers(row, `outputs.codes[${c}]`, -1, 1, length), c * length));
  for (let i = 0; i < table.length; i++) if (table[i] === 0) fail('outputs.codes', 'entries must be 1 or -1');
  for (let u = 0; u < count; u++) {
    for (let v = u + 1; v < count; v++) {
      let dot = 0;
      for (let i = 0; i < length; i++) dot += table[u * length + i] * table[v * length + i];
      if (dot !== 0) fail(`outputs.codes[${v}]`, `is not orthogonal to outputs.codes[${u}]`);
    }
  }
  const states = strings(at('states'), 'outputs.states');
  const stateOutput = integers(at('stateOutput'), 'outputs.stateOutput', 0, names.length, dfa.states.length);
  const stateOf = integers(at('stateOf'), 'outputs.stateOf', -1, states.length - 1, dfa.states.length);
  const offset = codes.stateLength - length;
  for (let q = 0; q < dfa.states.length; q++) {
    for (let i = 0; i < length; i++) {
      if (codes.state[q * codes.stateLength + offset + i] !== table[stateOutput[q] * length + i]) {
        fail(
          `outputs.stateOutput[${q}]`,
          `the state code of ${JSON.stringify(dfa.states[q])} does not end with output code ${stateOutput[q]}`,
        );
      }
    }
  }
  return { kind, names, length, codes: table, stateOutput, stateOf, states };
}

/** The transducer fields of a stored spec (`outputAlphabet`, Moore `outputs`), when its kind has them. */
export function readTransducerSpec(
  s: JsonObject,
  kind: AutomatonSpec['kind'],
  path: string,
): Pick<AutomatonSpec, 'outputAlphabet' | 'outputs'> {
  if (kind !== 'mealy' && kind !== 'moore') return {};
  const outputAlphabet = strings(field(s, 'outputAlphabet', path), `${path}.outputAlphabet`);
  if (kind === 'mealy') return { outputAlphabet };
  const stored = object(field(s, 'outputs', path), `${path}.outputs`);
  const outputs = new Map<string, string>();
  for (const [state, value] of Object.entries(stored)) outputs.set(state, string(value, `${path}.outputs.${state}`));
  return { outputAlphabet, outputs: Object.fromEntries(outputs) };
}

/** The report's `outputs` entry when present. */
export function readOutputReport(r: JsonObject): Pick<CompileReport, 'outputs'> {
  if (!Object.hasOwn(r, 'outputs')) return {};
  const o = fieldsOf(fieldsOf(r, 'report').object('outputs'), 'report.outputs');
  return {
    outputs: {
      kind: o.choice('kind', ['mealy', 'moore'] as const),
      count: o.count('count'),
      neurons: o.count('neurons'),
      gap: o.number('gap'),
    },
  };
}
