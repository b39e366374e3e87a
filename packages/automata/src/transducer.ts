import type { AutomatonSpec } from './from-spec.js';
import { NO_EDGE, type Dfa } from './fa-types.js';
import { fromSpec, nfaAsDfa } from './from-spec.js';
import { uniqueNames } from './state-names.js';

/**
 * A deterministic transducer as index-based values. `dfa` holds states, alphabet and (partial)
 * transitions, every state accepting. A Mealy machine emits `edgeOutput[q][s]` on reading symbol s in
 * state q; a Moore machine emits `stateOutput[r]` on entering state r (and `stateOutput[start]` before
 * any input). Outputs are indices into `outputs`.
 */
export type Transducer =
  | {
      readonly kind: 'mealy';
      readonly dfa: Dfa;
      readonly outputs: readonly string[];
      /** `edgeOutput[q][s]`: output index of the transition, or `NO_EDGE` where `dfa.delta[q][s]` is. */
      readonly edgeOutput: readonly (readonly number[])[];
    }
  | {
      readonly kind: 'moore';
      readonly dfa: Dfa;
      readonly outputs: readonly string[];
      readonly stateOutput: readonly number[];
    };

/** The run of a transducer on a word. */
export interface TransducerRun {
  /** `states[i]`: the state after `i` symbols; it ends early where the run falls off. */
  readonly states: readonly number[];
  /**
   * One entry per input symbol: the output emitted on reading it (Mealy) or the output of the state it
   * leads to (Moore), by name; `null` from the first symbol the machine cannot read onwards.
   */
  readonly outputs: readonly (string | null)[];
  /** The Moore output of the start state before any input; `null` for a Mealy machine. */
  readonly initialOutput: string | null;
}

/**
 * The transducer of a spec of kind `mealy` or `moore` without errors (one start, at most one transition per
 * state and symbol, every output declared); `undefined` for any other spec. Output names missing from
 * `outputAlphabet` are appended, a Moore state without an output gets the first one. O(|spec|).
 */
export function transducerOf(spec: AutomatonSpec): Transducer | undefined {
  if (spec.kind !== 'mealy' && spec.kind !== 'moore') return undefined;
  const dfa = nfaAsDfa(fromSpec(spec));
  if (dfa === undefined) return undefined;
  const outputs = [...(spec.outputAlphabet ?? [])];
  const index = (name: string): number => {
    let i = outputs.indexOf(name);
    if (i < 0) i = outputs.push(name) - 1;
    return i;
  };
  const stateIndex = new Map(dfa.states.map((name, q) => [name, q]));
  const symbolIndex = new Map(dfa.alphabet.map((name, s) => [name, s]));
  if (spec.kind === 'moore') {
    const written = spec.outputs ?? {};
    const stateOutput = dfa.states.map((name) => (Object.hasOwn(written, name) ? index(written[name]) : 0));
    if (outputs.length === 0) outputs.push('');
    return { kind: 'moore', dfa, outputs, stateOutput };
  }
  const edgeOutput = dfa.delta.map((row) => row.map(() => NO_EDGE));
  for (const [from, symbol, , output] of spec.transitions) {
    const q = stateIndex.get(from);
    const s = symbolIndex.get(symbol);
    if (q === undefined || s === undefined || output === undefined) continue;
    if (edgeOutput[q][s] === NO_EDGE) edgeOutput[q][s] = index(output);
  }
  if (outputs.length === 0) outputs.push('');
  // A transition written without an output (an error in the language) emits the first output.
  const filled = edgeOutput.map((row, q) =>
    row.map((o, s) => (dfa.delta[q][s] === NO_EDGE ? NO_EDGE : Math.max(o, 0))),
  );
  return { kind: 'mealy', dfa, outputs, edgeOutput: filled };
}

/** Runs a transducer on a word of symbol names (`outputsOfWord` for the reference semantics). O(|word|). */
export function runTransducer(t: Transducer, word: readonly string[]): TransducerRun {
  const symbolIndex = new Map(t.dfa.alphabet.map((name, s) => [name, s]));
  const states = [t.dfa.start];
  const outputs: (string | null)[] = [];
  let q = t.dfa.start;
  let fallen = false;
  for (const symbol of word) {
    const s = symbolIndex.get(symbol);
    const next = fallen || s === undefined ? NO_EDGE : t.dfa.delta[q][s];
    if (next === NO_EDGE) {
      fallen = true;
      outputs.push(null);
      continue;
    }
    outputs.push(t.outputs[t.kind === 'mealy' ? t.edgeOutput[q][s as number] : t.stateOutput[next]]);
    q = next;
    states.push(q);
  }
  return { states, outputs, initialOutput: t.kind === 'moore' ? t.outputs[t.stateOutput[t.dfa.start]] : null };
}

