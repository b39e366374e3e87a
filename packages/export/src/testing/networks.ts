import { readdirSync, readFileSync } from 'node:fs';
import { randomDfa, toSpec } from '@cdam/automata';
import {
  compileAutomaton,
  compileSequence,
  createRng,
  type CompiledNetwork,
  type CompiledSequence,
} from '@cdam/compiler';
import { checkSource, toAutomatonSpec, toSequenceSpec, type AutomatonSpec } from '@cdam/language';
import { Network } from '@cdam/runtime';

const samplesDir = new URL('../../../../samples/', import.meta.url);

function compileOrThrow(spec: AutomatonSpec): CompiledNetwork {
  const result = compileAutomaton(spec);
  if (result.kind === 'error') throw new Error(`${spec.name}: ${result.error.message}`);
  return result.network;
}

function sampleDeclarations() {
  return readdirSync(samplesDir)
    .filter((f) => f.endsWith('.fsa'))
    .sort()
    .flatMap((file) => checkSource(readFileSync(new URL(file, samplesDir), 'utf8')).file.declarations);
}

/** Every automaton of samples/, compiled with its own network block. */
export function sampleNetworks(): CompiledNetwork[] {
  return sampleDeclarations().flatMap((d) => (d.kind === 'automaton' ? [compileOrThrow(toAutomatonSpec(d))] : []));
}

/** Every sequence of samples/, compiled with its own network block. */
export function sampleSequences(): CompiledSequence[] {
  return sampleDeclarations().flatMap((d) => {
    if (d.kind !== 'sequence') return [];
    const result = compileSequence(toSequenceSpec(d));
    if (result.kind === 'error') throw new Error(`${d.name}: ${result.error.message}`);
    return [result.sequence];
  });
}

/** A compiled random complete DFA with `states` states over `symbols` symbols, from stream `seed`. */
export function randomNetwork(states: number, symbols: number, seed: number): CompiledNetwork {
  const dfa = randomDfa(states, symbols, createRng(seed, 'export-test-dfa'));
  return compileOrThrow(toSpec(dfa, { name: `Random${states}` }));
}

/** `count` words of `length` symbol indices each, from stream `seed`. */
export function randomWords(symbols: number, count: number, length: number, seed: number): number[][] {
  const rng = createRng(seed, 'export-test-words');
  return Array.from({ length: count }, () => Array.from({ length }, () => Math.floor(rng.next() * symbols)));
}

/** The runtime's run of `word` (symbol indices): the state after every update of every symbol. */
export function runtimeTrace(network: Network, word: readonly number[]): Float64Array[][] {
  network.reset();
  const { alphabet } = network.compiled.dfa;
  return word.map((s) => {
    network.present(alphabet[s]);
    return Array.from({ length: network.compiled.params.iterations }, () => {
      network.iterate();
      return Float64Array.from(network.state);
    });
  });
}
