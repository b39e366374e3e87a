import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileAutomaton } from '@cdam/compiler';
import { parse } from '@cdam/language';
import { findAutomatonSpec } from '@cdam/compiler';
import { Network, verifyNetwork, type VerifyOptions, type VerifyReport } from '@cdam/runtime';
import type { VerifyPhaseFigure, VerifyPhaseName, VerifyRow } from './bench-result.js';
import { measure, type TimingPolicy } from './measure.js';

/** What the verify section runs: each sample with `samples` random words, the other options at their defaults unless set. */
export interface VerifyPlan {
  /** `.fsa` files relative to the repository root, each with one automaton. */
  readonly files: readonly string[];
  /** Random words per call (the fixed sample size). */
  readonly samples: number;
  /** Word budget of the exhaustive depth (default: verify's, 100 000). */
  readonly maxWords?: number;
  /** Words of the robustness sample (default: verify's, 100). */
  readonly robustnessWords?: number;
  /** Timing of these figures (whole verifications are slow, so fewer repetitions than the other sections). */
  readonly timing: TimingPolicy;
}

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Times `verifyNetwork` on each sample (compiled with automatic neurons; compiling is not timed): one
 * whole call, then each part alone, the others switched off, so that the parts' times add up to about
 * the whole. One untimed whole call per sample warms up first. The counts come from verify's own report.
 * A sample that does not compile or verify is a bug here, so it throws.
 */
export function benchVerify(plan: VerifyPlan, log: (line: string) => void): VerifyRow[] {
  return plan.files.map((file) => {
    const network = networkOf(file);
    const maxWords = plan.maxWords !== undefined ? { maxWords: plan.maxWords } : {};
    const robustnessWords = plan.robustnessWords !== undefined ? { robustnessWords: plan.robustnessWords } : {};
    // Every part on: the exhaustive and random phases run even when the state closure proves the network.
    const base: VerifyOptions = {
      samples: plan.samples,
      exhaustive: true,
      random: true,
      ...maxWords,
      ...robustnessWords,
    };
    const noRandom = { samples: 0 };
    const noNoise = { noiseLevels: [] };
    const parts: readonly [VerifyPhaseName, VerifyOptions][] = [
      ['all', base],
      ['closure', { depth: 0, ...noRandom, ...noNoise }],
      ['exhaustive', { closure: false, ...maxWords, ...noRandom, ...noNoise }],
      ['random', { closure: false, depth: 0, samples: plan.samples, ...noNoise }],
      ['robustness', { closure: false, depth: 0, ...noRandom, ...robustnessWords }],
    ];
    reportOf(network, base, file); // warm-up, not timed
    let whole: VerifyReport | undefined;
    const phases = parts.map(([phase, options]): VerifyPhaseFigure => {
      let report: VerifyReport | undefined;
      const timed = measure(() => {
        report = reportOf(network, options, file);
      }, plan.timing);
      if (report === undefined) throw new Error('measure ran no repetition');
      if (phase === 'all') whole = report;
      const { words, inputs } = countsOf(phase, report);
      const inputsPerSecond = inputs === null ? null : (inputs * 1000) / timed.ms;
      log(
        `verify ${report.automaton} ${phase}: ${timed.ms.toFixed(1)} ms` +
          (inputsPerSecond === null ? '' : `, ${Math.round(inputsPerSecond)} inputs/s`) +
          ` (${timed.reps} reps)`,
      );
      return { phase, words, inputs, ms: timed.ms, reps: timed.reps, inputsPerSecond };
    });
    if (whole === undefined) throw new Error('no whole verification');
    return {
      automaton: whole.automaton,
      file,
      states: whole.states,
      symbols: whole.symbols,
      neurons: whole.neurons,
      patterns: whole.patterns,
      exhaustiveDepth: whole.exhaustiveDepth,
      samples: plan.samples,
      robustnessWords: whole.noise[0]?.words ?? 0,
      noiseLevels: whole.noise.length,
      wordsChecked: whole.wordsChecked,
      inputsSimulated: whole.inputsSimulated,
      failingWords: whole.failingWords,
      phases,
    };
  });
}

/** The words and inputs one part checked, as verify's report counts them (see `VerifyPhaseFigure`). */
function countsOf(phase: VerifyPhaseName, report: VerifyReport): { words: number | null; inputs: number | null } {
  switch (phase) {
    case 'all':
      return { words: report.wordsChecked, inputs: report.inputsSimulated };
    case 'closure':
      return { words: null, inputs: report.closure.transitionsChecked };
    case 'exhaustive':
      return { words: report.exhaustiveWords, inputs: report.inputsSimulated };
    case 'random':
      // Depth 0 adds only the empty word, which simulates no input.
      return { words: report.randomWords, inputs: report.inputsSimulated };
    case 'robustness':
      return { words: report.noise.reduce((sum, row) => sum + row.words, 0), inputs: null };
  }
}

function reportOf(network: Network, options: VerifyOptions, file: string): VerifyReport {
  const result = verifyNetwork(network, options);
  if (result.kind !== 'ok') throw new Error(`verifying ${file} failed: ${result.message}`);
  return result.report;
}

function networkOf(file: string): Network {
  const parsed = parse(readFileSync(`${repositoryRoot}${file}`, 'utf8'));
  const problem = parsed.diagnostics.find((d) => d.severity === 'error');
  if (problem) throw new Error(`${file}: ${problem.message}`);
  const found = findAutomatonSpec(parsed.file);
  if (!found.ok) throw new Error(`${file}: ${found.message}`);
  const compiled = compileAutomaton(found.declaration);
  if (compiled.kind !== 'ok') throw new Error(`compiling ${file} failed: ${compiled.error.message}`);
  return new Network(compiled.network);
}
