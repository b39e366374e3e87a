import type { UndirectedGraph } from '@cdam/compiler';
import { correlationColour } from './render.js';

/** One copy of the graph in the picture, its vertices coloured by `values` (correlations in [-1, 1]). */
export interface GraphPanel {
  readonly title: string;
  readonly values: readonly number[];
  /** A vertex to outline (e.g. the start), or undefined. */
  readonly highlight?: number;
}

/**
 * The memory graph as Graphviz DOT: one copy per panel, its vertices filled blue-white-red by the panel's
 * correlations (the paper's `bwr` map), each copy a separate component headed by its title, packed side by
 * side by `neato`. O(panels · (V + E)).
 */
export function memoryGraphDot(graph: UndirectedGraph, panels: readonly GraphPanel[]): string {
  const lines = [
    'graph memory {',
    '  layout=neato; pack=24; packmode="array_u"; overlap=false; splines=true; outputorder=edgesfirst;',
    `  label=${quote(`memory graph ${graph.name}: correlation of the final state with each pattern (blue -1, white 0, red +1)`)}; labelloc=b; fontname="Helvetica"; fontsize=12;`,
    '  node [shape=circle, style=filled, fontname="Helvetica", fontsize=8, width=0.3, fixedsize=true, color="#666666"];',
    '  edge [color="#999999"];',
  ];
  panels.forEach((panel, k) => {
    const id = (v: number) => `p${k}v${v}`;
    lines.push(`  p${k}title [shape=plaintext, style="", label=${quote(panel.title)}, fontsize=12, width=1.5];`);
    graph.labels.forEach((label, v) => {
      const r = panel.values[v] ?? 0;
      const outline = panel.highlight === v ? ', penwidth=2.5, color="#000000"' : '';
      lines.push(
        `  ${id(v)} [label=${quote(label)}, fillcolor="${correlationColour(r)}", tooltip=${quote(`${label}: ${r.toFixed(3)}`)}${outline}];`,
      );
    });
    if (graph.labels.length > 0) lines.push(`  p${k}title -- ${id(0)} [style=invis, len=1.2];`);
    for (const [u, v] of graph.edges) lines.push(`  ${id(u)} -- ${id(v)};`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A directed memory graph: pattern labels and edges `from[e] -> to[e]` (a sequence's successor graph). */
export interface DirectedGraph {
  readonly name: string;
  readonly labels: readonly string[];
  readonly from: ArrayLike<number>;
  readonly to: ArrayLike<number>;
}

/**
 * A directed memory graph (a sequence: each pattern points at its successor) as Graphviz DOT for `dot`:
 * one boxed copy per panel, titled inside its box, laid out left to right with an arrow on every edge;
 * vertices filled blue-white-red by the panel's correlations, with labels large enough to read and white
 * on the dark ends of the scale. A vertex grows to fit a long label. O(panels · (V + E)).
 */
export function directedMemoryGraphDot(graph: DirectedGraph, panels: readonly GraphPanel[]): string {
  const lines = [
    'digraph memory {',
    '  rankdir=LR; nodesep=0.3; ranksep=0.4; pad=0.2; fontname="Helvetica";',
    `  label=${quote(`memory graph ${graph.name}: correlation with each pattern (blue -1, white 0, red +1)`)}; labelloc=b; fontsize=12;`,
    '  node [shape=circle, style=filled, fontname="Helvetica", fontsize=11, width=0.5, margin=0.04, color="#555555"];',
    '  edge [color="#777777", arrowsize=0.7];',
  ];
  // `dot` stacks left-to-right clusters bottom-up in the order given: list them last first, so the first
  // panel is on top.
  [...panels.entries()].reverse().forEach(([k, panel]) => {
    const id = (v: number) => `p${k}v${v}`;
    lines.push(
      `  subgraph cluster_${k} {`,
      `    label=${quote(panel.title)}; labeljust=l; labelloc=t; fontsize=12; color="#cccccc"; margin=12;`,
    );
    graph.labels.forEach((label, v) => {
      const r = panel.values[v] ?? 0;
      const ink = Math.abs(r) > 0.55 ? '#ffffff' : '#000000';
      const outline = panel.highlight === v ? ', penwidth=2.5, color="#000000"' : '';
      lines.push(
        `    ${id(v)} [label=${quote(label)}, fillcolor="${correlationColour(r)}", fontcolor="${ink}", tooltip=${quote(`${label}: ${r.toFixed(3)}`)}${outline}];`,
      );
    });
    for (let e = 0; e < graph.from.length; e++) lines.push(`    ${id(graph.from[e]!)} -> ${id(graph.to[e]!)};`);
    lines.push('  }');
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A DOT string literal: double quotes with `"` and `\` escaped. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Lays out and renders DOT to SVG with Graphviz compiled to WebAssembly (@viz-js/viz). */
export async function renderDot(dot: string): Promise<string> {
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  return viz.renderString(dot, { format: 'svg' });
}
