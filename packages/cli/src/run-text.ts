import type { CompiledNetwork } from '@cdam/compiler';
import { quoteIfNeeded } from './parse-word.js';
import type { WordResult } from './run-result.js';
import { formatTable } from './table.js';

const MARK = '!';
/** A word whose verdict agrees but whose states on the way do not. */
const STATES_MARK = '~';

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
  // The parameters that run (an artifact's report is checked to state the same on load).
  const { params } = network;
  return `${network.name}: n = ${params.neurons} neurons, p = ${network.patterns.count} patterns, K = ${params.iterations} iterations per symbol`;
}

/** The noise a run was made with: the fraction of the state part perturbed before every input, and the seed. */
export interface RunNoise {
  readonly level: number;
  readonly seed: number;
}

/** `noise 0.2: the state part perturbed (flipped or redrawn) before every input, seed 3`, or nothing without noise. */
function noiseLine(noise: RunNoise | undefined): string {
  if (noise === undefined || !(noise.level > 0)) return '';
  return `noise ${noise.level}: that fraction of the state part perturbed (flipped or redrawn) before every input, seed ${noise.seed}\n`;
}

/** Whether a transducer's network emitted another output than its automaton at some step. */
function outputsDiffer(result: WordResult): boolean {
  const outputs = result.outputs;
  if (outputs === undefined) return false;
  return outputs.some((o, i) => outputText(o) !== outputText(result.symbolic.outputs?.[i]));
}

/**
 * How the network's run compares with the automaton's: agreeing; the same verdict with other states on
 * the way (not a disagreement: the answer is the automaton's); or a different verdict, which DISAGREES.
 */
function comparison(result: WordResult): string {
  if (result.agrees) return 'the automaton agrees';
  if (outputsDiffer(result)) {
    return `the automaton ${verdict(result.symbolic.accepted)}: the network's outputs DISAGREE (steps marked ${MARK})`;
  }
  if (result.accepted === result.symbolic.accepted) {
    return `the automaton ${verdict(result.symbolic.accepted)} too, but the network's intermediate states differ (steps marked ${MARK})`;
  }
  return `the automaton ${verdict(result.symbolic.accepted)}: the network DISAGREES (steps marked ${MARK})`;
}

/**
 * The text report of one run: a row per step (the start, then each symbol) with the decoded state, the
 * automaton's state and the margin; `!` marks a step where they differ. Then the verdict. With noise, a
 * line under the network's says how much.
 */
export function formatRun(network: CompiledNetwork, result: WordResult, noise?: RunNoise): string {
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
  return `${describeNetwork(network)}\n${noiseLine(noise)}${table}${verdict(result.accepted)}${quiet}; ${comparison(result)}\n`;
}

/**
 * The text report of `--words`: one row per word, `!` where the verdicts of network and automaton differ
 * and `~` where only the states on the way do, and a summary. The input column shows the parsed word as
 * `--input` would take it (`""` for the empty word).
 */
export function formatBatch(network: CompiledNetwork, results: readonly WordResult[], noise?: RunNoise): string {
  const transducer = network.outputs !== undefined;
  const rows = results.map((r) => [
    r.agrees ? '' : r.accepted !== r.symbolic.accepted || outputsDiffer(r) ? MARK : STATES_MARK,
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
  const disagree = results.filter((r) => r.accepted !== r.symbolic.accepted).length;
  const statesOnly = results.filter((r) => !r.agrees && r.accepted === r.symbolic.accepted).length;
  const words = `${results.length} word${results.length === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (disagree > 0) parts.push(`the network DISAGREES with the automaton on ${disagree} (marked ${MARK})`);
  if (statesOnly > 0) {
    parts.push(`same verdict but other intermediate states on ${statesOnly} (marked ${STATES_MARK})`);
  }
  const agreement = parts.length === 0 ? 'the automaton agrees on all' : parts.join('; ');
  return `${describeNetwork(network)}\n${noiseLine(noise)}${table}${words}: ${accepted} accepted, ${results.length - accepted} rejected; ${agreement}\n`;
}
