import type { CompiledNetwork } from '@cdam/compiler';
import { Network } from '@cdam/runtime';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { loadNetwork } from '../load-network.js';
import { refuseToOverwriteInput } from '../output.js';
import { parseWord } from '../parse-word.js';
import { toJsonLine, toWordResult, type WordResult } from '../run-result.js';
import { formatBatch, formatRun, type RunNoise } from '../run-text.js';
import { inputError, usageError } from '../usage.js';
import { writeFigure } from '../write-figure.js';
import { visiblePath, visibleText } from '../visible-path.js';

export interface RunOptions {
  /** One word, as written (`coin push`, `1011`, `"passive open" SYN`, `""`). */
  readonly input?: string;
  /** A file of words, one per line (`-`: standard input). */
  readonly words?: string;
  readonly automaton?: string;
  /** Fraction of the state part perturbed before each input, in [0, 1]. */
  readonly noise?: number;
  /** Seed of the noise stream (default: the network's seed). */
  readonly seed?: number;
  readonly json?: boolean;
  /** With `input`: write the correlation with every state after each iteration here (SVG heatmap). */
  readonly svg?: string;
}

interface WordLine {
  readonly line: number;
  readonly text: string;
}

/**
 * Lines of a words file that hold a word: lines that are empty (or only whitespace) are skipped,
 * so the empty word is written `""`. A final line break is optional; `\r\n` works too.
 */
export function wordLines(text: string): WordLine[] {
  return text
    .split('\n')
    .map((raw, i) => ({ line: i + 1, text: raw.replace(/\r$/, '') }))
    .filter((l) => l.text.trim() !== '');
}

function runOne(network: Network, word: readonly string[], options: RunOptions, input?: string): WordResult {
  const run = network.run(word, {
    ...(options.noise !== undefined ? { noise: options.noise } : {}),
    ...(options.seed !== undefined ? { noiseSeed: options.seed } : {}),
  });
  return toWordResult(
    network.compiled,
    word,
    {
      accepted: run.accepted,
      states: run.points.map((p) => p.decoded.name),
      margins: run.points.map((p) => p.decoded.margin),
      finalState: run.finalState,
      ...(network.compiled.outputs ? { outputs: run.points.slice(1).map((p) => p.output?.output ?? null) } : {}),
      ...(network.compiled.outputs?.kind === 'moore' ? { initialOutput: run.points[0].output?.output ?? null } : {}),
    },
    input,
  );
}

/** The noise of a run, for the text report (the seed defaults to the network's, as `Network.run` does). */
function runNoise(compiled: CompiledNetwork, options: RunOptions): RunNoise | undefined {
  return options.noise !== undefined && options.noise > 0
    ? { level: options.noise, seed: options.seed ?? compiled.params.seed }
    : undefined;
}

/** Many words: the batched matrix-matrix path without noise; one run per word with noise (it is per run). */
function runMany(
  network: Network,
  words: readonly (readonly string[])[],
  inputs: readonly string[],
  options: RunOptions,
): WordResult[] {
  if (options.noise !== undefined && options.noise > 0)
    return words.map((w, i) => runOne(network, w, options, inputs[i]));
  network.reset();
  const start = network.decode();
  const initialOutput = network.readOutput()?.output ?? null;
  return network.runBatch(words).map((run, i) =>
    toWordResult(
      network.compiled,
      words[i],
      {
        accepted: run.accepted,
        states: [start.name, ...run.states],
        margins: [start.margin, ...run.margins],
        finalState: run.finalState,
        ...(run.outputs ? { outputs: run.outputs } : {}),
        ...(network.compiled.outputs?.kind === 'moore' ? { initialOutput } : {}),
      },
      inputs[i],
    ),
  );
}

/** Runs the word again recording every iteration and writes the overlap heatmap (figures load lazily). */
async function drawRun(
  io: Io,
  network: Network,
  word: readonly string[],
  options: RunOptions,
  path: string,
): Promise<ExitCode> {
  const trajectory = network.run(word, {
    recordIterations: true,
    ...(options.noise !== undefined ? { noise: options.noise } : {}),
    ...(options.seed !== undefined ? { noiseSeed: options.seed } : {}),
  });
  const { renderSvg, runHeatmapSpec } = await import('@cdam/figures');
  return writeFigure(io, path, await renderSvg(runHeatmapSpec(network.compiled, trajectory)), 'the run heatmap');
}

