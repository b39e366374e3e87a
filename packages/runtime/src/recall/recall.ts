import { createRng, sequencePatternColumn, type CompiledSequence } from '@cdam/compiler';
import { createScratch, iterate, iterateFromScores, type Dynamics } from '../dynamics.js';
import { createKernel, type KernelFactory } from '../kernel/create-kernel.js';
import type { Kernel, PatternSource } from '../kernel/kernel.js';
import { SequenceDecoder, type DecodedPosition } from './sequence-decoder.js';

/** Options of `SequenceNetwork.recall`. */
export interface RecallOptions {
  /** The step (index into the items list) whose first pattern is the cue; default 0. */
  readonly cueStep?: number;
  /**
   * Cue noise F >= 0: every neuron of the cue gets F · r · (u − 1/2), u uniform in [0, 1), r the range of a
   * code entry (1 uniform, 2 bipolar). F = 1 with uniform codes is the paper's noise, uniform in [−0.5, 0.5).
   */
  readonly cueNoise?: number;
  /** Seed of the noise stream `createRng(noiseSeed, 'cue-noise')`; default the network's seed. */
  readonly noiseSeed?: number;
  /** Updates after the cue; default two cycles (2p) for a loop, else p + 5. */
  readonly ticks?: number;
  /** Override the compiled strengths, beta or step size (for experiments such as `compareRecall`). */
  readonly auto?: number;
  readonly hetero?: number;
  readonly beta?: number;
  readonly eta?: number;
  /** Keep the correlation with every pattern at every tick (for heatmaps). */
  readonly recordCorrelations?: boolean;
}

/** The state after one tick (tick 0 is the cue). */
export interface RecallPoint {
  readonly tick: number;
  readonly decoded: Omit<DecodedPosition, 'correlations'>;
  /** The pattern exact recall is on at this tick. */
  readonly expected: number;
  /** Patterns advanced since the previous tick, in sequence order (0 at tick 0). */
  readonly advance: number;
}

/** How well a recall followed the sequence. */
export interface RecallSummary {
  /** Updates made (ticks after the cue). */
  readonly ticks: number;
  /** Mean advance per update, in patterns. */
  readonly meanAdvance: number;
  /** Updates that advanced exactly one pattern. */
  readonly exactAdvances: number;
  /** Updates after which the decoded pattern is not the expected one (or no pattern is active). */
  readonly errors: number;
  /** No errors: recall was on the expected pattern after every update. */
  readonly exact: boolean;
}

/** A free-running recall from a cue. */
export interface RecallRun {
  readonly cueStep: number;
  readonly cuePattern: number;
  readonly a: number;
  readonly h: number;
  readonly beta: number;
  readonly eta: number;
  /** points[0] is the cue; points[t] the state after t updates. */
  readonly points: readonly RecallPoint[];
  readonly summary: RecallSummary;
  /** With `recordCorrelations`: correlation with every pattern, per point. */
  readonly correlations?: readonly Float64Array[];
}

/** The most correlations one recall may record ((ticks + 1) · p numbers): 2^26, 512 MiB. */
export const MAX_RECORDED_CORRELATIONS = 2 ** 26;

/** Options of `SequenceNetwork`. */
export interface SequenceNetworkOptions {
  /**
   * Builds the kernel over the sequence's patterns (default `createKernel(source, 'auto', bipolar)`); the
   * command line passes the threaded kernel of `@cdam/runtime/parallel`. It must compute the same
   * products: recall reads its decisions from them.
   */
  readonly kernel?: KernelFactory;
}

/** Xi of a compiled sequence as a `PatternSource`. O(1). */
export function sequencePatternSource(sequence: CompiledSequence): PatternSource {
  const { codes, positions } = sequence;
  return {
    n: codes.itemLength + codes.contextLength,
    p: positions.length,
    column: (mu, out) => sequencePatternColumn(codes, positions, mu, out),
  };
}

