import type { CompiledNetwork } from '@cdam/compiler';
import { Network } from './network.js';

/**
 * The output tape a compiled transducer network produces for a word: one entry per input symbol, read from
 * the network state after that symbol's iterations (`readOutput`); `null` where the network shows no output
 * (it has fallen into the dead state) and from an unknown symbol onwards. An acceptor network gives all
 * `null`. This is the network side that `outputsOfWord` in `@cdam/automata` is compared with. O(|word| · K · n p).
 */
export function networkOutputs(network: CompiledNetwork | Network, word: readonly string[]): (string | null)[] {
  const running = network instanceof Network ? network : new Network(network);
  const trajectory = running.run(word);
  return word.map((_, i) => trajectory.points[i + 1]?.output?.output ?? null);
}
