import { randomDfa, toSpec } from '@cdam/automata';
import {
  capacityRatios,
  compileAutomaton,
  compileSequence,
  createRng,
  formatNumber,
  type CapacityRatios,
  type Encoding,
} from '@cdam/compiler';
import { Network, SequenceNetwork } from '@cdam/runtime';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { writeFigure } from '../write-figure.js';

/** Automaton sizes measured by default: log-spaced from 10 to 1000 states (about 25 s on 2 busy cores). */
export const DEFAULT_CAPACITY_STATES: readonly number[] = [10, 32, 100, 316, 1000, 3162, 10000];
/** Sequence lengths measured by default (items of a loop, dwell 1). */
export const DEFAULT_CAPACITY_ITEMS: readonly number[] = [10, 100, 1000];

export interface CapacityCommandOptions {
  readonly states?: readonly number[];
  /** Sequence lengths; an empty list measures no sequences. */
  readonly items?: readonly number[];
  readonly symbols?: number;
  readonly encoding?: Encoding;
  readonly trials?: number;
  /** Random words per automaton and their length. */
  readonly words?: number;
  readonly length?: number;
  /** State noise of the noisy runs: the fraction of state neurons flipped or redrawn before each input. */
  readonly noise?: number;
  readonly seed?: number;
  readonly json?: boolean;
  readonly svg?: string;
}

/** One random automaton: the neurons the compiler chose and how well runs follow it. */
interface AutomatonRow {
  readonly states: number;
  readonly symbols: number;
  readonly trial: number;
  /** The compiler's automatic choice; null when it found no safe size (see `reason`). */
  readonly neurons: number | null;
  readonly patterns: number | null;
  readonly exact: boolean;
  readonly reason?: string;
  /** Words whose every decoded state was the automaton's, without and with state noise. */
  readonly accuracy: number | null;
  readonly noisyAccuracy: number | null;
  readonly capacity: CapacityRatios | null;
  readonly compileMs: number;
}

/** One looping sequence: the neurons the compiler chose and whether one full cycle is recalled exactly. */
interface SequenceRow {
  readonly items: number;
  readonly trial: number;
  readonly neurons: number | null;
  readonly patterns: number | null;
  readonly exact: boolean;
  readonly reason?: string;
  /** Recall from the first item for one full cycle (p ticks) stayed on the expected pattern. */
  readonly cycleExact: boolean | null;
  readonly capacity: CapacityRatios | null;
  readonly compileMs: number;
}

/**
 * `cdam capacity`: random DFAs of the given sizes and looping sequences of the given lengths, each compiled
 * with the compiler's automatic (smallest exact) neuron count; per automaton the accuracy of random long
 * words with and without state noise, per sequence whether one full cycle is recalled exactly; capacity
 * three ways. Table or JSON on stdout, progress on stderr, optional log-log SVG with Cotteret et al.'s
 * 0.029 N line. Deterministic in the seed. Exit 0, or 1 when the picture cannot be written.
 */
