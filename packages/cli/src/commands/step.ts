import type { CompiledNetwork, CompiledSequence } from '@cdam/compiler';
import { Network, SequenceNetwork } from '@cdam/runtime';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { loadNetwork } from '../load-network.js';
import { loadSequence } from '../load-sequence.js';
import { parseWord, quoteIfNeeded, type ParsedWord } from '../parse-word.js';
import { formatRecall } from '../recall-text.js';
import { toWordResult } from '../run-result.js';
import { formatRun } from '../run-text.js';
import { inputError, usageError } from '../usage.js';

export interface StepOptions {
  readonly automaton?: string;
  readonly sequence?: string;
  /** The input word, as written for `cdam run --input`; the empty word when absent. */
  readonly input?: string;
}

/** What the interactive UI receives (the shape of `StepUiOptions` in `@cdam/tui`): an automaton and a word, or a sequence. */
export type StepUiRequest =
  | {
      readonly network: CompiledNetwork;
      readonly word: readonly string[];
      readonly fileName: string;
      /** Reads a word typed in the UI, with the syntax of `--input`. */
      readonly parseWord: (text: string) => ParsedWord;
      /** Writes a word back in that syntax. */
      readonly formatWord: (symbols: readonly string[]) => string;
    }
  | { readonly sequence: CompiledSequence; readonly fileName: string };

/** The terminal side of `cdam step`, injected so tests neither need a terminal nor load the UI. */
export interface StepTerminal {
  /**
   * Keys can be read and the screen redrawn: standard input is a terminal and no CI variable is set
   * (under CI, ink draws only the last frame, so the UI would look hung).
   */
  readonly interactive: boolean;
  /** Loads the terminal UI and runs it until the user quits. */
  runUi(request: StepUiRequest): Promise<void>;
}

/** `CI` or `CONTINUOUS_INTEGRATION` set to anything but `0` or `false`: the test ink itself applies. */
export function isContinuousIntegration(env: Readonly<Record<string, string | undefined>>): boolean {
  const set = (key: string) => env[key] !== undefined && env[key] !== '0' && env[key] !== 'false';
  return set('CI') || set('CONTINUOUS_INTEGRATION');
}

/**
 * The real terminal. `@cdam/tui` (and with it ink and React) is imported here only, and only once both
 * standard streams are known to be terminals, so the plain-text path and the other commands never load it.
 */
export const processTerminal: StepTerminal = {
  get interactive() {
    return process.stdin.isTTY === true && !isContinuousIntegration(process.env);
  },
  async runUi(request) {
    // React's development build (chosen when NODE_ENV is unset) doubles the cost of every frame;
    // it reads NODE_ENV when first loaded, which is by the import below.
    process.env.NODE_ENV ??= 'production';
    const { runStepUi } = await import('@cdam/tui');
    await runStepUi(request);
  },
};

/**
 * `cdam step <file> [--automaton NAME] [--input WORD]`: steps the network of an automaton (compiled from a
 * `.fsa` file, or a `.cdam.json` artifact) through a word, beside the automaton; with `--sequence NAME`,
 * a sequence's recall tick by tick. With a terminal on both standard input and output (and not under CI)
 * it runs the interactive UI until the user quits. Otherwise (output piped, CI) it prints the steps as
 * `cdam run` does (step, symbol, decoded state, automaton state, margin, a mark where they differ) and the
 * verdict, or the recall as `cdam recall` does, and exits 0. A file with errors prints its diagnostics and
 * exits 1, as does a symbol outside the alphabet.
 */
export async function stepCommand(
  fileName: string,
  options: StepOptions,
  io: Io,
  terminal: StepTerminal = processTerminal,
): Promise<ExitCode> {
  if (options.automaton !== undefined && options.sequence !== undefined) {
    return usageError(io, 'step', "options '--automaton' and '--sequence' cannot be used together");
  }
  if (options.sequence !== undefined) return stepSequence(fileName, options, io, terminal);
  const loaded = await loadNetwork(io, fileName, { automaton: options.automaton });
  if (!loaded.ok) return ExitCode.Errors;
  const compiled = loaded.network;
  const alphabet = compiled.dfa.alphabet;
  const parsed = parseWord(options.input ?? '', alphabet);
  if (!parsed.ok) return inputError(io, `--input: ${parsed.message}`);

  if (io.isTTY && terminal.interactive) {
    await terminal.runUi({
      network: compiled,
      word: parsed.symbols,
      fileName,
      parseWord: (text) => parseWord(text, alphabet),
      formatWord: (symbols) => symbols.map(quoteIfNeeded).join(' '),
    });
    return ExitCode.Ok;
  }
  const run = new Network(compiled).run(parsed.symbols);
  const result = toWordResult(compiled, parsed.symbols, {
    accepted: run.accepted,
    states: run.points.map((p) => p.decoded.name),
    margins: run.points.map((p) => p.decoded.margin),
    finalState: run.finalState,
  });
  io.out(formatRun(compiled, result));
  return ExitCode.Ok;
}

/**
 * `cdam step <file> --sequence NAME`: the sequence's recall from its first step, tick by tick, beside
 * where exact recall is; without a terminal, the recall as `cdam recall` prints it.
 */
async function stepSequence(fileName: string, options: StepOptions, io: Io, terminal: StepTerminal): Promise<ExitCode> {
  if (options.input !== undefined) {
    return usageError(io, 'step', "a sequence has no input word: '--input' cannot be used with '--sequence'");
  }
  const loaded = await loadSequence(io, fileName, { sequence: options.sequence });
  if (!loaded.ok) return ExitCode.Errors;
  if (io.isTTY && terminal.interactive) {
    await terminal.runUi({ sequence: loaded.sequence, fileName });
    return ExitCode.Ok;
  }
  io.out(formatRecall(loaded.sequence, new SequenceNetwork(loaded.sequence).recall()));
  return ExitCode.Ok;
}
