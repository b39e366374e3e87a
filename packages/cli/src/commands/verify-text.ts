import type { Mismatch, PhaseStatus, VerifyReport } from '@cdam/runtime';
import { quoteIfNeeded } from '../parse-word.js';
import { formatTable } from '../table.js';
import { formatWord } from './word-text.js';

/** How many mismatches the text report lists. */
const LISTED = 5;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function verdict(v: 'accept' | 'reject'): string {
  return v === 'accept' ? 'accepts' : 'rejects';
}

/** One mismatch: where the run diverged, what each side says, and the best-correlated states there. */
export function formatMismatch(m: Mismatch): string {
  const where = m.atInput < 0 ? 'at the start' : `after input ${m.atInput + 1} (${quoteIfNeeded(m.word[m.atInput])})`;
  const got = m.got === null ? 'no memory is active (quiescent)' : `the network is in '${m.got}'`;
  const lines = [
    `  ${formatWord(m.word)} [${m.phase}]: ${where} ${got}, the automaton in '${m.expected}'` +
      ` (network ${verdict(m.gotVerdict)}, automaton ${verdict(m.expectedVerdict)})`,
  ];
  if (m.expectedOutput !== undefined || m.gotOutput !== undefined) {
    const show = (output: string | null | undefined) => (output == null ? 'no output' : `'${output}'`);
    lines.push(`      output: network ${show(m.gotOutput)}, automaton ${show(m.expectedOutput)}`);
  }
  if (m.correlations.length > 0) {
    lines.push(`      correlations: ${m.correlations.map((c) => `${c.state} ${c.correlation.toFixed(3)}`).join(', ')}`);
  }
  return lines.join('\n');
}

/**
 * The state-closure line: either a proof over every word (the graph of distinct network states closed)
 * or how far the exploration really got: after a mismatch in the middle of a level, only the lengths
 * before that level count as checked.
 */
export function formatClosure(closure: VerifyReport['closure']): string {
  const reached = `${plural(closure.networkStates, 'distinct network state')}, ${plural(closure.transitionsChecked, 'step')}`;
  if (closure.closed) {
    return `every word of every length: the network's reachable states closed at depth ${closure.depth} (${reached})`;
  }
  if (closure.stoppedBecause === 'not run') return 'not run';
  const checked = closure.checkedLength ?? closure.depth;
  const why = closure.stoppedBecause ?? `a mismatch at length ${closure.depth}`;
  const upTo = checked < 0 ? 'the start state differs' : `every word up to length ${checked}`;
  return `not closed (${why}): ${upTo} (${reached})`;
}

/** The line of a phase that did not run: skipped after a proof (and the flag that runs it), or turned off. */
function notRun(status: PhaseStatus, flag: string): string {
  return status === 'proved' ? `skipped: the closure covers every length (${flag} runs it)` : 'off';
}

/** The robustness table: noise level and accuracy (percent of words whose every decoded state matched). */
export function formatNoiseTable(report: VerifyReport): string {
  const rows = report.noise.map((row) => [row.level.toFixed(2), `${(100 * row.accuracy).toFixed(1)}%`]);
  return formatTable(['noise', 'accuracy'], rows, ['r', 'r'])
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');
}

/**
 * The text summary of a verification: sizes, what was checked, mismatches (the shortest few), margins,
 * coverage and the robustness table, then a one-line verdict. Ends with a newline.
 */
export function formatVerifyReport(file: string, report: VerifyReport, sample: { maxLength: number }): string {
  const m = report.margins;
  const quantile = (q: number) => m.quantiles.find((x) => x.q === q)?.margin.toFixed(3) ?? '-';
  const minAt =
    m.minAt === null
      ? ''
      : m.minAt.atInput < 0
        ? ' at the start'
        : ` at ${formatWord(m.minAt.word)}, input ${m.minAt.atInput + 1}`;
  const c = report.coverage;
  const lines = [
    `${report.automaton} (${file}): ${plural(report.states, 'state')}, ${plural(report.symbols, 'symbol')}; n = ${report.neurons} neurons, p = ${report.patterns} patterns`,
    `  closure      ${formatClosure(report.closure)}`,
    `  exhaustive   ` +
      (report.phases.exhaustive === 'run'
        ? `every word up to length ${report.exhaustiveDepth}: ${plural(report.exhaustiveWords, 'word')}`
        : notRun(report.phases.exhaustive, '--exhaustive')),
    `  random       ` +
      (report.phases.random === 'run'
        ? `${plural(report.randomWords, 'word')} of length 1..${sample.maxLength}, half steered into rarely used transitions (seed ${report.seed})`
        : notRun(report.phases.random, '--random')),
    `  checked      ${plural(report.wordsChecked, 'word')}, ${plural(report.inputsSimulated, 'input')}` +
      (report.work.closure > 0 ? ` (and ${plural(report.work.closure, 'closure step')})` : '') +
      ': ' +
      (report.failingWords === 0
        ? report.outputsChecked
          ? 'every decoded state and output matched the automaton'
          : 'every decoded state matched the automaton'
        : `${plural(report.failingWords, 'word')} with a mismatch`),
    `  coverage     ${c.transitionsExercised} of ${c.reachableTransitions} transitions, ${c.statesVisited} of ${c.reachableStates} states reachable from the start` +
      (c.unreachable.length > 0 ? ` (unreachable: ${c.unreachable.map((s) => `'${s}'`).join(', ')})` : ''),
    `  margins      min ${m.min.toFixed(3)}${minAt}; 0.1% ${quantile(0.001)}, 1% ${quantile(0.01)}, 5% ${quantile(0.05)}, median ${quantile(0.5)}, max ${m.max.toFixed(3)}`,
    `  headroom     the best correlation stayed at least ${m.minHeadroom.toFixed(3)} above the quiescence threshold`,
  ];
  if (!report.dfaMatchesSource) {
    lines.push('warning: the network was compiled for a different automaton table than its source gives');
  }
  if (report.marginWarning !== null) lines.push(`warning: ${report.marginWarning}`);
  const budget = report.robustnessBudget;
  const cut =
    budget.wordsUsed < budget.wordsDrawn
      ? ` (of ${budget.wordsDrawn} drawn; the others exceed its budget of ${plural(budget.inputs, 'input')}, --noise-budget)`
      : '';
  if (report.phases.robustness === 'off') lines.push('robustness: off');
  else if (report.noise.length === 0) lines.push(`robustness: none${cut}`);
  else {
    lines.push(
      `robustness: noise flips (or redraws) that fraction of the state part before every input; ${plural(budget.wordsUsed, 'word')} of length 1..50${cut}`,
    );
  }
  let text = `${lines.join('\n')}\n${report.noise.length === 0 ? '' : formatNoiseTable(report)}`;
  if (report.failingWords > 0) {
    const shown = report.mismatches.slice(0, LISTED);
    text += `mismatches (the shortest ${shown.length}, each cut where it diverged):\n`;
    text += `${shown.map(formatMismatch).join('\n')}\n`;
    text += `not verified: the network differs from the automaton on ${plural(report.failingWords, 'word')}\n`;
  } else {
    text += !report.proved
      ? `verified: the network follows the automaton on all ${plural(report.wordsChecked, 'word')} checked\n`
      : report.wordsChecked > 0
        ? `verified: the network follows the automaton${report.outputsChecked ? ', states and outputs,' : ''} on every word (its state graph closed), and on all ${plural(report.wordsChecked, 'word')} checked\n`
        : `verified: proved: the network follows the automaton${report.outputsChecked ? ', states and outputs,' : ''} on every word of every length (its state graph closed)\n`;
  }
  return text;
}
