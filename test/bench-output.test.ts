import { DEFAULT_NOISE_LEVELS, defaultDepth, wordCount } from '@cdam/runtime';
import { describe, expect, it } from 'vitest';
import { benchDocument, benchLanguageServer } from '../packages/lsp/bench/lsp-bench.js';
import { RECHECK_DELAY_MS } from '../packages/lsp/src/server.js';
import type { BenchResult } from '../packages/runtime/bench/bench-result.js';
import { formatMs, formatReport, formatTable } from '../packages/runtime/bench/format.js';
import { measure, median, type TimingPolicy } from '../packages/runtime/bench/measure.js';
import { parseYardstick, repeatYardstick, type NumpyRunner } from '../packages/runtime/bench/numpy-yardstick.js';
import { runBench, type BenchPlan } from '../packages/runtime/bench/suite.js';

const quick: TimingPolicy = { warmupReps: 1, warmupMs: 0, minReps: 2, minMs: 0, maxMs: 1_000 };

/** Tiny sizes, no NumPy: the same code path as `pnpm bench --json`, in well under a second. */
const tinyPlan: BenchPlan = {
  compile: { states: [6, 12], symbols: 2 },
  step: {
    sizes: [
      { n: 16, p: 32 },
      { n: 24, p: 40 },
    ],
    batches: [1, 3],
    others: ['packed', 'dense', 'reference'],
    referenceMaxN: 16,
    maxPredictedStepMs: 60_000,
    warmBatch: 2,
    numpyRuns: 3,
    numpyBudgetMs: 0,
  },
  minimise: { states: [40], symbols: 3 },
  recall: { sequences: [{ items: 5 }, { items: 6, neurons: 40, ticks: 'cycle' }], ticks: 7 },
  verify: { files: ['samples/turnstile.fsa'], samples: 20, maxWords: 100, robustnessWords: 10, timing: quick },
  verifyDefault: [{ states: 12, symbols: 2, targetSeconds: 60 }],
  codes: [
    { states: 12, symbols: 2, targetNeurons: 64, verifySeconds: 60 },
    { states: 40, symbols: 3, targetNeurons: 16 },
  ],
  determinise: { k: [3, 5] },
  check: { kinds: ['escapes', 'alphabet'], bytes: 3_000, timing: quick },
  onnx: { sizes: [{ n: 24, p: 40 }], batch: 3, exportStates: 7, exportSymbols: 2 },
  expressions: { regexOperators: 6, maxBound: 5, intersectionStates: 30 },
  timing: quick,
};

const positive = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value > 0;

const lines: string[] = [];
const result = await runBench(tinyPlan, { numpy: null, log: (line) => lines.push(line) });
const json = JSON.parse(JSON.stringify(result)) as BenchResult;

