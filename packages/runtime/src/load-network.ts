import { loadArtifact } from '@cdam/compiler';
import { Network, type NetworkOptions } from './network.js';

/**
 * Reads a `cdam-network` artifact (see `loadArtifact`) and builds a runnable `Network`. A corrupt or
 * foreign file gives `{ kind: 'error' }` with a message naming the field; never throws for bad input.
 */
export function loadNetwork(
  text: string,
  options: NetworkOptions = {},
): { readonly kind: 'ok'; readonly network: Network } | { readonly kind: 'error'; readonly message: string } {
  const loaded = loadArtifact(text);
  if (loaded.kind === 'error') return loaded;
  return { kind: 'ok', network: new Network(loaded.network, options) };
}