/**
 * The automaton's output tape for a word: one output per input symbol (see `TransducerRun.outputs`).
 * This is the symbolic side that a compiled network's outputs are compared with. O(|word|).
 */
export function outputsOfWord(t: Transducer, word: readonly string[]): (string | null)[] {
  return [...runTransducer(t, word).outputs];
}

/**
 * The output tape of a transducer spec (kind `mealy` or `moore`) for a word, as `outputsOfWord`; `undefined`
 * for an acceptor or a spec that is not deterministic. O(|spec| + |word|).
 */
export function automatonOutputs(spec: AutomatonSpec, word: readonly string[]): (string | null)[] | undefined {
  const t = transducerOf(spec);
  return t && outputsOfWord(t, word);
}

/** The result of `transducersEquivalent`. */
export type TransducerEquivalence =
  | { readonly equal: true }
  | {
      readonly equal: false;
      /** A shortest word on which the output tapes differ (by symbol name); `[]` when the Moore start outputs differ. */
      readonly shortestCounterexample: readonly string[];
      /** The two output tapes on that word (`null` where a side cannot read the word). */
      readonly left: readonly (string | null)[];
      readonly right: readonly (string | null)[];
    };

/**
 * Whether two transducers give the same output tape on every word over the union of their alphabets
 * (outputs compared by name; a symbol one side cannot read gives `null` there, as does falling off a
 * partial machine). Two Moore machines must also agree on the start output. Breadth-first search over
 * pairs of states, so the counterexample is a shortest one. O(|Q1| · |Q2| · |alphabet|).
 */
export function transducersEquivalent(left: Transducer, right: Transducer): TransducerEquivalence {
  const alphabet = [...new Set([...left.dfa.alphabet, ...right.dfa.alphabet])];
  const sym = (t: Transducer) => alphabet.map((name) => t.dfa.alphabet.indexOf(name));
  const leftSym = sym(left);
  const rightSym = sym(right);
  const differ = (word: string[]): TransducerEquivalence & { equal: false } => ({
    equal: false,
    shortestCounterexample: word,
    left: runTransducer(left, word).outputs,
    right: runTransducer(right, word).outputs,
  });
  if (left.kind === 'moore' && right.kind === 'moore') {
    if (left.outputs[left.stateOutput[left.dfa.start]] !== right.outputs[right.stateOutput[right.dfa.start]]) {
      return { equal: false, shortestCounterexample: [], left: [], right: [] };
    }
  }
  const step = (t: Transducer, q: number, s: number): { next: number; output: string | null } => {
    const next = q === NO_EDGE || s < 0 ? NO_EDGE : t.dfa.delta[q][s];
    if (next === NO_EDGE) return { next: NO_EDGE, output: null };
    return { next, output: t.outputs[t.kind === 'mealy' ? t.edgeOutput[q][s] : t.stateOutput[next]] };
  };
  const width = right.dfa.states.length + 1;
  const key = (p: number, q: number): number => (p + 1) * width + (q + 1);
  const parent = new Map<number, { from: number; symbol: number }>();
  const startKey = key(left.dfa.start, right.dfa.start);
  parent.set(startKey, { from: -1, symbol: -1 });
  const queue: [number, number][] = [[left.dfa.start, right.dfa.start]];
  const wordTo = (k: number, last: number): string[] => {
    const word = [alphabet[last]];
    for (let at = parent.get(k); at !== undefined && at.from >= 0; at = parent.get(at.from))
      word.push(alphabet[at.symbol]);
    return word.reverse();
  };
  for (let head = 0; head < queue.length; head++) {
    const [p, q] = queue[head];
    if (p === NO_EDGE && q === NO_EDGE) continue;
    const here = key(p, q);
    for (let a = 0; a < alphabet.length; a++) {
      const l = step(left, p, leftSym[a]);
      const r = step(right, q, rightSym[a]);
      if (l.output !== r.output) return differ(wordTo(here, a));
      const next = key(l.next, r.next);
      if (parent.has(next)) continue;
      parent.set(next, { from: here, symbol: a });
      queue.push([l.next, r.next]);
    }
  }
  return { equal: true };
}

/** A transducer as the DFA a network runs, with the output each network state shows (`mooreForm`). */
export interface MooreForm {
  /** Every state accepting; a Moore machine's own states, or a Mealy machine's (state, last output) pairs. */
  readonly dfa: Dfa;
  /** Per state of `dfa`: the output index it shows, or -1 for none (a Mealy start state before any input). */
  readonly stateOutput: readonly number[];
  /** Per state of `dfa`: the transducer state it stands for. */
  readonly stateOf: readonly number[];
}

