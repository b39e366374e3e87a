import { complement } from './complement.js';
import { determinise } from './determinise.js';
import { EPSILON, NO_EDGE, type Dfa, type Nfa, type NfaEdge } from './fa-types.js';
import type { ExpressionSpec, ResolvedExpression } from './from-spec.js';
import { minimise } from './minimise.js';
import { difference, intersection } from './product.js';
import { reverse } from './reverse.js';
import { isDfa } from './simulate.js';

/** The most NFA states the construction of one expression may create. */
export const MAX_CONSTRUCTION_STATES = 200_000;
/** The most DFA states a subset construction inside one expression may create. */
export const MAX_EXPRESSION_DFA_STATES = 100_000;

/** An automaton an expression names (`@NAME`, or a bare name in `dfa NAME = EXPR`), or why it has none. */
export type OperandLookup = (name: string) => Dfa | Nfa | { readonly error: string };

export type ExpressionBuild =
  { readonly kind: 'ok'; readonly automaton: Dfa | Nfa } | { readonly kind: 'error'; readonly message: string };

/** Thrown inside the construction only; `buildExpression` turns it into an error result. */
class BuildStop extends Error {}

interface Fragment {
  readonly start: number;
  readonly end: number;
}

/**
 * Builds the automaton of an expression over `spec.alphabet`.
 *
 * The construction is Thompson's: every regular operator (symbol, `.`, `""`, concatenation, `|`, `*`, `+`,
 * `?`) adds a fragment with one entry and one exit state joined by epsilon edges, so the NFA has O(size
 * of the expression) states. The boolean operators `&`, `-` and `!`, references to other automata and the
 * operations `minimise`, `determinise`, `reverse` need whole automata: their operands are determinised
 * (subset construction) and minimised (Hopcroft), combined with the product construction or complemented
 * over the alphabet, and the result is embedded back as a fragment. A counted repetition `{m,n}` minimises
 * its operand x, then builds x{m,n} = x^m (x (x ...)?)? from the inside out, determinising and minimising
 * after each step, so every intermediate automaton is minimal and nested counters stay as small as their
 * languages allow.
 *
 * Limits (clear errors, never a silent blow-up): at most `MAX_CONSTRUCTION_STATES` NFA states, a counted
 * repetition whose operand's minimal DFA times its bound exceeds that too, and at most
 * `MAX_EXPRESSION_DFA_STATES` states in any subset construction.
 *
 * `regex` and `dfa` results are determinised and minimised, with states renamed `q0, q1, ...` in
 * breadth-first order; an `nfa` result is the Thompson NFA itself, states `q0, q1, ...`.
 * Runs in O(NFA states · k) plus the subset constructions, each bounded by the limits above.
 */
export function buildExpression(spec: ExpressionSpec, lookup: OperandLookup): ExpressionBuild {
  const builder = new Builder(spec, lookup);
  try {
    const automaton = builder.machine(spec.expression);
    if (spec.kind === 'nfa') return { kind: 'ok', automaton: renameStates(automaton) };
    return { kind: 'ok', automaton: renameStates(builder.minimal(automaton)) };
  } catch (error) {
    if (error instanceof BuildStop) return { kind: 'error', message: error.message };
    throw error;
  }
}