export async function capacityCommand(options: CapacityCommandOptions, io: Io): Promise<ExitCode> {
  const states = options.states ?? DEFAULT_CAPACITY_STATES;
  const items = options.items ?? DEFAULT_CAPACITY_ITEMS;
  const symbols = options.symbols ?? 2;
  const encoding = options.encoding ?? 'bipolar';
  const trials = options.trials ?? 1;
  const words = options.words ?? 20;
  const length = options.length ?? 100;
  const noise = options.noise ?? 0.1;
  const seed = options.seed ?? 0;
  const started = performance.now();
  const automata: AutomatonRow[] = [];
  for (const size of states) {
    for (let trial = 0; trial < trials; trial++) {
      const row = measureAutomaton(size, symbols, encoding, trial, { words, length, noise, seed });
      automata.push(row);
      io.err(
        `capacity: ${size} states, trial ${trial + 1}/${trials}: ${row.neurons === null ? 'no exact size' : `n = ${row.neurons}, accuracy ${formatNumber(row.accuracy ?? 0)}, noisy ${formatNumber(row.noisyAccuracy ?? 0)}`} (${seconds(performance.now() - started)} so far)\n`,
      );
    }
  }
  const sequences: SequenceRow[] = [];
  for (const count of items) {
    for (let trial = 0; trial < trials; trial++) {
      const row = measureSequence(count, encoding, trial, seed);
      sequences.push(row);
      io.err(
        `capacity: ${count} items, trial ${trial + 1}/${trials}: ${row.neurons === null ? 'no exact size' : `n = ${row.neurons}, cycle ${row.cycleExact ? 'exact' : 'not exact'}`} (${seconds(performance.now() - started)} so far)\n`,
      );
    }
  }
  const result = { symbols, encoding, trials, words, length, noise, seed, cotteret: 0.029, automata, sequences };
  io.out(options.json ? `${JSON.stringify(result)}\n` : formatCapacityTables(result));
  if (options.svg === undefined) return ExitCode.Ok;
  const figures = await import('@cdam/figures');
  const points = [
    ...automata.map((row) => ({
      series: `automata (${symbols} symbols)`,
      neurons: row.neurons ?? 0,
      held: row.states,
    })),
    ...sequences.map((row) => ({
      series: 'sequences (one cycle)',
      neurons: row.neurons ?? 0,
      held: row.patterns ?? 0,
    })),
  ];
  const svg = await figures.renderSvg(figures.capacityChartSpec(points));
  return (await writeFigure(io, options.svg, svg, 'the capacity chart')) === ExitCode.Ok
    ? ExitCode.Ok
    : ExitCode.Errors;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function measureAutomaton(
  states: number,
  symbols: number,
  encoding: Encoding,
  trial: number,
  runs: { words: number; length: number; noise: number; seed: number },
): AutomatonRow {
  const dfa = randomDfa(states, symbols, createRng(runs.seed + trial, `capacity-dfa-${states}`));
  const spec = toSpec(dfa, { name: `Random${states}` });
  const start = performance.now();
  const compiled = compileAutomaton(spec, { encoding, seed: runs.seed + trial });
  const compileMs = performance.now() - start;
  const base = { states, symbols, trial, compileMs };
  if (compiled.kind === 'error') {
    const reason = compiled.error.message;
    return {
      ...base,
      neurons: null,
      patterns: null,
      exact: false,
      reason,
      accuracy: null,
      noisyAccuracy: null,
      capacity: null,
    };
  }
  const { report, dfa: runs0 } = compiled.network;
  const network = new Network(compiled.network);
  const rng = createRng(runs.seed + trial, `capacity-words-${states}`);
  const alphabet = runs0.alphabet;
  const wordList = Array.from({ length: runs.words }, () =>
    Array.from({ length: runs.length }, () => rng.nextInt(alphabet.length)),
  );
  const followed = (noise: number) => {
    let right = 0;
    wordList.forEach((word, w) => {
      const trajectory = network.run(
        word.map((s) => alphabet[s]),
        noise > 0 ? { noise, noiseSeed: runs.seed + trial * 100_003 + w } : {},
      );
      let q = runs0.start;
      let ok = trajectory.points.length === word.length + 1;
      trajectory.points.forEach((point, t) => {
        if (t > 0) q = runs0.delta[q][word[t - 1]];
        if (point.decoded.quiescent || point.decoded.name !== runs0.states[q]) ok = false;
      });
      if (ok) right++;
    });
    return runs.words > 0 ? right / runs.words : 1;
  };
  return {
    ...base,
    neurons: report.neurons,
    patterns: report.patterns,
    exact: report.exact,
    accuracy: followed(0),
    noisyAccuracy: runs.noise > 0 ? followed(runs.noise) : null,
    capacity: capacityRatios(report.states, report.neurons, report.patterns),
  };
}

function measureSequence(items: number, encoding: Encoding, trial: number, seed: number): SequenceRow {
  const spec = {
    name: `Loop${items}`,
    items: Array.from({ length: items }, (_, i) => `item${i}`),
    loop: true,
    dwell: new Array<number>(items).fill(1),
    network: {},
  };
  const start = performance.now();
  const compiled = compileSequence(spec, { encoding, seed: seed + trial });
  const compileMs = performance.now() - start;
  if (compiled.kind === 'error') {
    const base = { items, trial, neurons: null, patterns: null, exact: false, cycleExact: null, capacity: null };
    return { ...base, reason: compiled.error.message, compileMs };
  }
  const { report } = compiled.sequence;
  const network = new SequenceNetwork(compiled.sequence);
  const run = network.recall({ ticks: network.p });
  return {
    items,
    trial,
    neurons: report.neurons,
    patterns: report.patterns,
    exact: report.exact,
    cycleExact: run.summary.exact,
    capacity: capacityRatios(report.patterns, report.neurons, report.patterns),
    compileMs,
  };
}

function ratio(value: number | undefined): string {
  if (value === undefined) return '-';
  return value >= 0.01 ? formatNumber(value) : value.toExponential(2);
}

function share(value: number | null): string {
  return value === null ? '-' : `${formatNumber(100 * value)}%`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => cell.padStart(widths[c]))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].map((l) => `  ${l}`).join('\n');
}

function formatCapacityTables(result: {
  symbols: number;
  encoding: Encoding;
  words: number;
  length: number;
  noise: number;
  automata: readonly AutomatonRow[];
  sequences: readonly SequenceRow[];
}): string {
  const parts: string[] = [];
  if (result.automata.length > 0) {
    parts.push(
      `automata: random DFAs over ${result.symbols} symbols, ${result.encoding} codes, the compiler's smallest exact n; ${result.words} random words of length ${result.length}, noisy runs flip ${formatNumber(result.noise)} of the state neurons before each input`,
      table(
        ['states', 'n', 'p', 'exact', 'words right', 'noisy', 'states/n', 'per (n + p)', 'per n · p', 'compile'],
        result.automata.map((row) => [
          String(row.states),
          row.neurons === null ? '-' : String(row.neurons),
          row.patterns === null ? '-' : String(row.patterns),
          row.exact ? 'yes' : 'no',
          share(row.accuracy),
          share(row.noisyAccuracy),
          ratio(row.capacity?.perNeuron),
          ratio(row.capacity?.perNeuronAndPattern),
          ratio(row.capacity?.perStoredNumber),
          seconds(row.compileMs),
        ]),
      ),
    );
  }
  if (result.sequences.length > 0) {
    parts.push(
      `sequences: loops of distinct items (dwell 1), ${result.encoding} codes, the compiler's smallest exact n; recall from the first item for one full cycle`,
      table(
        ['items', 'n', 'p', 'exact', 'cycle', 'patterns/n', 'per (n + p)', 'per n · p', 'compile'],
        result.sequences.map((row) => [
          String(row.items),
          row.neurons === null ? '-' : String(row.neurons),
          row.patterns === null ? '-' : String(row.patterns),
          row.exact ? 'yes' : 'no',
          row.cycleExact === null ? '-' : row.cycleExact ? 'exact' : 'not exact',
          ratio(row.capacity?.perNeuron),
          ratio(row.capacity?.perNeuronAndPattern),
          ratio(row.capacity?.perStoredNumber),
          seconds(row.compileMs),
        ]),
      ),
    );
  }
  parts.push(`Cotteret et al. (bipolar attractor networks): about 0.029 states per neuron.`);
  return `${parts.join('\n\n')}\n`;
}
