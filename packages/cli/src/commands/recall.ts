import { capacityRatios, sequencePatternLabels, type CompiledSequence } from '@cdam/compiler';
import type { NetworkParameters } from '@cdam/language';
import { SequenceNetwork, compareRecall, type RecallRun } from '@cdam/runtime';
import { ThreadedKernel, threadedKernelFactory } from '@cdam/runtime/parallel';
import { chooseCue } from '../cue-option.js';
import { ExitCode } from '../exit-code.js';
import { visibleText } from '../visible-path.js';
import type { Io } from '../io.js';
import { isArtifactPath } from '../load-network.js';
import { loadSequence } from '../load-sequence.js';
import { refuseToOverwriteInput } from '../output.js';
import { formatComparison, formatRecall } from '../recall-text.js';
import { inputError, usageError } from '../usage.js';
import { writeFigure } from '../write-figure.js';

export interface RecallCommandOptions {
  readonly sequence?: string;
  /** The item to cue (its first occurrence). */
  readonly cue?: string;
  /** The step to cue (0-based index into the items list). */
  readonly cueIndex?: number;
  /** Cue noise F (see `RecallOptions.cueNoise`). */
  readonly cueNoise?: number;
  readonly ticks?: number;
  /** Network flags; they override the file's `network { ... }` block. */
  readonly parameters?: NetworkParameters;
  /** Recall with a = 1, a = 0 and the compiled anti-Hebbian strengths, and compare. */
  readonly compare?: boolean;
  readonly json?: boolean;
  /** Write the overlap-over-time heatmap here. */
  readonly svg?: string;
  /** Write the memory graph coloured by the cue's and the final correlations here. */
  readonly graphSvg?: string;
}

function describeCompiled(sequence: CompiledSequence) {
  // The parameters that run (an artifact's report is checked to state the same on load).
  const { params, report } = sequence;
  return {
    sequence: sequence.name,
    neurons: params.neurons,
    patterns: sequence.positions.length,
    loop: sequence.loop,
    encoding: params.encoding,
    seed: params.seed,
    a: params.auto,
    h: params.hetero,
    beta: params.beta,
    eta: params.eta,
    exact: report.exact,
    warnings: report.warnings,
    capacity: capacityRatios(report.patterns, report.neurons, report.patterns),
  };
}

function toJson(sequence: CompiledSequence, run: RecallRun): string {
  const labels = sequencePatternLabels(sequence);
  const cue = run.points[0].decoded;
  return JSON.stringify({
    ...describeCompiled(sequence),
    cue: { step: run.cueStep, item: sequence.spec.items[run.cueStep], pattern: run.cuePattern },
    items: run.points.map((p) => (p.decoded.quiescent ? null : p.decoded.item)),
    occurrences: run.points.map((p) => p.decoded.occurrence),
    steps: run.points.map((p) => p.decoded.step),
    labels: run.points.map((p) => labels[p.decoded.pattern]),
    expected: run.points.map((p) => labels[p.expected]),
    advances: run.points.map((p) => p.advance),
    margins: run.points.map((p) => p.decoded.margin),
    cueCorrelation: cue.best,
    summary: run.summary,
  });
}

/**
 * `cdam recall <file>`: compiles a sequence of a `.fsa` file (or loads a `.cdam.json` sequence artifact,
 * with which the network flags are a usage error) and recalls it from a clean or noisy cue, one update per
 * tick, printing the decoded item per tick (text table or JSON), or with `--compare` the same recall with
 * a = 1, a = 0 and the anti-Hebbian strengths side by side. Optional SVG pictures. A recall that leaves the
 * sequence is not an error (exit 0); a file, sequence or cue that cannot be used is (exit 1).
 */
