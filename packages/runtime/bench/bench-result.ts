import type { LanguageServerFigure } from '../../lsp/bench/lsp-bench.js';

/** One kernel's figure for one (n, p, batch). */
export interface KernelFigure {
  readonly kernel: string;
  readonly msPerStep: number;
  readonly reps: number;
}

/** One (n, p, batch) row: the default kernel's time in `msPerStep`, the other kernels beside it. */
export interface StepRow {
  readonly n: number;
  readonly p: number;
  readonly batch: number;
  /** The kernel the runtime picks for this network (`auto`). */
  readonly kernel: string;
  readonly msPerStep: number;
  readonly reps: number;
  /** The NumPy yardstick's ms per step: the median of `numpyRuns` runs of numpy_step.py (each a mean). */
  readonly numpyMsPerStep: number | null;
  readonly numpyRuns: number;
  /** msPerStep / numpyMsPerStep (null without the yardstick). */
  readonly ratio: number | null;
  readonly others: readonly KernelFigure[];
  /** Kernels left out at this size, with why. */
  readonly skipped: readonly { readonly kernel: string; readonly reason: string }[];
}

export interface CompileRow {
  readonly states: number;
  readonly symbols: number;
  readonly ms: number;
  readonly reps: number;
  /** The neuron count the compiler chose (n). */
  readonly neurons: number;
  readonly patterns: number;
  readonly worstGap: number | null;
  readonly requiredGap: number;
}

export interface MinimiseRow {
  readonly states: number;
  readonly symbols: number;
  readonly minimalStates: number;
  readonly ms: number;
  readonly reps: number;
}

/** Recall of one compiled looping sequence. */
export interface RecallRow {
  readonly items: number;
  readonly neurons: number;
  readonly neuronsChosen: 'auto' | 'given';
  readonly patterns: number;
  /** Updates per timed recall. */
  readonly ticks: number;
  /** Updates per second, each with its decoding. */
  readonly ticksPerSecond: number;
  readonly msPerTick: number;
  readonly reps: number;
  /** Whether the timed recall followed the sequence exactly. */
  readonly exact: boolean;
  /** Milliseconds to compile the sequence (neuron choice, exact gap check) and build its kernel, once. */
  readonly compileMs: number;
  /** Whether the timed recall ran at least one full cycle (ticks >= patterns). */
  readonly fullCycle: boolean;
  /** What ran the products: the kernel each thread runs, and the threads (`wasm, 2 threads`). */
  readonly kernel?: string;
}

/** Recall figures, or why there are none. */
export type RecallFigure =
  | { readonly available: true; readonly rows: readonly RecallRow[] }
  | { readonly available: false; readonly reason: string };

/** A generated hostile `.fsa` file (see `hostileSource`). */
export type HostileKind = 'escapes' | 'alphabet';

/** `cdam check` (checking and rendering the first 50 diagnostics) of one hostile file. */
export interface CheckRow {
  readonly kind: HostileKind;
  readonly bytes: number;
  /** Diagnostics the check found (all of them, though only 50 are rendered). */
  readonly diagnostics: number;
  readonly ms: number;
  readonly reps: number;
}

/** One update run by ONNX Runtime (CPU) on the exported step network, beside cdam's kernel and NumPy. */
export interface OnnxRow {
  readonly n: number;
  readonly p: number;
  readonly batch: number;
  readonly onnxMsPerStep: number;
  readonly reps: number;
  /** The step rows' default kernel and its time at the same (n, p, batch); null when that row is absent. */
  readonly kernel: string | null;
  readonly cdamMsPerStep: number | null;
  /** The step rows' NumPy figure at the same (n, p, batch), or null. */
  readonly numpyMsPerStep: number | null;
}

/** `cdam export` of a compiled random DFA, from the artifact text to the bytes of each format. */
export interface ExportRow {
  readonly states: number;
  readonly symbols: number;
  readonly neurons: number;
  readonly patterns: number;
  readonly onnxMs: number;
  readonly onnxReps: number;
  readonly onnxBytes: number;
  readonly npzMs: number;
  readonly npzReps: number;
  readonly npzBytes: number;
}

/** ONNX Runtime figures, or why there are none. */
export type OnnxFigure =
  | { readonly available: true; readonly rows: readonly OnnxRow[] }
  | { readonly available: false; readonly reason: string };

/** What `pnpm bench --json` prints. */
export interface BenchResult {
  readonly step: readonly StepRow[];
  readonly compile: readonly CompileRow[];
  readonly minimise: readonly MinimiseRow[];
  readonly recall: RecallFigure;
  readonly verify: readonly VerifyRow[];
  readonly verifyDefault: readonly VerifyDefaultRow[];
  /** The automatic n of random DFAs with designed state codes (codes-bench.ts). */
  readonly codes: readonly CodesRow[];
  readonly determinise: readonly DeterminiseRow[];
  readonly check: readonly CheckRow[];
  readonly onnx: OnnxFigure;
  readonly export: ExportRow;
  /** Regexes and operations on automata built through the language (expression-bench.ts). */
  readonly expressions: readonly ExpressionRow[];
  readonly peakRssMB: number;
  readonly numpyNote: string | null;
  /** 1, 5 and 15 minute load averages at the end of the run, and at its start. */
  readonly loadAverage: readonly number[];
  readonly loadAverageAtStart: readonly number[];
  readonly cores: number;
  readonly seconds: number;
  readonly node: string;
  /** Latencies of the `cdam lsp` process (`pnpm bench` measures them after the rest; `runBench` does not). */
  readonly languageServer?: LanguageServerFigure;
}

