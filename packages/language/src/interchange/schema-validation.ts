import Ajv2020Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { diagnostic, NO_SPAN, type Diagnostic, type Span } from '../diagnostics.js';
import type { NetworkParameters } from '../spec.js';
import { AUTOMATON_SCHEMA, AUTOMATON_SCHEMA_ID } from './automaton-schema.js';
import { SEQUENCE_SCHEMA, SEQUENCE_SCHEMA_ID } from './sequence-schema.js';

// ajv is CommonJS: under NodeNext the default import is `module.exports`, typed as the module
// namespace; the class is its `default` (bundlers may already hand over the class itself).
type Ajv2020Class = typeof Ajv2020Module.default;
const Ajv2020: Ajv2020Class =
  (Ajv2020Module as unknown as { default?: Ajv2020Class }).default ?? (Ajv2020Module as unknown as Ajv2020Class);

interface Validators {
  readonly automaton: ValidateFunction;
  readonly sequence: ValidateFunction;
  readonly network: ValidateFunction;
}

let validators: Validators | undefined;

/** Compiles both schemas once, on first use (compiling costs a few milliseconds). */
function getValidators(): Validators {
  if (validators === undefined) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    ajv.addSchema(AUTOMATON_SCHEMA).addSchema(SEQUENCE_SCHEMA);
    const get = (ref: string): ValidateFunction => {
      const validate = ajv.getSchema(ref);
      if (validate === undefined) throw new Error(`schema ${ref} is not registered`);
      return validate;
    };
    validators = {
      automaton: get(AUTOMATON_SCHEMA_ID),
      sequence: get(SEQUENCE_SCHEMA_ID),
      network: get(`${AUTOMATON_SCHEMA_ID}#/$defs/network`),
    };
  }
  return validators;
}

/**
 * Validates a parsed document against the published schema of its format and turns each
 * ajv error into an FSA301 diagnostic `"<json pointer>: <message>"` placed on the offending value.
 */
export function validateAgainstSchema(
  format: 'cdam-automaton' | 'cdam-sequence',
  value: unknown,
  spans: ReadonlyMap<string, Span>,
): Diagnostic[] {
  const validate = format === 'cdam-automaton' ? getValidators().automaton : getValidators().sequence;
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) =>
    diagnostic(
      'FSA301',
      spanAt(spans, error.instancePath),
      `${error.instancePath || '/'}: ${describeError(error, value)}`,
    ),
  );
}

/** Whether a `network` field is valid (known parameters, values in their `.fsa` ranges). */
export function isValidNetwork(value: unknown): value is NetworkParameters {
  return getValidators().network(value) === true;
}

/** The span of the value at a JSON pointer, or of its nearest enclosing value. */
export function spanAt(spans: ReadonlyMap<string, Span>, pointer: string): Span {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const span = spans.get(p);
    if (span !== undefined) return span;
    if (p === '') return NO_SPAN;
  }
}

/** ajv's messages, reworded where they would otherwise not say what to write. */
function describeError(error: ErrorObject, document: unknown): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `must be ${String(params.type).split(',').join(' or ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'required':
      return `missing required property '${String(params.missingProperty)}'`;
    case 'uniqueItems': {
      // ajv names the two positions i and j in either order, depending on how it compared the items
      const [first, second] = [Number(params.i), Number(params.j)].sort((x, y) => x - y);
      const items = valueAt(document, error.instancePath);
      const item = Array.isArray(items) ? items[first] : undefined;
      return `${JSON.stringify(item)} is listed twice (items ${first} and ${second}); names must be unique`;
    }
    case 'minLength':
      return 'must not be empty';
    default:
      return error.message ?? `fails '${error.keyword}'`;
  }
}

/** The value at a JSON pointer (undefined when there is none). */
function valueAt(document: unknown, pointer: string): unknown {
  let current = document;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
