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
}

/** Recall figures, or why there are none. */
export type RecallFigure =
  | { readonly available: true; readonly rows: readonly RecallRow[] }
  | { readonly available: false; readonly reason: string };

/** What `pnpm bench --json` prints. */
export interface BenchResult {
  readonly step: readonly StepRow[];
  readonly compile: readonly CompileRow[];
  readonly minimise: readonly MinimiseRow[];
  readonly recall: RecallFigure;
  readonly peakRssMB: number;
  readonly numpyNote: string | null;
  /** 1, 5 and 15 minute load averages at the end of the run, and at its start. */
  readonly loadAverage: readonly number[];
  readonly loadAverageAtStart: readonly number[];
  readonly cores: number;
  readonly seconds: number;
  readonly node: string;
}
