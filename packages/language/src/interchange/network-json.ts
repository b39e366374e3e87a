import { PARAMETER_NAMES } from '../ast.js';
import type { NetworkParameters } from '../spec.js';
import { isValidNetwork } from './schema-validation.js';

/** The parameters to write as a `network` field, in `.fsa` order, or undefined when there are none. */
export function networkToJson(network: NetworkParameters): Record<string, number | string> | undefined {
  const out: Record<string, number | string> = {};
  for (const name of PARAMETER_NAMES) {
    const value = network[name];
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) out[name] = value;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/**
 * Reads an optional `network` field back: its parameters when it is valid (see `$defs/network`
 * in the schemas), otherwise none, since an invalid extra field is ignored like an unknown one.
 */
export function networkFromJson(document: Readonly<Record<string, unknown>>): NetworkParameters {
  const network = Object.hasOwn(document, 'network') ? document.network : undefined;
  if (!isValidNetwork(network)) return {};
  const out: Record<string, unknown> = {};
  for (const name of PARAMETER_NAMES) if (network[name] !== undefined) out[name] = network[name];
  return out as NetworkParameters;
}