/**
 * A compiled sequence, ready to recall with the update rule of docs/model.md: the state starts at the cue
 * ξ_cue − xī (plus optional noise) and each tick is one update, read by Pearson correlation with every
 * pattern. The kernel is built once (dense, or bit-packed for bipolar codes, or what `options.kernel`
 * builds) and shared by all recalls.
 */
export class SequenceNetwork {
  readonly sequence: CompiledSequence;
  readonly kernel: Kernel;
  readonly decoder: SequenceDecoder;
  /** Whether recall decodes from the scores of the kernel (bipolar codes) rather than the decoder's own products. */
  private readonly sharesScores: boolean;

  constructor(sequence: CompiledSequence, options: SequenceNetworkOptions = {}) {
    this.sequence = sequence;
    const bipolar = sequence.params.encoding === 'bipolar';
    const source = sequencePatternSource(sequence);
    this.kernel = options.kernel ? options.kernel(source, bipolar) : createKernel(source, 'auto', bipolar);
    // Bipolar codes run on table kernels, whose projection is cheaper than the decoder's own dot products.
    this.sharesScores = sequence.params.encoding === 'bipolar';
    this.decoder = new SequenceDecoder(sequence, this.sharesScores ? this.kernel : undefined);
  }

  /** Neurons. */
  get n(): number {
    return this.kernel.n;
  }

  /** Patterns. */
  get p(): number {
    return this.kernel.p;
  }

  /** The pattern a step's first tick is stored in; undefined for a step outside the items list. */
  cuePattern(step: number): number | undefined {
    return Number.isInteger(step) && step >= 0 && step < this.sequence.stepStart.length
      ? this.sequence.stepStart[step]
      : undefined;
  }

  /** The pattern exact recall is on, `ticks` updates after starting on pattern `start`. O(1). */
  expectedPattern(start: number, ticks: number): number {
    const p = this.p;
    return this.sequence.loop ? (start + ticks) % p : Math.min(start + ticks, p - 1);
  }

  /** Default number of updates: two cycles of a loop, else the length plus 5. */
  defaultTicks(): number {
    return this.sequence.loop ? 2 * this.p : this.p + 5;
  }

  /** The dynamics with the compiled parameters, or the overrides of `options`. */
  dynamics(options: Pick<RecallOptions, 'auto' | 'hetero' | 'beta' | 'eta'> = {}): Dynamics {
    const { params, mean, edges } = this.sequence;
    return {
      kernel: this.kernel,
      beta: options.beta ?? params.beta,
      a: options.auto ?? params.auto,
      h: options.hetero ?? params.hetero,
      eta: options.eta ?? params.eta,
      mean,
      graph: edges,
    };
  }

  /** The cue state ξ_cue − xī, with noise when asked for. O(n). */
  cueState(cuePattern: number, options: Pick<RecallOptions, 'cueNoise' | 'noiseSeed'> = {}): Float64Array {
    const { params, mean, codes, positions } = this.sequence;
    const x = new Float64Array(this.n);
    sequencePatternColumn(codes, positions, cuePattern, x);
    const noise = options.cueNoise ?? 0;
    const rng = noise > 0 ? createRng(options.noiseSeed ?? params.seed, 'cue-noise') : undefined;
    const range = params.encoding === 'bipolar' ? 2 : 1;
    for (let i = 0; i < x.length; i++) {
      x[i] -= mean[i];
      if (rng) x[i] += noise * range * (rng.next() - 0.5);
    }
    return x;
  }

  /**
   * Why `recall(options)` would keep too much to run: the correlations it records, (ticks + 1) · p numbers,
   * past `MAX_RECORDED_CORRELATIONS`; undefined when it fits. O(1).
   */
  recallProblem(options: Pick<RecallOptions, 'ticks' | 'recordCorrelations'> = {}): string | undefined {
    if (!options.recordCorrelations) return undefined;
    const ticks = this.ticksOf(options);
    const kept = (ticks + 1) * this.p;
    if (kept <= MAX_RECORDED_CORRELATIONS) return undefined;
    const fitting = Math.max(0, Math.floor(MAX_RECORDED_CORRELATIONS / this.p) - 1);
    return `recording ${ticks} ticks of '${this.sequence.name}' keeps ${kept} correlations (ticks + 1 times ${this.p} patterns), more than the limit of ${MAX_RECORDED_CORRELATIONS} (2^26); record at most ${fitting} ticks`;
  }

