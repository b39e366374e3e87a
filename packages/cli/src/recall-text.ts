import { sequencePatternLabels, type CompiledSequence } from '@cdam/compiler';
import type { RecallComparison, RecallRun } from '@cdam/runtime';
import { formatTable } from './table.js';

const MARK = '!';

function fixed(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : String(value);
}

/** `Walk: n = 48 neurons, p = 5 patterns, a = -4, h = 5, beta = 13.2, eta = 0.2, exact` */
export function describeSequence(sequence: CompiledSequence): string {
  // The parameters that run (an artifact's report is checked to state the same on load).
  const { params, report } = sequence;
  return (
    `${sequence.name}: n = ${params.neurons} neurons, p = ${sequence.positions.length} patterns` +
    `${sequence.loop ? ' (loop)' : ''}, a = ${params.auto}, h = ${params.hetero}, ` +
    `beta = ${Number(params.beta.toPrecision(4))}, eta = ${params.eta}, ${report.exact ? 'exact' : 'not exact'}`
  );
}

/**
 * A recall as text: the network line, then a row per tick (0 is the cue) with the decoded item, its
 * occurrence, step and dwell tick, the advance and the margin; `!` marks a tick where recall is not on the
 * expected pattern. Then how many ticks advanced exactly one pattern and how many were off.
 */
export function formatRecall(sequence: CompiledSequence, run: RecallRun): string {
  const labels = sequencePatternLabels(sequence);
  const rows = run.points.map((point) => {
    const d = point.decoded;
    const off = point.tick > 0 && (d.pattern !== point.expected || d.quiescent);
    return [
      off ? MARK : '',
      String(point.tick),
      d.quiescent ? '(quiescent)' : d.item,
      String(d.occurrence),
      String(d.step),
      labels[d.pattern],
      labels[point.expected],
      point.tick === 0 ? '' : String(point.advance),
      fixed(d.margin),
    ];
  });
  const table = formatTable(
    ['', 'tick', 'item', 'occurrence', 'step', 'pattern', 'expected', 'advance', 'margin'],
    rows,
    ['l', 'r', 'l', 'r', 'r', 'l', 'l', 'r', 'r'],
  );
  const { summary } = run;
  const verdict = summary.exact ? 'on the sequence at every tick' : `${summary.errors} ticks off the sequence`;
  const held = heldLastFrom(sequence, run);
  const progress =
    held !== undefined
      ? `complete recall: reached the last item '${sequence.spec.items.at(-1)}' at tick ${held} and held it ` +
        `to the end (${summary.ticks - held} more ticks)`
      : `advanced exactly one pattern on ${summary.exactAdvances} of ${summary.ticks} ticks ` +
        `(mean ${fixed(summary.meanAdvance)})`;
  return (
    `${describeSequence(sequence)}\n` +
    `cue: step ${run.cueStep} ('${sequence.spec.items[run.cueStep]}')\n${table}${progress}; ${verdict}\n`
  );
}

/**
 * For a sequence without `loop` recalled exactly: the tick from which recall sat on the last pattern to
 * the end (a finished recall, whose later ticks cannot advance); otherwise undefined.
 */
function heldLastFrom(sequence: CompiledSequence, run: RecallRun): number | undefined {
  if (sequence.loop || !run.summary.exact || run.points.length === 0) return undefined;
  const last = sequence.positions.length - 1;
  let from = run.points.length;
  while (from > 0 && run.points[from - 1]!.decoded.pattern === last && !run.points[from - 1]!.decoded.quiescent) from--;
  return from < run.points.length ? run.points[from]!.tick : undefined;
}

/** The comparison of `cdam recall --compare` as a table, one row per (a, h). */
export function formatComparison(sequence: CompiledSequence, comparison: RecallComparison, cueStep: number): string {
  const rows = comparison.rows.map((row) => [
    row.label,
    String(row.a),
    String(row.h),
    fixed(row.summary.meanAdvance),
    `${row.summary.exactAdvances}/${row.summary.ticks}`,
    String(row.summary.errors),
    row.summary.exact ? 'yes' : 'no',
  ]);
  const table = formatTable(['strengths', 'a', 'h', 'mean advance', 'advanced one', 'errors', 'exact'], rows, [
    'l',
    'r',
    'r',
    'r',
    'r',
    'r',
    'l',
  ]);
  return (
    `${describeSequence(sequence)}\n` +
    `cue: step ${cueStep}; every row: beta = ${Number(comparison.beta.toPrecision(4))}, eta = ${comparison.eta}\n${table}`
  );
}