async function readWords(io: Io, path: string): Promise<{ ok: true; text: string } | { ok: false }> {
  // Without a pipe, reading stdin waits for typing: say so, or the command looks hung.
  if (path === '-' && io.stdinIsTTY) io.err('cdam: reading words from the terminal, one per line; end with Ctrl-D\n');
  const read = path === '-' ? await io.stdin() : await io.readFile(path);
  if (!read.ok) {
    io.err(`cdam: ${read.message}\n`);
    return { ok: false };
  }
  return { ok: true, text: read.value };
}

/**
 * `cdam run <file> --input WORD | --words FILE`: compiles the automaton of a `.fsa` file (or loads a
 * `.cdam.json` artifact), runs the word(s) on the network and on the automaton it implements, and prints
 * both (text table or JSON lines). A symbol outside the alphabet is an error (exit 1); a run that
 * rejects is not (exit 0).
 */
export async function runCommand(fileName: string, options: RunOptions, io: Io): Promise<ExitCode> {
  if (options.input === undefined && options.words === undefined) {
    return usageError(io, 'run', 'give a word with --input WORD, or a file of words with --words FILE');
  }
  if (options.input !== undefined && options.words !== undefined) {
    return usageError(io, 'run', "options '--input' and '--words' cannot be used together");
  }
  if (options.svg !== undefined && options.input === undefined) {
    return usageError(io, 'run', "option '--svg' draws one word: give it with '--input'");
  }
  const overwrite = refuseToOverwriteInput(io, 'run', fileName, [['--svg', options.svg]]);
  if (overwrite !== undefined) return overwrite;
  const loaded = await loadNetwork(io, fileName, { automaton: options.automaton });
  if (!loaded.ok) return ExitCode.Errors;
  const compiled: CompiledNetwork = loaded.network;
  const alphabet = compiled.dfa.alphabet;
  const network = new Network(compiled);

  if (options.input !== undefined) {
    const parsed = parseWord(options.input, alphabet);
    if (!parsed.ok) {
      io.err(`cdam: --input: ${visibleText(parsed.message)}\n`);
      return ExitCode.Errors;
    }
    const result = runOne(network, parsed.symbols, options);
    io.out(options.json ? `${toJsonLine(result)}\n` : formatRun(compiled, result, runNoise(compiled, options)));
    return options.svg === undefined ? ExitCode.Ok : drawRun(io, network, parsed.symbols, options, options.svg);
  }

  const wordsPath = options.words as string;
  const read = await readWords(io, wordsPath);
  if (!read.ok) return ExitCode.Errors;
  const lines = wordLines(read.text);
  const where = wordsPath === '-' ? 'stdin' : wordsPath;
  if (lines.length === 0) {
    // Most likely a wrong path or an empty pipe: an empty success would hide it.
    return inputError(io, `${where}: no words to run; write one word per line (\"\" for the empty word)`);
  }
  const words: (readonly string[])[] = [];
  let bad = 0;
  for (const line of lines) {
    const parsed = parseWord(line.text, alphabet);
    if (parsed.ok) words.push(parsed.symbols);
    else if (++bad <= 20) io.err(`cdam: ${visiblePath(where)}:${line.line}: ${visibleText(parsed.message)}\n`);
  }
  if (bad > 0) {
    if (bad > 20) io.err(`cdam: ${visiblePath(where)}: ${bad - 20} more lines with problems\n`);
    return ExitCode.Errors;
  }
  const results = runMany(
    network,
    words,
    lines.map((l) => l.text),
    options,
  );
  io.out(
    options.json
      ? results.map((r) => `${toJsonLine(r)}\n`).join('')
      : formatBatch(compiled, results, runNoise(compiled, options)),
  );
  return ExitCode.Ok;
}
