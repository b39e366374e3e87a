import { rangeOfRecall, rangeOfRecallProblem } from '@cdam/runtime';
import { ExitCode } from '../exit-code.js';
import { loadGraph } from '../graph-option.js';
import type { GraphSpec } from '../graph-spec.js';
import type { Io } from '../io.js';
import { formatModes } from '../modes-text.js';
import { refuseToOverwriteInput } from '../output.js';
import { usageError } from '../usage.js';
import { writeFigure } from '../write-figure.js';

export interface ModesCommandOptions {
  readonly graph: GraphSpec;
  /** For a `.fsa` graph: which declaration. */
  readonly automaton?: string;
  readonly sequence?: string;
  readonly neurons?: number;
  /** Auto-association strengths; h = 1 - a. */
  readonly a?: readonly number[];
  readonly seed?: number;
  readonly trials?: number;
  readonly json?: boolean;
  /** Write the correlation-by-distance chart here. */
  readonly svg?: string;
  /** Write the memory graph coloured by the final correlations (one copy per a) here. */
  readonly graphSvg?: string;
}

/**
 * `cdam modes`: the paper's range-of-recall experiment (docs/modes.md) on a built-in graph or the memory
 * graph of a `.fsa` file; prints, per a, the mean correlation of the final state with the patterns at each
 * graph distance and the mode, as text or JSON, and draws the chart and the graph on request.
 */
export async function modesCommand(options: ModesCommandOptions, io: Io): Promise<ExitCode> {
  if (options.automaton !== undefined && options.sequence !== undefined) {
    return usageError(io, 'modes', "options '--automaton' and '--sequence' cannot be used together");
  }
  const chooser = options.automaton !== undefined ? '--automaton' : options.sequence !== undefined ? '--sequence' : '';
  if (chooser !== '' && options.graph.kind !== 'file') {
    return usageError(
      io,
      'modes',
      `option '${chooser}' picks the automaton or sequence of a .fsa graph, but the graph is the built-in '${graphName(options.graph)}'; give --graph FILE.fsa, or leave ${chooser} out`,
    );
  }
  const overwrite = refuseToOverwriteInput(
    io,
    'modes',
    options.graph.kind === 'file' ? options.graph.path : undefined,
    [
      ['--svg', options.svg],
      ['--graph-svg', options.graphSvg],
    ],
  );
  if (overwrite !== undefined) return overwrite;
  const graph = await loadGraph(io, options.graph, options);
  if (!graph) return ExitCode.Errors;
  const experiment = {
    ...(options.neurons !== undefined ? { neurons: options.neurons } : {}),
    ...(options.a !== undefined ? { a: options.a } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.trials !== undefined ? { trials: options.trials } : {}),
  };
  const problem = rangeOfRecallProblem(graph, experiment);
  if (problem !== undefined) {
    io.err(`cdam: ${problem}\n`);
    return ExitCode.Errors;
  }
  const result = rangeOfRecall(graph, experiment);
  if (options.json) {
    io.out(
      `${JSON.stringify({
        graph: result.graph,
        vertices: result.vertices,
        edges: result.edges,
        neurons: result.neurons,
        beta: result.beta,
        eta: result.eta,
        iterations: result.iterations,
        noise: result.noise,
        trials: result.trials,
        seed: result.seed,
        rows: result.rows.map((row) => ({
          a: row.a,
          h: row.h,
          correlationByDistance: row.correlationByDistance,
          mode: row.mode,
          range: row.range,
          attractorCorrelationByDistance: row.attractorCorrelationByDistance,
        })),
      })}\n`,
    );
  } else {
    io.out(formatModes(result));
  }
  if (options.svg === undefined && options.graphSvg === undefined) return ExitCode.Ok;
  const figures = await import('@cdam/figures');
  if (options.svg !== undefined) {
    const svg = await figures.renderSvg(figures.modesChartSpec(result));
    if ((await writeFigure(io, options.svg, svg, 'the range-of-recall chart')) !== ExitCode.Ok) return ExitCode.Errors;
  }
  if (options.graphSvg !== undefined) {
    const dot = figures.memoryGraphDot(
      graph,
      result.rows.map((row) => ({
        title: `a = ${row.a}, h = ${row.h}`,
        values: row.exampleCorrelations,
        highlight: result.exampleStart,
      })),
    );
    const svg = await figures.renderDot(dot);
    if ((await writeFigure(io, options.graphSvg, svg, 'the memory graph')) !== ExitCode.Ok) return ExitCode.Errors;
  }
  return ExitCode.Ok;
}

/** A built-in graph as `--graph` writes it (`cycle:30`, `karate`). */
function graphName(graph: Exclude<GraphSpec, { kind: 'file' }>): string {
  return graph.kind === 'karate' ? 'karate' : `${graph.kind}:${graph.size}`;
}