  /**
   * Free-running recall: the cue, then `ticks` updates, decoded after each. Returns every point and how
   * well recall followed the sequence. O(ticks · (kernel products + decode)). Recording past the limit of
   * `recallProblem` is a RangeError: callers with user input check it first.
   */
  recall(options: RecallOptions = {}): RecallRun {
    const cueStep = options.cueStep ?? 0;
    const cuePattern = this.cuePattern(cueStep);
    if (cuePattern === undefined) {
      throw new RangeError(`cue step ${cueStep} is outside 0..${this.sequence.stepStart.length - 1}`);
    }
    const problem = this.recallProblem(options);
    if (problem !== undefined) throw new RangeError(problem);
    const ticks = this.ticksOf(options);
    const dynamics = this.dynamics(options);
    const scratch = createScratch(dynamics);
    const x = this.cueState(cuePattern, options);
    const correlations: Float64Array[] | undefined = options.recordCorrelations ? [] : undefined;
    // With bipolar codes the decoder reads the state from Xi^T x, which the next update reuses: two kernel
    // products per tick instead of three. The kernel overrides of `options` do not change Xi.
    const shareScores = this.sharesScores;
    // Without recording, every tick's correlations go into one buffer (points keep no correlations).
    const reused = correlations ? undefined : new Float64Array(this.p);
    const read = (): DecodedPosition => {
      const into = correlations ? new Float64Array(this.p) : reused;
      let decoded: DecodedPosition;
      if (shareScores) {
        this.kernel.project(x, scratch.w);
        decoded = this.decoder.decodeFromScores(x, scratch.w, into);
      } else {
        decoded = this.decoder.decode(x, 0, into);
      }
      if (correlations && into) correlations.push(into);
      return decoded;
    };
    const points: RecallPoint[] = [{ tick: 0, decoded: withoutCorrelations(read()), expected: cuePattern, advance: 0 }];
    let errors = 0;
    let exactAdvances = 0;
    let advanced = 0;
    for (let tick = 1; tick <= ticks; tick++) {
      if (shareScores) iterateFromScores(dynamics, scratch, x);
      else iterate(dynamics, scratch, x);
      const decoded = read();
      const expected = this.expectedPattern(cuePattern, tick);
      const advance = this.advance(points[tick - 1].decoded.pattern, decoded.pattern);
      if (decoded.pattern !== expected || decoded.quiescent) errors++;
      if (advance === 1) exactAdvances++;
      advanced += advance;
      points.push({ tick, decoded: withoutCorrelations(decoded), expected, advance });
    }
    return {
      cueStep,
      cuePattern,
      a: dynamics.a,
      h: dynamics.h,
      beta: dynamics.beta,
      eta: dynamics.eta,
      points,
      summary: {
        ticks,
        meanAdvance: ticks > 0 ? advanced / ticks : 0,
        exactAdvances,
        errors,
        exact: errors === 0,
      },
      ...(correlations ? { correlations } : {}),
    };
  }

  private ticksOf(options: Pick<RecallOptions, 'ticks'>): number {
    return Math.max(0, Math.floor(options.ticks ?? this.defaultTicks()));
  }

  /** Patterns from `from` to `to` in sequence order (modulo p for a loop, signed for a chain). */
  private advance(from: number, to: number): number {
    const p = this.p;
    return this.sequence.loop ? (((to - from) % p) + p) % p : to - from;
  }
}

function withoutCorrelations(decoded: DecodedPosition): Omit<DecodedPosition, 'correlations'> {
  const { correlations: _unused, ...rest } = decoded;
  return rest;
}
