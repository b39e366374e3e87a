import { compileAutomaton, findAutomatonSpec, type CompiledNetwork, type CompileOptions } from '@cdam/compiler';
import { checkSource } from '@cdam/language';

/** Compiles the only automaton of `.fsa` text; throws on errors (test inputs are known to be valid). */
export function compileText(text: string, options: CompileOptions = {}): CompiledNetwork {
  const { file, diagnostics } = checkSource(text);
  if (diagnostics.some((d) => d.severity === 'error')) throw new Error(diagnostics.map((d) => d.message).join('; '));
  const found = findAutomatonSpec(file);
  if (!found.ok) throw new Error(found.message);
  const result = compileAutomaton(found.declaration, { ...options, sourceText: text });
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.network;
}

export const TURNSTILE = `dfa Turnstile {
  alphabet coin, push
  states locked, unlocked
  start locked
  accept locked
  locked -> unlocked on coin
  locked -> locked on push
  unlocked -> locked on push
  unlocked -> unlocked on coin
}
`;

/** Partial nfa (a dead state after completion): the third symbol from the end is 1. */
export const THIRD_FROM_END = `nfa ThirdFromEnd {
  alphabet 0, 1
  start q0
  accept q3
  q0 -> q0 on 0, 1
  q0 -> q1 on 1
  q1 -> q2 on 0, 1
  q2 -> q3 on 0, 1
}
`;

/** A partial dfa over three symbols: completion adds a dead state. */
export const PARTIAL = `dfa Partial {
  alphabet a, b, c
  start s
  accept t
  s -> t on a
  t -> s on b
  t -> t on c
}
`;

/**
 * The network with the memory-graph edge of conjunction (from, symbol) redirected to state `to`'s
 * pattern: a deliberately broken network whose runs differ from its automaton.
 */
export function redirect(network: CompiledNetwork, from: string, symbol: string, to: string): CompiledNetwork {
  const { dfa, patterns, edges } = network;
  const q = dfa.states.indexOf(from);
  const s = dfa.alphabet.indexOf(symbol);
  const mu = patterns.conjunction[q * patterns.symbolCount + s];
  const target = Int32Array.from(edges.to);
  for (let e = 0; e < edges.count; e++)
    if (edges.from[e] === mu) target[e] = patterns.statePattern[dfa.states.indexOf(to)];
  return { ...network, edges: { ...edges, to: target } };
}