/**
 * The transducer as a DFA whose states carry their output, so a network can show the output in its state.
 * A Moore machine is that already. A Mealy machine becomes the pairs (q, o) reachable from (start, none),
 * where o is the output of the transition that entered q: reading s in (q, o) goes to
 * (delta(q, s), lambda(q, s)). A pair is named like its state when that state has one pair, else
 * `q/o` (`q` alone for the start pair), primed until unique. O(|Q| · |outputs| · |alphabet|).
 */
export function mooreForm(t: Transducer): MooreForm {
  const { dfa } = t;
  if (t.kind === 'moore') {
    return { dfa, stateOutput: [...t.stateOutput], stateOf: dfa.states.map((_, q) => q) };
  }
  const o = t.outputs.length + 1;
  const id = new Map<number, number>();
  const pairs: [number, number][] = [];
  const visit = (q: number, out: number): number => {
    const k = q * o + (out + 1);
    let i = id.get(k);
    if (i === undefined) {
      i = pairs.push([q, out]) - 1;
      id.set(k, i);
    }
    return i;
  };
  visit(dfa.start, -1);
  const delta: number[][] = [];
  for (let i = 0; i < pairs.length; i++) {
    const [q] = pairs[i];
    delta.push(dfa.delta[q].map((next, s) => (next === NO_EDGE ? NO_EDGE : visit(next, t.edgeOutput[q][s]))));
  }
  const perState = new Map<number, number>();
  for (const [q] of pairs) perState.set(q, (perState.get(q) ?? 0) + 1);
  const names = uniqueNames(
    pairs.map(([q, out]) => (perState.get(q) === 1 || out < 0 ? dfa.states[q] : `${dfa.states[q]}/${t.outputs[out]}`)),
  );
  return {
    dfa: {
      alphabet: [...dfa.alphabet],
      states: names,
      start: 0,
      accepting: new Set(pairs.map((_, i) => i)),
      delta,
    },
    stateOutput: pairs.map(([, out]) => out),
    stateOf: pairs.map(([q]) => q),
  };
}

/**
 * The smallest deterministic transducer with the same output on every word: unreachable states are
 * dropped, then states are merged by partition refinement (Moore's algorithm): two states stay together
 * while they show the same output (Moore) and, on every symbol, both have or both lack a transition, with
 * the same output (Mealy) into the same block. States keep the name of the first state of their block
 * (in reachable order, start first). O(rounds · |Q| · |alphabet|), at most |Q| rounds.
 */
export function minimiseTransducer(t: Transducer): Transducer {
  const { dfa } = t;
  const k = dfa.alphabet.length;
  const order: number[] = [dfa.start];
  const seen = new Set(order);
  for (let i = 0; i < order.length; i++) {
    for (const next of dfa.delta[order[i]]) {
      if (next !== NO_EDGE && !seen.has(next)) {
        seen.add(next);
        order.push(next);
      }
    }
  }
  const edgeOutput = (q: number, s: number) => (t.kind === 'mealy' ? t.edgeOutput[q][s] : -1);
  let block = new Map(order.map((q) => [q, t.kind === 'moore' ? t.stateOutput[q] : 0]));
  for (let count = -1; ;) {
    const signatures = new Map<string, number>();
    const next = new Map<number, number>();
    for (const q of order) {
      const parts: number[] = [block.get(q) as number];
      for (let s = 0; s < k; s++) {
        const to = dfa.delta[q][s];
        parts.push(to === NO_EDGE ? -1 : (block.get(to) as number), edgeOutput(q, s));
      }
      const key = parts.join(',');
      let id = signatures.get(key);
      if (id === undefined) signatures.set(key, (id = signatures.size));
      next.set(q, id);
    }
    block = next;
    if (signatures.size === count) break;
    count = signatures.size;
  }
  const representative: number[] = [];
  for (const q of order)
    if (representative[block.get(q) as number] === undefined) representative[block.get(q) as number] = q;
  const delta = representative.map((q) =>
    dfa.delta[q].map((to) => (to === NO_EDGE ? NO_EDGE : (block.get(to) as number))),
  );
  const minimal: Dfa = {
    alphabet: [...dfa.alphabet],
    states: representative.map((q) => dfa.states[q]),
    start: block.get(dfa.start) as number,
    accepting: new Set(representative.map((_, b) => b)),
    delta,
  };
  return t.kind === 'mealy'
    ? { kind: 'mealy', dfa: minimal, outputs: t.outputs, edgeOutput: representative.map((q) => [...t.edgeOutput[q]]) }
    : { kind: 'moore', dfa: minimal, outputs: t.outputs, stateOutput: representative.map((q) => t.stateOutput[q]) };
}
