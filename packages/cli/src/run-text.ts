import type { CompiledNetwork } from '@cdam/compiler';
import { quoteIfNeeded } from './parse-word.js';
import type { WordResult } from './run-result.js';
import { formatTable } from './table.js';

const MARK = '!';

function margin(value: number | undefined): string {
  return value === undefined ? '' : value.toFixed(3);
}

/** An output as shown in a table: its name (quoted when needed), `-` for no output. */
function outputText(output: string | null | undefined): string {
  return output === undefined ? '' : output === null ? '-' : quoteIfNeeded(output);
}

/** An output tape: its outputs separated by spaces, `""` for the empty tape. */
function tapeText(outputs: readonly (string | null)[] | undefined): string {
  if (outputs === undefined) return '';
  return outputs.length === 0 ? '""' : outputs.map(outputText).join(' ');
}

function verdict(accepted: boolean): string {
  return accepted ? 'accepted' : 'rejected';
}

/** `Turnstile: n = 384 neurons, p = 6 patterns, K = 2 iterations per symbol` */
export function describeNetwork(network: CompiledNetwork): string {
  const { report } = network;
  return `${network.name}: n = ${report.neurons} neurons, p = ${report.patterns} patterns, K = ${report.iterations} iterations per symbol`;
}

/**
 * The text report of one run: a row per step (the start, then each symbol) with the decoded state, the
 * automaton's state and the margin; `!` marks a step where they differ. Then the verdict.
 */
export function formatRun(network: CompiledNetwork, result: WordResult): string {
  const transducer = result.outputs !== undefined;
  const rows = result.states.map((state, step) => {
    const symbolic = result.symbolic.states[step] ?? '';
    // A Moore machine shows its start state's output before any input.
    const output = step === 0 ? outputText(result.initialOutput) : outputText(result.outputs?.[step - 1]);
    const expected =
      step === 0 ? outputText(result.symbolic.initialOutput) : outputText(result.symbolic.outputs?.[step - 1]);
    return [
      state !== symbolic || output !== expected ? MARK : '',
      String(step),
      step === 0 ? '(start)' : quoteIfNeeded(result.word[step - 1]),
      state,
      symbolic,
      ...(transducer ? [output, expected] : []),
      margin(result.margins[step]),
    ];
  });
  const headers = ['', 'step', 'symbol', 'network', 'automaton'];
  const outputHeaders = transducer ? ['network output', 'automaton output'] : [];
  const table = formatTable([...headers, ...outputHeaders, 'margin'], rows, [
    'l',
    'r',
    'l',
    'l',
    'l',
    ...outputHeaders.map(() => 'l' as const),
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
  const transducer = network.outputs !== undefined;
  const rows = results.map((r) => [
    r.agrees ? '' : MARK,
    verdict(r.accepted),
    verdict(r.symbolic.accepted),
    r.finalState ?? '(none)',
    ...(transducer ? [tapeText(r.outputs), tapeText(r.symbolic.outputs)] : []),
    margin(r.margins.reduce((low, m) => Math.min(low, m), Infinity)), // no spread: a word may have 10^5+ inputs
    r.word.length === 0 ? '""' : r.word.map(quoteIfNeeded).join(' '), // not the raw line: a tab or ESC in it breaks the table
  ]);
  const outputHeaders = transducer ? ['network output', 'automaton output'] : [];
  const table = formatTable(['', 'network', 'automaton', 'final', ...outputHeaders, 'min margin', 'input'], rows, [
    'l',
    'l',
    'l',
    'l',
    ...outputHeaders.map(() => 'l' as const),
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
