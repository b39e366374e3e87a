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
