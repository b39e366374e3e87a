import { compileAutomaton, compileSequence, cycleGraph, pathGraph } from '@cdam/compiler';
import { Network, SequenceNetwork, rangeOfRecall } from '@cdam/runtime';
import { describe, expect, it } from 'vitest';
import { recallHeatmapSpec, runHeatmapSpec } from './heatmap.js';
import { memoryGraphDot, renderDot } from './memory-graph-picture.js';
import { modesChartSpec } from './modes-chart.js';
import { correlationColour, renderSvg } from './render.js';
import { svgElements } from './testing/svg-elements.js';

const texts = (svg: string) => svgElements(svg).map((e) => e.text);
const rectCells = (svg: string) =>
  svgElements(svg).filter((e) => e.tag === 'path' && e.attributes['aria-roledescription'] === 'rect mark').length;

describe('the range-of-recall chart', () => {
  it('is an SVG with one line and one legend entry per a, and the paper axis titles', async () => {
    const result = rangeOfRecall(pathGraph(6), { neurons: 64, a: [1, 0, -1] });
    const svg = await renderSvg(modesChartSpec(result));
    const elements = svgElements(svg);
    expect(elements[0].tag).toBe('svg');
    expect(
      elements.filter((e) => e.tag === 'path' && e.attributes['aria-roledescription'] === 'line mark'),
    ).toHaveLength(3);
    const labels = texts(svg);
    for (const series of ['a = 1, h = 0', 'a = 0, h = 1', 'a = -1, h = 2']) expect(labels).toContain(series);
    expect(labels).toContain('Graph distance of memory pattern');
    expect(labels).toContain('Correlation of memory pattern');
  });

  it('ticks the distance axis at whole numbers only, every one shown', async () => {
    const result = rangeOfRecall(pathGraph(7), { neurons: 64, a: [1, -1] });
    const elements = svgElements(await renderSvg(modesChartSpec(result)));
    const title = elements.findIndex((e) => e.text === 'Graph distance of memory pattern');
    // The x axis's tick labels come just before its title.
    const tickLabels = elements.slice(0, title).filter((e) => e.tag === 'text' && /^[\d.]+$/.test(e.text));
    expect(tickLabels.map((e) => e.text)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    for (const label of tickLabels) expect(label.attributes.opacity ?? '1').toBe('1');
  });
});

describe('overlap heatmaps', () => {
  it('draw one cell per tick and pattern of a recall', async () => {
    const compiled = compileSequence({
      name: 'Walk',
      items: ['A', 'B', 'A', 'C'],
      loop: true,
      dwell: [1, 1, 2, 1],
      network: {},
    });
    if (compiled.kind !== 'ok') throw new Error(compiled.error.message);
    const run = new SequenceNetwork(compiled.sequence).recall({ ticks: 7, recordCorrelations: true });
    const svg = await renderSvg(recallHeatmapSpec(compiled.sequence, run));
    expect(rectCells(svg)).toBe(8 * 5);
    const labels = texts(svg);
    expect(labels).toEqual(expect.arrayContaining(['Tick', 'Pattern', 'A#1', 'A#2.0', 'A#2.1', 'correlation']));
  });

  it('draw one cell per iteration and state of an automaton run', async () => {
    const compiled = compileAutomaton({
      name: 'Turnstile',
      kind: 'dfa',
      alphabet: ['coin', 'push'],
      states: ['locked', 'unlocked'],
      start: ['locked'],
      accept: ['locked'],
      transitions: [
        ['locked', 'coin', 'unlocked'],
        ['locked', 'push', 'locked'],
        ['unlocked', 'push', 'locked'],
        ['unlocked', 'coin', 'unlocked'],
      ],
      network: {},
    });
    if (compiled.kind !== 'ok') throw new Error(compiled.error.message);
    const trajectory = new Network(compiled.network).run(['coin', 'push'], { recordIterations: true });
    const svg = await renderSvg(runHeatmapSpec(compiled.network, trajectory));
    const K = compiled.network.params.iterations;
    expect(rectCells(svg)).toBe((1 + 2 * K) * 2);
    expect(texts(svg)).toEqual(expect.arrayContaining(['start', '1:coin.1', 'locked', 'unlocked', 'State']));
  });

  it('refuse a run without recorded values (a programmer error)', () => {
    const compiled = compileSequence({ name: 'S', items: ['A', 'B'], loop: false, dwell: [1, 1], network: {} });
    if (compiled.kind !== 'ok') throw new Error(compiled.error.message);
    const run = new SequenceNetwork(compiled.sequence).recall({ ticks: 2 });
    expect(() => recallHeatmapSpec(compiled.sequence, run)).toThrow(RangeError);
  });
});

describe('the memory graph picture', () => {
  it('colours each vertex by its correlation, one graph copy per panel, through Graphviz', async () => {
    const graph = cycleGraph(5);
    const dot = memoryGraphDot(graph, [
      { title: 'a = 1', values: [1, 0, 0, 0, 0], highlight: 0 },
      { title: 'a = -1', values: [0.2, 0.5, -0.3, -0.3, 0.5] },
    ]);
    expect(dot).toContain('p0v0 [label="0", fillcolor="#ff0000"');
    const svg = await renderDot(dot);
    const elements = svgElements(svg);
    const nodes = elements.filter((e) => e.tag === 'g' && e.attributes.class === 'node');
    expect(nodes).toHaveLength(2 * 5 + 2); // vertices plus one title per panel
    const edges = elements.filter((e) => e.tag === 'g' && e.attributes.class === 'edge');
    expect(edges).toHaveLength(2 * 5); // the invisible title links are not drawn
    expect(texts(svg)).toEqual(expect.arrayContaining(['a = 1', 'a = -1']));
    expect(elements.some((e) => e.tag === 'ellipse' && e.attributes.fill === '#ff0000')).toBe(true);
  });

  it('maps correlations to blue-white-red', () => {
    expect(correlationColour(1)).toBe('#ff0000');
    expect(correlationColour(0)).toBe('#ffffff');
    expect(correlationColour(-1)).toBe('#0000ff');
    expect(correlationColour(-7)).toBe('#0000ff');
    expect(correlationColour(0.5)).toBe('#ff8080');
  });
});
