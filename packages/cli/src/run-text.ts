import type { CompiledNetwork } from '@cdam/compiler';
import { quoteIfNeeded } from './parse-word.js';
import type { WordResult } from './run-result.js';
import { formatTable } from './table.js';

const MARK = '!';

function margin(value: number | undefined): string {
  return value === undefined ? '' : value.toFixed(3);
}

function verdict(accepted: boolean): string {
  return accepted ? 'accepted' : 'rejected';
}

/** `Turnstile: n = 384 neurons, p = 6 patterns, K = 2 iterations per symbol` */
export function describeNetwork(network: CompiledNetwork): string {
  // The parameters that run (an artifact's report is checked to state the same on load).
  const { params } = network;
  return `${network.name}: n = ${params.neurons} neurons, p = ${network.patterns.count} patterns, K = ${params.iterations} iterations per symbol`;
}

/**
 * The text report of one run: a row per step (the start, then each symbol) with the decoded state, the
 * automaton's state and the margin; `!` marks a step where they differ. Then the verdict.
 */
export function formatRun(network: CompiledNetwork, result: WordResult): string {
  const rows = result.states.map((state, step) => {
    const symbolic = result.symbolic.states[step] ?? '';
    return [
      state !== symbolic ? MARK : '',
      String(step),
      step === 0 ? '(start)' : quoteIfNeeded(result.word[step - 1]),
      state,
      symbolic,
      margin(result.margins[step]),
    ];
  });
  const table = formatTable(['', 'step', 'symbol', 'network', 'automaton', 'margin'], rows, [
    'l',
    'r',
    'l',
    'l',
    'l',
    'r',
  ]);
  const quiet = result.finalState === null ? ' (no memory active at the end)' : '';
  const agreement = result.agrees
    ? `the automaton agrees`
    : `the automaton ${verdict(result.symbolic.accepted)}: the network DISAGREES (steps marked ${MARK})`;
  return `${describeNetwork(network)}\n${table}${verdict(result.accepted)}${quiet}; ${agreement}\n`;
}

/**
 * The text report of `--words`: one row per word, `!` where network and automaton disagree, and a summary.
 * The input column shows the parsed word as `--input` would take it (`""` for the empty word).
 */
export function formatBatch(network: CompiledNetwork, results: readonly WordResult[]): string {
  const rows = results.map((r) => [
    r.agrees ? '' : MARK,
    verdict(r.accepted),
    verdict(r.symbolic.accepted),
    r.finalState ?? '(none)',
    margin(r.margins.reduce((low, m) => Math.min(low, m), Infinity)), // no spread: a word may have 10^5+ inputs
    r.word.length === 0 ? '""' : r.word.map(quoteIfNeeded).join(' '), // not the raw line: a tab or ESC in it breaks the table
  ]);
  const table = formatTable(['', 'network', 'automaton', 'final', 'min margin', 'input'], rows, [
    'l',
    'l',
    'l',
    'l',
    'r',
    'l',
  ]);
  const accepted = results.filter((r) => r.accepted).length;
  const disagree = results.filter((r) => !r.agrees).length;
  const words = `${results.length} word${results.length === 1 ? '' : 's'}`;
  const agreement =
    disagree === 0
      ? 'the automaton agrees on all'
      : `the network DISAGREES with the automaton on ${disagree} (marked ${MARK})`;
  return `${describeNetwork(network)}\n${table}${words}: ${accepted} accepted, ${results.length - accepted} rejected; ${agreement}\n`;
}