class Builder {
  private states = 0;
  private edges: NfaEdge[][] = [];
  private readonly k: number;
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    private readonly spec: ExpressionSpec,
    private readonly lookup: OperandLookup,
  ) {
    this.k = spec.alphabet.length;
    this.index = new Map(spec.alphabet.map((s, i) => [s, i]));
  }

  /** The NFA of `e` alone (a fresh builder state, so fragments of different calls never mix). */
  nfa(e: ResolvedExpression): Nfa {
    return this.nfaOf(() => this.fragment(e));
  }

  /**
   * The automaton of `e`: the one an operation on whole automata gives (`&`, `-`, `!`, a reference,
   * `minimise`, `determinise`, `reverse`) as it is, without an NFA round trip; else the Thompson NFA.
   */
  machine(e: ResolvedExpression): Dfa | Nfa {
    return this.whole(e) ?? this.nfa(e);
  }

  private whole(e: ResolvedExpression): Dfa | Nfa | undefined {
    switch (e.kind) {
      case 'binary':
        if (e.operator === 'union') return undefined;
        return this.combine(e.operator, this.minimal(this.machine(e.left)), this.minimal(this.machine(e.right)));
      case 'complement':
        return complement(this.minimal(this.machine(e.operand)));
      case 'automaton':
        return this.operand(e.name);
      case 'operation': {
        const inner = this.machine(e.operand);
        if (e.operation === 'reverse') return reverse(inner);
        if (e.operation === 'minimise') return this.minimal(inner);
        return isDfa(inner) ? inner : this.determinised(inner);
      }
      default:
        return undefined;
    }
  }

  /** The NFA of the fragment `make` builds, in a fresh frame of the builder. */
  private nfaOf(make: () => Fragment): Nfa {
    const savedStates = this.states;
    const savedEdges = this.edges;
    this.states = 0;
    this.edges = [];
    const fragment = make();
    const nfa: Nfa = {
      alphabet: this.spec.alphabet,
      states: this.edges.map((_, q) => `q${q}`),
      start: [fragment.start],
      accepting: new Set([fragment.end]),
      edges: this.edges,
    };
    this.states = savedStates;
    this.edges = savedEdges;
    return nfa;
  }

  /** The minimal DFA of an NFA or DFA over the expression's alphabet. */
  minimal(automaton: Dfa | Nfa): Dfa {
    return minimise(isDfa(automaton) ? automaton : this.determinised(automaton));
  }

  /** The subset construction of `nfa`, within the limit. */
  private determinised(nfa: Nfa): Dfa {
    const determinised = determinise(nfa, { maxStates: MAX_EXPRESSION_DFA_STATES });
    if (determinised.kind === 'too-many-states') {
      throw new BuildStop(
        `${this.owner()} needs more than ${determinised.limit} states when made deterministic; ` +
          'simplify it (fewer nested repetitions, smaller {m,n} bounds, or fewer & - ! inside stars)',
      );
    }
    return determinised.dfa;
  }

  private owner(): string {
    return `${this.spec.kind === 'regex' ? 'regex' : this.spec.kind} '${this.spec.name}'`;
  }

  private newState(): number {
    if (this.states >= MAX_CONSTRUCTION_STATES) {
      throw new BuildStop(
        `${this.owner()} needs more than ${MAX_CONSTRUCTION_STATES} states to build; ` +
          'lower its {m,n} bounds or nest fewer counted repetitions',
      );
    }
    this.edges.push([]);
    return this.states++;
  }

  private edge(from: number, symbol: number, to: number): void {
    this.edges[from].push({ symbol, to });
  }

  private fragment(e: ResolvedExpression): Fragment {
    switch (e.kind) {
      case 'symbol':
      case 'any':
      case 'empty': {
        const start = this.newState();
        const end = this.newState();
        if (e.kind === 'empty') this.edge(start, EPSILON, end);
        else if (e.kind === 'any') for (let s = 0; s < this.k; s++) this.edge(start, s, end);
        else this.edge(start, this.symbolIndex(e.symbol), end);
        return { start, end };
      }
      case 'concatenation':
        return this.chain(e.parts.map((p) => () => this.fragment(p)));
      case 'binary':
        if (e.operator === 'union') {
          const start = this.newState();
          const left = this.fragment(e.left);
          const right = this.fragment(e.right);
          const end = this.newState();
          this.edge(start, EPSILON, left.start);
          this.edge(start, EPSILON, right.start);
          this.edge(left.end, EPSILON, end);
          this.edge(right.end, EPSILON, end);
          return { start, end };
        }
        return this.embed(this.machine(e));
      case 'complement':
      case 'automaton':
      case 'operation':
        return this.embed(this.machine(e));
      case 'repeat':
        return this.repeat(e.operand, e.min, e.max);
    }
  }

  private symbolIndex(symbol: string): number {
    const s = this.index.get(symbol);
    if (s === undefined) throw new BuildStop(`symbol '${symbol}' is not in the alphabet of ${this.owner()}`);
    return s;
  }

  private combine(operator: 'intersection' | 'difference', left: Dfa, right: Dfa): Dfa {
    return operator === 'intersection' ? intersection(left, right) : difference(left, right);
  }

  /** A referenced automaton re-indexed onto the expression's alphabet; its missing symbols lead nowhere. */
  private operand(name: string): Dfa | Nfa {
    const found = this.lookup(name);
    if ('error' in found) throw new BuildStop(found.error);
    const map = found.alphabet.map((s) => this.symbolIndex(s));
    if (isDfa(found)) {
      const delta = found.delta.map((row) => {
        const out = new Array<number>(this.k).fill(NO_EDGE);
        row.forEach((to, s) => (out[map[s]] = to));
        return out;
      });
      return { ...found, alphabet: this.spec.alphabet, delta };
    }
    const edges = found.edges.map((list) =>
      list.map((edge) => (edge.symbol === EPSILON ? edge : { symbol: map[edge.symbol], to: edge.to })),
    );
    return { ...found, alphabet: this.spec.alphabet, edges };
  }

  /** Copies an automaton into the NFA under construction: one entry, and one exit reached from every accepting state. */
  private embed(automaton: Dfa | Nfa): Fragment {
    const n = automaton.states.length;
    const start = this.newState();
    const base = this.states;
    for (let q = 0; q < n; q++) this.newState();
    const end = this.newState();
    if (isDfa(automaton)) {
      this.edge(start, EPSILON, base + automaton.start);
      automaton.delta.forEach((row, q) =>
        row.forEach((to, s) => {
          if (to !== NO_EDGE) this.edge(base + q, s, base + to);
        }),
      );
    } else {
      for (const q of automaton.start) this.edge(start, EPSILON, base + q);
      automaton.edges.forEach((list, q) => list.forEach((edge) => this.edge(base + q, edge.symbol, base + edge.to)));
    }
    for (const q of automaton.accepting) this.edge(base + q, EPSILON, end);
    return { start, end };
  }

  private chain(parts: readonly (() => Fragment)[]): Fragment {
    if (parts.length === 0) return this.fragment({ kind: 'empty' });
    const first = parts[0]();
    let end = first.end;
    for (const part of parts.slice(1)) {
      const next = part();
      this.edge(end, EPSILON, next.start);
      end = next.end;
    }
    return { start: first.start, end };
  }

  /** Thompson's star around a fragment: zero or more passes. */
  private star(make: () => Fragment): Fragment {
    const start = this.newState();
    const inner = make();
    const end = this.newState();
    this.edge(start, EPSILON, inner.start);
    this.edge(start, EPSILON, end);
    this.edge(inner.end, EPSILON, inner.start);
    this.edge(inner.end, EPSILON, end);
    return { start, end };
  }

  private repeat(operand: ResolvedExpression, min: number, max: number | undefined): Fragment {
    // small cases keep the plain Thompson fragments; counted ones copy the operand's minimal DFA
    if (max === undefined && min <= 1) {
      const loop = this.star(() => this.fragment(operand));
      if (min === 0) return loop;
      return this.chain([() => this.fragment(operand), () => loop]);
    }
    if (max === 1 && min <= 1) {
      const once = this.fragment(operand);
      if (min === 0) this.edge(once.start, EPSILON, once.end);
      return once;
    }
    const x = this.minimal(this.machine(operand));
    const copies = max ?? min + 1;
    if (x.states.length * copies > MAX_CONSTRUCTION_STATES) {
      throw new BuildStop(
        `${this.owner()} repeats a part of ${x.states.length} states up to ${copies} times, more than ` +
          `${MAX_CONSTRUCTION_STATES} states in all; lower its {m,n} bounds or nest fewer counted repetitions`,
      );
    }
    // Built from the inside out, minimising after each step, so sizes follow the minimal automata:
    // tail = ε, then (x tail)? (max - min times), or x* when unbounded; then x tail, min times.
    let tail = max === undefined ? this.minimal(this.nfaOf(() => this.star(() => this.embed(x)))) : EMPTY_WORD(this.k);
    for (let i = min; i < (max ?? min); i++) {
      const inner = tail;
      tail = this.minimal(
        this.nfaOf(() => {
          const once = this.chain([() => this.embed(x), () => this.embed(inner)]);
          this.edge(once.start, EPSILON, once.end);
          return once;
        }),
      );
    }
    for (let i = 0; i < min; i++) {
      const inner = tail;
      tail = this.minimal(this.nfaOf(() => this.chain([() => this.embed(x), () => this.embed(inner)])));
    }
    return this.embed(tail);
  }
}

/** The DFA of the empty word over `k` symbols: one accepting state without edges. */
function EMPTY_WORD(k: number): Dfa {
  return {
    alphabet: [],
    states: ['q0'],
    start: 0,
    accepting: new Set([0]),
    delta: [new Array<number>(k).fill(NO_EDGE)],
  };
}

/** The same automaton with states named `q0, q1, ...` in index order. */
function renameStates<T extends Dfa | Nfa>(automaton: T): T {
  return { ...automaton, states: automaton.states.map((_, q) => `q${q}`) };
}
