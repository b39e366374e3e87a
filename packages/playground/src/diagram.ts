import { toDot, type Dfa } from '@cdam/automata';

/** A drawn automaton: its SVG and the SVG groups of its states and transitions, by name. */
export interface Drawing {
  readonly svg: SVGSVGElement;
  /** State name -> its node group. */
  readonly nodes: ReadonlyMap<string, SVGGElement>;
  /** `from -> to` state names -> the edge group. */
  readonly edges: ReadonlyMap<string, SVGGElement>;
}

type Viz = { renderSVGElement(dot: string): SVGSVGElement };
let viz: Promise<Viz> | undefined;

/** Graphviz compiled to WebAssembly, loaded on first use (after the page's first render). */
function graphviz(): Promise<Viz> {
  viz ??= import('@viz-js/viz').then((m) => m.instance());
  return viz;
}

/** Draws `dfa` left to right with Graphviz; nodes and edges are found again by their `<title>`. */
export async function drawAutomaton(dfa: Dfa, name: string): Promise<Drawing> {
  const svg = (await graphviz()).renderSVGElement(toDot(dfa, { name }));
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `state diagram of ${name}`);
  const nodes = new Map<string, SVGGElement>();
  const edges = new Map<string, SVGGElement>();
  for (const group of svg.querySelectorAll<SVGGElement>('g.node, g.edge')) {
    const title = group.querySelector('title')?.textContent ?? '';
    const node = /^s(\d+)$/.exec(title);
    if (node && group.classList.contains('node')) nodes.set(dfa.states[Number(node[1])]!, group);
    const edge = /^s(\d+)->s(\d+)$/.exec(title);
    if (edge) edges.set(`${dfa.states[Number(edge[1])]} -> ${dfa.states[Number(edge[2])]}`, group);
  }
  return { svg, nodes, edges };
}

/** Marks the automaton's state, the transition just taken, and the network's state where it differs. */
export function highlight(
  drawing: Drawing,
  current: string,
  last: readonly [string, string] | null,
  decoded: string | null,
): void {
  for (const node of drawing.nodes.values()) node.classList.remove('current', 'decoded');
  for (const edge of drawing.edges.values()) edge.classList.remove('last');
  drawing.nodes.get(current)?.classList.add('current');
  if (decoded !== null && decoded !== current) drawing.nodes.get(decoded)?.classList.add('decoded');
  if (last) drawing.edges.get(`${last[0]} -> ${last[1]}`)?.classList.add('last');
}