describe('bench output', () => {
  it('has one step row per size and batch, with the default kernel and positive times', () => {
    expect(json.step.map((r) => [r.n, r.p, r.batch])).toEqual([
      [16, 32, 1],
      [16, 32, 3],
      [24, 40, 1],
      [24, 40, 3],
    ]);
    for (const row of json.step) {
      expect(positive(row.msPerStep)).toBe(true);
      expect(row.kernel).toBe('wasm'); // randomDynamics has ±1 patterns, so `auto` picks the wasm kernel
      expect(row.numpyMsPerStep).toBeNull();
      expect(row.numpyRuns).toBe(0);
      expect(row.ratio).toBeNull();
      for (const other of row.others) expect(positive(other.msPerStep)).toBe(true);
    }
    expect(json.step[0].others.map((o) => o.kernel)).toEqual(['packed', 'dense', 'reference']);
    expect(json.step[2].others.map((o) => o.kernel)).toEqual(['packed', 'dense']);
    expect(json.step[2].skipped.map((s) => s.kernel)).toEqual(['reference']);
  });

  it('has compile rows with the chosen network and positive times', () => {
    expect(json.compile.map((r) => [r.states, r.symbols])).toEqual([
      [6, 2],
      [12, 2],
    ]);
    for (const row of json.compile) {
      expect(positive(row.ms)).toBe(true);
      expect(Number.isInteger(row.neurons) && row.neurons > 0).toBe(true);
      expect(row.patterns).toBe(row.states * (row.symbols + 1));
      expect(row.worstGap).toBeGreaterThanOrEqual(row.requiredGap);
    }
  });

  it('has minimise rows, the recall place, peak RSS and the run conditions', () => {
    expect(json.minimise).toHaveLength(1);
    expect(json.minimise[0]).toMatchObject({ states: 40, symbols: 3 });
    expect(positive(json.minimise[0].ms)).toBe(true);
    expect(json.minimise[0].minimalStates).toBeGreaterThan(0);
    expect(json.minimise[0].minimalStates).toBeLessThanOrEqual(40);
    if (json.recall.available) {
      expect(json.recall.rows).toHaveLength(2);
      const [row, cycle] = json.recall.rows;
      expect(row).toMatchObject({ items: 5, ticks: 7, neuronsChosen: 'auto', fullCycle: true });
      expect(positive(row.ticksPerSecond) && positive(row.msPerTick) && positive(row.neurons)).toBe(true);
      expect(positive(row.compileMs)).toBe(true);
      expect(row.patterns).toBe(5);
      // one full cycle, recalled once: as many ticks as patterns
      expect(cycle).toMatchObject({ items: 6, neurons: 40, neuronsChosen: 'given', patterns: 6, ticks: 6 });
      expect(cycle).toMatchObject({ reps: 1, fullCycle: true, exact: true });
      expect(positive(cycle.compileMs)).toBe(true);
    } else {
      expect(json.recall.reason).toMatch(/sequence/);
    }
    expect(positive(json.peakRssMB)).toBe(true);
    expect(json.loadAverage).toHaveLength(3);
    expect(json.loadAverageAtStart).toHaveLength(3);
    expect(json.cores).toBeGreaterThan(0);
    expect(json.numpyNote).toMatch(/not run/);
    expect(lines.length).toBeGreaterThan(0);
  });

  it('has a verify row per sample whose parts count what verify reports, with positive times', () => {
    expect(json.verify).toHaveLength(1);
    const row = json.verify[0];
    expect(row).toMatchObject({
      automaton: 'Turnstile',
      file: 'samples/turnstile.fsa',
      states: 2,
      symbols: 2,
      samples: 20,
      robustnessWords: 10,
      noiseLevels: DEFAULT_NOISE_LEVELS.length,
      failingWords: 0,
    });
    expect(row.exhaustiveDepth).toBe(defaultDepth(2, 100));
    const part = Object.fromEntries(row.phases.map((f) => [f.phase, f]));
    expect(row.phases.map((f) => f.phase)).toEqual(['all', 'closure', 'exhaustive', 'random', 'robustness']);
    for (const f of row.phases) {
      expect(positive(f.ms)).toBe(true);
      expect(f.reps).toBeGreaterThan(0);
      expect(f.inputsPerSecond).toBe(f.inputs === null ? null : (f.inputs * 1000) / f.ms);
    }
    const { all, closure, exhaustive, random, robustness } = part;
    expect(exhaustive.words).toBe(wordCount(2, row.exhaustiveDepth));
    expect(exhaustive.inputs).toBe(exhaustive.words! - 1); // every word but the empty one extends a shorter one by one input
    expect(random.words).toBe(20);
    expect(random.inputs).toBeGreaterThan(0);
    expect(random.inputs).toBeLessThanOrEqual(20 * 200);
    expect(all.words).toBe(row.wordsChecked);
    expect(all.inputs).toBe(row.inputsSimulated);
    expect(all.words).toBe(exhaustive.words! + random.words!);
    expect(all.inputs).toBe(exhaustive.inputs! + random.inputs!);
    expect(closure.words).toBeNull();
    expect(closure.inputs).toBeGreaterThan(0);
    expect(robustness).toMatchObject({ words: 10 * DEFAULT_NOISE_LEVELS.length, inputs: null, inputsPerSecond: null });
  });

  it('has expression rows: the regex and both intersections, with their minimal sizes', () => {
    expect(json.expressions.map((r) => [r.case, r.operandStates])).toEqual([
      ['regex, 6 nested operators, {1,5}', 0],
      ['intersection, same transitions', 30],
      ['intersection, unrelated random dfas', 30],
    ]);
    for (const row of json.expressions) expect(positive(row.ms) && row.resultStates > 0).toBe(true);
    // same transitions: the reachable pairs are the diagonal, so the result is no larger than an operand
    expect(json.expressions[1].resultStates).toBeLessThanOrEqual(30);
  });

  it('has determinise rows with 2^k states, none merged by minimise', () => {
    expect(json.determinise.map((r) => [r.k, r.nfaStates, r.dfaStates, r.minimalStates])).toEqual([
      [3, 4, 8, 8],
      [5, 6, 32, 32],
    ]);
    for (const row of json.determinise) expect(positive(row.ms) && positive(row.minimiseMs)).toBe(true);
  });

  it('has a check row per hostile kind, counting every diagnostic of the generated file', () => {
    expect(json.check.map((r) => [r.kind, r.diagnostics])).toEqual([
      ['escapes', 1_500], // one invalid escape every two bytes
      ['alphabet', 1_000], // 1 000 symbols: 999 repeats, and the unused symbol 'a' (no transitions)
    ]);
    for (const row of json.check) {
      expect(row.bytes).toBeGreaterThan(2_900);
      expect(row.bytes).toBeLessThan(3_100);
      expect(positive(row.ms)).toBe(true);
    }
  });

  it("has an ONNX Runtime row per size with the step rows' cdam figure beside it", () => {
    expect(json.onnx.available).toBe(true);
    if (!json.onnx.available) return;
    expect(json.onnx.rows).toHaveLength(1);
    const row = json.onnx.rows[0];
    const step = json.step.find((r) => r.n === 24 && r.p === 40 && r.batch === 3);
    expect(row).toMatchObject({
      n: 24,
      p: 40,
      batch: 3,
      kernel: 'wasm',
      cdamMsPerStep: step?.msPerStep,
      numpyMsPerStep: null,
    });
    expect(positive(row.onnxMsPerStep)).toBe(true);
    expect(row.reps).toBeGreaterThan(0);
  });

  it('times the export of a compiled random DFA in both formats', () => {
    const row = json.export;
    expect(row).toMatchObject({ states: 7, symbols: 2, patterns: 21 });
    for (const figure of [row.onnxMs, row.npzMs, row.onnxBytes, row.npzBytes]) expect(positive(figure)).toBe(true);
    expect(row.onnxReps).toBeGreaterThan(0);
    expect(row.npzReps).toBeGreaterThan(0);
  });

  it('has a default-verify row per random DFA: the closure proved it, its inputs per second, the time and target', () => {
    expect(json.verifyDefault).toHaveLength(1);
    const row = json.verifyDefault[0];
    expect(Object.keys(row).sort()).toEqual(
      [
        'closureInputs',
        'closureInputsPerSecond',
        'closureSeconds',
        'cpuSeconds',
        'failingWords',
        'neurons',
        'noiseInputs',
        'otherInputs',
        'patterns',
        'proved',
        'seconds',
        'states',
        'symbols',
        'targetSeconds',
        'workers',
      ].sort(),
    );
    expect(row).toMatchObject({ states: 12, symbols: 2, targetSeconds: 60, proved: true, failingWords: 0 });
    expect(row.otherInputs).toBe(0); // a proof skips the exhaustive and random phases
    expect(positive(row.closureInputs) && positive(row.noiseInputs) && positive(row.seconds)).toBe(true);
    expect(row.closureSeconds).toBeLessThanOrEqual(row.seconds);
    expect(positive(row.cpuSeconds)).toBe(true);
    expect(row.closureInputsPerSecond).toBeCloseTo(row.closureInputs / row.closureSeconds, 6);
    expect(row.workers).toBe(json.cores);
    expect(row.patterns).toBe(12 * 3);
  });

  it('has a codes row per random DFA: the automatic network, random codes beside it, and the verification', () => {
    expect(json.codes.map((r) => [r.states, r.symbols, r.targetNeurons])).toEqual([
      [12, 2, 64],
      [40, 3, 16],
    ]);
    for (const row of json.codes) {
      expect(Object.keys(row).sort()).toEqual(
        [
          'compileMs',
          'exact',
          'inputNeurons',
          'kappaState',
          'neurons',
          'randomCompileMs',
          'randomNeurons',
          'requiredGap',
          'stateCodes',
          'stateNeurons',
          'states',
          'statesPerNeuron',
          'symbols',
          'targetNeurons',
          'verify',
          'worstGap',
        ].sort(),
      );
      expect(row.stateNeurons + row.inputNeurons).toBe(row.neurons);
      expect(row.statesPerNeuron).toBeCloseTo(row.states / row.neurons, 12);
      expect(row.stateCodes).toBe('designed');
      expect(row.exact).toBe(true);
      expect(row.worstGap).toBeGreaterThanOrEqual(row.requiredGap);
      expect(row.neurons).toBeLessThanOrEqual(row.randomNeurons);
      expect(positive(row.compileMs) && positive(row.randomCompileMs)).toBe(true);
    }
    // The first case is the DFA section 5b verified at the same n: its row is reused, not verified again.
    expect(json.codes[0].verify).toEqual(json.verifyDefault[0]);
    expect(json.codes[1].verify).toBeNull();
  });

  it('prints every section as a table', () => {
    const text = formatReport(result);
    for (const heading of [
      '1. Compile',
      '2. One update step',
      '3. Minimise',
      '4. Recall',
      '5. Verify',
      '5b. Default verify',
      '5c. Designed state codes',
      '6. Determinise',
      '7. Check a hostile file',
      '7b. Regexes and automaton expressions',
      '8. One update exported to ONNX',
      '10. Peak RSS',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/^\s*16\s+32\s+1\s+wasm\s/m);
    expect(text).toContain('reference at n = 24, batch = 1: only up to n = 16');
    expect(text).toMatch(/^Turnstile\s+2\s+2\s+\d+\s+\d+\s+all\s+83\s/m);
    expect(text).toContain(`exhaustive (depth ${defaultDepth(2, 100)})`);
    expect(text).toMatch(/^\s*5\s+6\s+32\s+[\d.]+ \(\d+\)\s+32\s/m);
    expect(text).toMatch(/^invalid escapes in one string\s+3 \d{3}\s+1 500\s+[\d.]+ \(\d+\)$/m);
    expect(text).toMatch(/^\s*24\s+40\s+3\s+[\d.]+ \(\d+\)\s+wasm\s+[\d.]+\s+-$/m);
    expect(text).toMatch(/cdam export of a compiled random 7-state DFA over 2 symbols \(n = \d+, p = 21\)/);
    expect(text).toMatch(/^\s*12\s+2\s+\d+\s+36\s+\d+\s+yes\s/m);
    expect(text).toMatch(/default verify of a random 12-state 2-symbol DFA in < 60 s: [\d.]+ s, (met|NOT met)/);
    expect(text).toMatch(
      /^\s*12\s+2\s+\d+\s+\d+ \+ \d+\s+[\d.]+\s+designed\s+\d+\s+[\d.]+ \([\d.]+\)\s+[\d.]+\s+\d+\s+[\d.]+\s+proved\s/m,
    );
    expect(text).toMatch(/^\s*40\s+3\s.*\snot run\s+-\s+-$/m);
    expect(text).toMatch(
      /automatic n for a random 12-state 2-symbol DFA <= 64, exact and proved by verify: n = \d+, proved, met/,
    );
    expect(text).toMatch(/automatic n for a random 40-state 3-symbol DFA <= 16, exact: n = \d+, (met|NOT met)/);
  });
});

describe('language server bench', () => {
  it('times changes, hovers and completions of the real server on a document of the planned size', async () => {
    const figure = await benchLanguageServer({ lines: 200, changes: 2, requests: 3 }, () => undefined);
    expect(figure).toMatchObject({ lines: 200, states: 97, changes: 2, requests: 3, recheckDelayMs: RECHECK_DELAY_MS });
    expect(benchDocument(200).text.split('\n')).toHaveLength(201); // and a final line break
    for (const key of ['changeToDiagnosticsMs', 'hoverMs', 'completionMs'] as const)
      expect(positive(figure[key])).toBe(true);
    expect(figure.changeToDiagnosticsMaxMs).toBeGreaterThanOrEqual(figure.changeToDiagnosticsMs);
    expect(figure.hoverMaxMs).toBeGreaterThanOrEqual(figure.hoverMs);
    const text = formatReport({ ...result, languageServer: figure });
    expect(text).toContain('9. Language server (cdam lsp over stdio, a 200-line dfa of 97 states');
    expect(text).toMatch(/^change to published diagnostics \(debounce 50 ms included\)\s+[\d.]+\s+[\d.]+\s+2$/m);
    expect(text).toMatch(/^   hover on 200 lines in < 50 ms: [\d.]+ ms, (met|NOT met)$/m);
  });
});

describe('bench helpers', () => {
  it('median takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('measure stops at the minimum repetitions, and never starts one past the cap', () => {
    let clock = 0;
    let calls = 0;
    const tick = (ms: number) => () => {
      calls++;
      clock += ms;
    };
    const now = () => clock;
    const fast = measure(tick(1), { warmupReps: 2, warmupMs: 100, minReps: 5, minMs: 0, maxMs: 1_000 }, { now });
    expect(fast).toEqual({ ms: 1, reps: 5, bestMs: 1 });
    expect(calls).toBe(7);
    const slow = measure(tick(600), { warmupReps: 0, warmupMs: 0, minReps: 5, minMs: 0, maxMs: 1_000 }, { now });
    expect(slow.reps).toBe(1);
  });

  it('formatTable pads columns and aligns numbers right', () => {
    const table = formatTable(
      [{ title: 'kernel', align: 'left' }, { title: 'ms' }],
      [
        ['packed', '1.30'],
        ['dense', '12.5'],
      ],
    );
    expect(table.split('\n')).toEqual(['kernel    ms', '------  ----', 'packed  1.30', 'dense   12.5']);
  });

  it('formatMs keeps three significant figures', () => {
    expect([0.41234, 5.314, 27.12, 2805.4].map(formatMs)).toEqual(['0.412', '5.31', '27.1', '2805']);
  });

  it('repeatYardstick takes the median of its runs, and stops at a failure', () => {
    const figures = [30, 10, 20];
    const runner: NumpyRunner = () => ({ ms: figures.shift()! });
    expect(repeatYardstick(runner, 4, 8, 1, { maxRuns: 3, budgetMs: 1_000 })).toEqual({ ms: 20, runs: 3 });
    const failing: NumpyRunner = () => ({ ms: null, reason: 'no numpy' });
    expect(repeatYardstick(failing, 4, 8, 1, { maxRuns: 3, budgetMs: 1_000 })).toEqual({
      ms: null,
      reason: 'no numpy',
    });
  });

  it('parseYardstick reads ms_per_step or says why not', () => {
    expect(parseYardstick('{"n": 4, "p": 8, "batch": 1, "dtype": "float64", "ms_per_step": 0.5}\n')).toEqual({
      ms: 0.5,
    });
    const bad = parseYardstick('Traceback ...');
    expect(bad.ms).toBeNull();
  });
});