export async function recallCommand(fileName: string, options: RecallCommandOptions, io: Io): Promise<ExitCode> {
  if (options.cue !== undefined && options.cueIndex !== undefined) {
    return usageError(io, 'recall', "options '--cue' and '--cue-index' cannot be used together");
  }
  if (options.compare && (options.svg !== undefined || options.graphSvg !== undefined)) {
    return usageError(io, 'recall', "'--svg' and '--graph-svg' draw one recall; they cannot be used with '--compare'");
  }
  const fixed = isArtifactPath(fileName) ? Object.keys(options.parameters ?? {}) : [];
  if (fixed.length > 0) {
    const flags = fixed.map((key) => `'--${key}'`).join(', ');
    return usageError(
      io,
      'recall',
      `${fixed.length === 1 ? 'option' : 'options'} ${flags} ${fixed.length === 1 ? 'changes' : 'change'} the compiled network and cannot be used with an artifact; give the .fsa file, or compile again with 'cdam compile FILE.fsa --sequence NAME ${fixed.map((key) => `--${key} ...`).join(' ')}'`,
    );
  }
  const overwrite = refuseToOverwriteInput(io, 'recall', fileName, [
    ['--svg', options.svg],
    ['--graph-svg', options.graphSvg],
  ]);
  if (overwrite !== undefined) return overwrite;
  const loaded = await loadSequence(io, fileName, { sequence: options.sequence, parameters: options.parameters });
  if (!loaded.ok) return ExitCode.Errors;
  const { sequence } = loaded;
  const cue = chooseCue(sequence, options.cue, options.cueIndex);
  if (!cue.ok) return inputError(io, `${fileName}: ${cue.message}`);
  if (cue.note !== undefined) io.err(`note: ${visibleText(cue.note)}\n`);
  for (const warning of sequence.report.warnings) io.err(`warning: ${visibleText(warning)}\n`);
  // Large sequences recall on both cores: each product is split over two threads (same results, bit for bit).
  const network = new SequenceNetwork(sequence, { kernel: threadedKernelFactory() });
  try {
    return await recallOn(network, sequence, cue.step, options, io);
  } finally {
    if (network.kernel instanceof ThreadedKernel) await network.kernel.close();
  }
}

/** The recall (or `--compare`) of the command on a built network, with its output and drawings. */
async function recallOn(
  network: SequenceNetwork,
  sequence: CompiledSequence,
  cueStep: number,
  options: RecallCommandOptions,
  io: Io,
): Promise<ExitCode> {
  const recallOptions = {
    cueStep,
    ...(options.cueNoise !== undefined ? { cueNoise: options.cueNoise } : {}),
    ...(options.ticks !== undefined ? { ticks: options.ticks } : {}),
  };

  if (options.compare) {
    const comparison = compareRecall(network, recallOptions);
    if (options.json) {
      const rows = comparison.rows.map((row) => ({ label: row.label, a: row.a, h: row.h, ...row.summary }));
      io.out(
        `${JSON.stringify({ ...describeCompiled(sequence), cue: { step: cueStep }, beta: comparison.beta, eta: comparison.eta, rows })}\n`,
      );
    } else {
      io.out(formatComparison(sequence, comparison, cueStep));
    }
    return ExitCode.Ok;
  }

  const drawing = options.svg !== undefined || options.graphSvg !== undefined;
  const problem = network.recallProblem({ ...recallOptions, recordCorrelations: drawing });
  if (problem !== undefined) {
    io.err(`cdam: ${visibleText(problem)}\n`);
    return ExitCode.Errors;
  }
  const run = network.recall({ ...recallOptions, recordCorrelations: drawing });
  io.out(options.json ? `${toJson(sequence, run)}\n` : formatRecall(sequence, run));
  if (!drawing) return ExitCode.Ok;
  const figures = await import('@cdam/figures');
  if (options.svg !== undefined) {
    const svg = await figures.renderSvg(figures.recallHeatmapSpec(sequence, run));
    if ((await writeFigure(io, options.svg, svg, 'the recall heatmap')) !== ExitCode.Ok) return ExitCode.Errors;
  }
  if (options.graphSvg !== undefined && run.correlations) {
    const graph = {
      name: sequence.name,
      labels: sequencePatternLabels(sequence),
      from: sequence.edges.from.subarray(0, sequence.edges.count),
      to: sequence.edges.to.subarray(0, sequence.edges.count),
    };
    const last = run.points.length - 1;
    const dot = figures.directedMemoryGraphDot(graph, [
      { title: 'cue (tick 0)', values: [...run.correlations[0]], highlight: run.cuePattern },
      { title: `tick ${last}`, values: [...run.correlations[last]], highlight: run.points[last].expected },
    ]);
    const svg = await figures.renderDot(dot);
    if ((await writeFigure(io, options.graphSvg, svg, 'the memory graph')) !== ExitCode.Ok) return ExitCode.Errors;
  }
  return ExitCode.Ok;
}
