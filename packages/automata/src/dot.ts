import { EPSILON, NO_EDGE, type Dfa, type Nfa } from './fa-types.js';
import { isDfa } from './simulate.js';
import type { Transducer } from './transducer.js';

export interface DotOptions {
  /** Graph name (default `automaton`). */
  readonly name?: string;
  /** Layout direction (default `LR`). */
  readonly rankdir?: 'LR' | 'TB' | 'RL' | 'BT';
  /**
   * The transducer whose `dfa` is being drawn: a Mealy machine's edges read `symbol / output`, a Moore
   * machine's states `state / output`; no state is drawn as accepting.
   */
  readonly transducer?: Transducer;
}

/**
 * Graphviz DOT for a DFA or NFA. Nodes are `s0, s1, ...` labelled with the quoted, escaped state names, so
 * any name is safe; accepting states are `doublecircle`. Each start state gets an arrow from its own
 * invisible point node. Edges are merged per (from, to) with the symbols in alphabet order, separated by
 * `, `; epsilon is written `ε`. With `transducer`, outputs are written after a slash. Deterministic output.
 * Runs in O(n · k + |edges|).
 */
export function toDot(automaton: Dfa | Nfa, options: DotOptions = {}): string {
  const n = automaton.states.length;
  const transducer = options.transducer;
  const starts = isDfa(automaton) ? [automaton.start] : [...new Set(automaton.start)];
  const lines = [
    `digraph ${quote(options.name ?? 'automaton')} {`,
    `  rankdir=${options.rankdir ?? 'LR'};`,
    '  node [shape=circle];',
  ];
  starts.forEach((_, i) => lines.push(`  start${i} [shape=point, style=invis, width=0, height=0, label=""];`));
  for (let q = 0; q < n; q++) {
    // Every state of a transducer accepts; its drawing shows outputs instead.
    const shape = transducer === undefined && automaton.accepting.has(q) ? ', shape=doublecircle' : '';
    const name =
      transducer?.kind === 'moore'
        ? `${automaton.states[q]} / ${transducer.outputs[transducer.stateOutput[q]]}`
        : automaton.states[q];
    lines.push(`  s${q} [label=${quote(name)}${shape}];`);
  }
  starts.forEach((q, i) => lines.push(`  start${i} -> s${q};`));
  for (let q = 0; q < n; q++) {
    // Labels grouped by target, targets in order of first appearance, symbols in alphabet order (ε first).
    const byTarget = new Map<number, Set<number>>();
    const add = (symbol: number, to: number): void => {
      let symbols = byTarget.get(to);
      if (!symbols) byTarget.set(to, (symbols = new Set()));
      symbols.add(symbol);
    };
    if (isDfa(automaton)) automaton.delta[q].forEach((to, s) => to !== NO_EDGE && add(s, to));
    else for (const edge of automaton.edges[q] ?? []) add(edge.symbol, edge.to);
    for (const [to, symbols] of byTarget) {
      const label = [...symbols]
        .sort((a, b) => a - b)
        .map((s) =>
          s === EPSILON
            ? 'ε'
            : transducer?.kind === 'mealy'
              ? `${automaton.alphabet[s]} / ${transducer.outputs[transducer.edgeOutput[q][s]]}`
              : automaton.alphabet[s],
        )
        .join(', ');
      lines.push(`  s${q} -> s${to} [label=${quote(label)}];`);
    }
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** A DOT double-quoted string: backslash, quote and line breaks escaped. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}
