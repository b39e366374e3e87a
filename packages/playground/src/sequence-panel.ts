import {
  compileSequence,
  sequenceEdges,
  sequenceLayout,
  sequencePatternLabels,
  toUndirectedGraph,
  type CompiledSequence,
} from '@cdam/compiler';
import type { NetworkParameters, SequenceSpec } from '@cdam/language';
import { rangeOfRecall, rangeOfRecallProblem, SequenceNetwork } from '@cdam/runtime';
import { fill, h } from './dom.js';
import { renderSequenceReport } from './report.js';

/** The figures package (Vega-Lite charts) loads only when a chart is asked for. */
const figures = () => import('@cdam/figures');

/**
 * The sequence view: its compile report, recall from a cue (step and noise) with the overlap heatmap,
 * and the four dynamical modes chart (range of recall over a on the sequence's memory graph).
 * Returns the compiled sequence, or undefined when it does not compile (the reason is shown).
 */
export function sequencePanel(
  box: HTMLElement,
  spec: SequenceSpec,
  options: NetworkParameters,
  sourceText: string,
): CompiledSequence | undefined {
  const result = compileSequence(spec, { ...options, sourceText });
  if (result.kind === 'error') {
    fill(
      box,
      h(
        'p',
        { class: 'error', 'data-testid': 'compile-error' },
        `cannot compile '${spec.name}': ${result.error.message}`,
      ),
    );
    return undefined;
  }
  const sequence = result.sequence;
  const network = new SequenceNetwork(sequence);
  const report = h('div', { class: 'report' });
  renderSequenceReport(report, sequence.report);
  const cue = h(
    'select',
    { 'aria-label': 'cue step' },
    ...spec.items.map((item, i) => h('option', { value: String(i) }, `step ${i + 1}: ${item}`)),
  );
  const noise = h('input', { type: 'number', min: 0, step: 0.1, value: 0, 'aria-label': 'cue noise' });
  const summary = h('p', { 'data-testid': 'recall-summary' });
  const heatmap = h('div', { class: 'figure', 'data-testid': 'recall-heatmap' });
  const modes = h('div', { class: 'figure', 'data-testid': 'modes-chart' });
  const recall = async () => {
    const cueNoise = Number(noise.value);
    if (!(cueNoise >= 0)) return fill(summary, h('span', { class: 'error' }, 'cue noise must be a number ≥ 0'));
    const run = network.recall({ cueStep: Number(cue.value), cueNoise, recordCorrelations: true });
    summary.textContent =
      `${run.summary.exact ? 'exact recall' : `${run.summary.errors} errors`} over ${run.summary.ticks} updates: ` +
      run.points
        .slice(0, 24)
        .map((p) => p.decoded.item)
        .join(' ');
    fill(heatmap, h('p', { class: 'muted' }, 'drawing the overlap heatmap…'));
    const f = await figures();
    heatmap.innerHTML = await f.renderSvg(f.recallHeatmapSpec(sequence, run));
  };
  const chartModes = async () => {
    const layout = sequenceLayout(spec);
    const edges = sequenceEdges(layout.positions.length, spec.loop);
    const graph = toUndirectedGraph(spec.name, sequencePatternLabels(layout), edges.from, edges.to);
    const experiment = { neurons: 500, iterations: 60 };
    const problem = rangeOfRecallProblem(graph, experiment);
    if (problem !== undefined) return fill(modes, h('p', { class: 'error' }, problem));
    fill(modes, h('p', { class: 'muted' }, 'running the range-of-recall experiment…'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const f = await figures();
    modes.innerHTML = await f.renderSvg(f.modesChartSpec(rangeOfRecall(graph, experiment)));
  };
  fill(
    box,
    h('h2', {}, `Sequence ${spec.name}`),
    report,
    h('h3', {}, 'Recall from a cue'),
    h(
      'div',
      { class: 'controls' },
      h('label', {}, 'cue ', cue),
      h('label', {}, 'noise ', noise),
      h('button', { type: 'button', 'data-testid': 'recall', onclick: () => void recall() }, 'Recall'),
    ),
    summary,
    heatmap,
    h('h3', {}, 'The four dynamical modes'),
    h(
      'button',
      { type: 'button', 'data-testid': 'modes', onclick: () => void chartModes() },
      'Run the modes experiment',
    ),
    modes,
  );
  void recall();
  return sequence;
}