/** Which part of `verifyNetwork` a figure times; `all` is one whole call with every part on. */
export type VerifyPhaseName = 'all' | 'closure' | 'exhaustive' | 'random' | 'robustness';

/**
 * One part of verification, timed as a `verifyNetwork` call with only that part on (the others off or
 * empty, so the call still decodes the start state once).
 */
export interface VerifyPhaseFigure {
  readonly phase: VerifyPhaseName;
  /**
   * Words checked, as the report counts them: exhaustive and random words (their sum for `all`),
   * the noisy runs (sample words × levels) for robustness, null for the state closure.
   */
  readonly words: number | null;
  /**
   * Inputs simulated, as the report counts them (`inputsSimulated`: exhaustive and random inputs, shared
   * prefixes once); transitions checked for the state closure; null for robustness, whose inputs the
   * report does not count.
   */
  readonly inputs: number | null;
  readonly ms: number;
  readonly reps: number;
  /** inputs / ms × 1000, or null without an input count. */
  readonly inputsPerSecond: number | null;
}

/** Verification of one compiled sample automaton with a fixed number of random words. */
export interface VerifyRow {
  readonly automaton: string;
  /** The sample, relative to the repository root. */
  readonly file: string;
  /** States and symbols of the DFA verify compares with (completed, so a dead state counts). */
  readonly states: number;
  readonly symbols: number;
  readonly neurons: number;
  readonly patterns: number;
  readonly exhaustiveDepth: number;
  /** Random words asked for (`samples`). */
  readonly samples: number;
  /** Words of the robustness sample, and its noise levels. */
  readonly robustnessWords: number;
  readonly noiseLevels: number;
  /** The whole call's `wordsChecked` and `inputsSimulated` (exhaustive and random). */
  readonly wordsChecked: number;
  readonly inputsSimulated: number;
  /** Words on which the network and the automaton disagreed in the whole call (0 for a correct compile). */
  readonly failingWords: number;
  /** The whole call first (`all`), then each part alone. */
  readonly phases: readonly VerifyPhaseFigure[];
}

/** One regex or automaton expression built from source (see `benchExpressions`). */
export interface ExpressionRow {
  readonly case: string;
  /** States of each operand (0 for a regex). */
  readonly operandStates: number;
  /** States of the minimal DFA built. */
  readonly resultStates: number;
  readonly ms: number;
  readonly reps: number;
}

/** Subset construction on "the k-th symbol from the end is 1" (k + 1 NFA states, 2^k DFA states). */
export interface DeterminiseRow {
  readonly k: number;
  readonly nfaStates: number;
  readonly dfaStates: number;
  readonly ms: number;
  readonly reps: number;
  /** States after `minimise` of the determinised DFA (the language needs all 2^k). */
  readonly minimalStates: number;
  readonly minimiseMs: number;
  readonly minimiseReps: number;
}

/** One default verification (as `cdam verify FILE` runs it) of the compiled network of a random complete DFA. */
export interface VerifyDefaultRow {
  readonly states: number;
  readonly symbols: number;
  readonly neurons: number;
  readonly patterns: number;
  /** Worker threads offered (the machine's cores; verify starts them only for large work). */
  readonly workers: number;
  /** Wall-clock time of the whole verification. */
  readonly seconds: number;
  /**
   * CPU time of this process (every thread, user and system) during it: less sensitive than `seconds` to
   * other work on the machine; on idle cores `seconds` is about cpuSeconds / min(workers, cores) at best.
   */
  readonly cpuSeconds: number;
  readonly targetSeconds: number;
  /** The state closure closed with no mismatch (then the exhaustive and random phases were skipped). */
  readonly proved: boolean;
  readonly failingWords: number;
  /** Inputs simulated by the state closure, the time until it ended, and their ratio. */
  readonly closureInputs: number;
  readonly closureSeconds: number;
  readonly closureInputsPerSecond: number;
  /** Inputs of the exhaustive and random phases (0 after a proof) and of the noise table. */
  readonly otherInputs: number;
  readonly noiseInputs: number;
}

/** The compiler's automatic network for a random complete DFA, with designed state codes (codes-bench.ts). */
export interface CodesRow {
  readonly states: number;
  readonly symbols: number;
  /** The automatic n, its state and input parts. */
  readonly neurons: number;
  readonly stateNeurons: number;
  readonly inputNeurons: number;
  /** states / n. */
  readonly statesPerNeuron: number;
  /** The kind of state codes the search settled on. */
  readonly stateCodes: 'designed' | 'random';
  /** κ_s of the chosen codes. */
  readonly kappaState: number;
  readonly worstGap: number | null;
  readonly requiredGap: number;
  readonly exact: boolean;
  /** One compile, automatic n and beta. */
  readonly compileMs: number;
  /** The automatic n and compile time with random state codes only (the search before designed codes). */
  readonly randomNeurons: number;
  readonly randomCompileMs: number;
  /** The target for the automatic n. */
  readonly targetNeurons: number;
  /** The default verification of the network, or null when the case does not run it. */
  readonly verify: VerifyDefaultRow | null;
}
