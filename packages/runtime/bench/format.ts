import type {
  BenchResult,
  CheckRow,
  CodesRow,
  DeterminiseRow,
  ExpressionRow,
  OnnxRow,
  StepRow,
  VerifyDefaultRow,
  VerifyRow,
} from './bench-result.js';

export interface Column {
  readonly title: string;
  readonly align?: 'left' | 'right';
}

/**
 * A plain-text table: titles, a rule of dashes, then the rows; columns padded to their widest cell and
 * separated by two spaces (right-aligned unless `align: 'left'`). Trailing spaces are trimmed. O(cells).
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => (c.align === 'left' ? (cells[i] ?? '').padEnd(widths[i]) : (cells[i] ?? '').padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Milliseconds with three significant figures (at most three decimals), e.g. 0.412, 5.31, 27.1, 2805. */
export function formatMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

/** A ratio such as 0.62× or 12× (two significant figures). */
export function formatRatio(ratio: number): string {
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toPrecision(2)}×`;
}

/** A count with thin grouping: 10 000, 16 384. */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

const timed = (ms: number, reps: number) => `${formatMs(ms)} (${reps})`;

/** The human-readable report of one bench run: a header, one table per section, targets, notes. */
export function formatReport(result: BenchResult): string {
  const out: string[] = [];
  out.push(
    `cdam bench: node ${result.node}, ${result.cores} cores, load average ${result.loadAverageAtStart.join(' ')} at the start and ${result.loadAverage.join(' ')} at the end, ${result.seconds.toFixed(0)} s`,
    'All figures are medians in ms over the repetitions in brackets, measured in this one run.',
    '',
    '1. Compile a random complete DFA (compileAutomaton, neurons chosen automatically)',
    formatTable(
      [
        { title: 'states' },
        { title: 'symbols' },
        { title: 'n' },
        { title: 'p' },
        { title: 'worst gap' },
        { title: 'needed' },
        { title: 'compile ms' },
      ],
      result.compile.map((r) => [
        formatCount(r.states),
        String(r.symbols),
        formatCount(r.neurons),
        formatCount(r.patterns),
        r.worstGap === null ? '-' : r.worstGap.toFixed(2),
        r.requiredGap.toFixed(2),
        timed(r.ms, r.reps),
      ]),
    ),
    '',
    '2. One update step (randomDynamics: bipolar Xi, one successor per pattern), ms per step of the whole batch',
    stepTable(result.step),
  );
  const skips = result.step.flatMap((r) =>
    r.skipped.map((s) => `   ${s.kernel} at n = ${r.n}, batch = ${r.batch}: ${s.reason}`),
  );
  if (skips.length > 0) out.push('   not run:', ...skips);
  out.push(
    result.numpyNote
      ? `   NumPy: ${result.numpyNote}`
      : '   NumPy: median of the runs of numpy_step.py in brackets; each run is the mean of its own repetitions',
  );
  out.push(
    '',
    '3. Minimise a random complete DFA (automata minimise)',
    formatTable(
      [{ title: 'states' }, { title: 'symbols' }, { title: 'minimal states' }, { title: 'minimise ms' }],
      result.minimise.map((r) => [
        formatCount(r.states),
        String(r.symbols),
        formatCount(r.minimalStates),
        timed(r.ms, r.reps),
      ]),
    ),
    '',
    '4. Recall of a looping sequence (SequenceNetwork.recall: one update and its decoding per tick)',
    result.recall.available
      ? formatTable(
          [
            { title: 'items' },
            { title: 'n' },
            { title: 'p' },
            { title: 'ticks' },
            { title: 'compile' },
            { title: 'ms per recall' },
            { title: 'ticks/s' },
            { title: 'exact', align: 'left' },
            { title: 'kernel', align: 'left' },
          ],
          result.recall.rows.map((r) => [
            formatCount(r.items),
            `${formatCount(r.neurons)}${r.neuronsChosen === 'auto' ? ' (auto)' : ''}`,
            formatCount(r.patterns),
            `${formatCount(r.ticks)}${r.fullCycle ? ' (cycle)' : ''}`,
            formatMs(r.compileMs),
            timed(r.msPerTick * r.ticks, r.reps),
            formatCount(Math.round(r.ticksPerSecond)),
            r.exact ? 'yes' : 'no',
            r.kernel ?? '-',
          ]),
        )
      : `   not measured: ${result.recall.reason}`,
    '',
    '5. Verify a compiled sample (verifyNetwork, default options but the random words; each part also alone)',
    verifyTable(result.verify),
    '   words and inputs as verify counts them: all = exhaustive + random; closure counts transitions checked;',
    '   robustness counts noisy runs (sample words × noise levels), and verify does not count their inputs',
    '',
    '5b. Default verify of a random DFA (cdam verify FILE: closure, other phases only without a proof, noise table; one run)',
    verifyDefaultTable(result.verifyDefault),
    '',
    '5c. Designed state codes: the automatic n of a random DFA (one compile), against random codes only; default verify',
    codesTable(result.codes),
    '',
    '6. Determinise "the k-th symbol from the end is 1" (automata determinise, then minimise)',
    determiniseTable(result.determinise),
    '',
    '7. Check a hostile file (checkSource, then rendering the first 50 diagnostics as cdam check does)',
    checkTable(result.check),
    '',
    '7b. Regexes and automaton expressions, from .fsa source to the minimal dfa (parse, check, build)',
    expressionTable(result.expressions),
    '   intersection times build `dfa I = A & B` from the parsed operands; its cost follows the reachable pairs',
    '',
    '8. One update exported to ONNX (updateToOnnx) on ONNX Runtime for Node (CPU), beside section 2',
    result.onnx.available ? onnxTable(result.onnx.rows) : `   not measured: ${result.onnx.reason}`,
    '   the same random network and batch as section 2; cdam and NumPy figures are those of section 2',
    `   cdam export of a compiled random ${formatCount(result.export.states)}-state DFA over ${result.export.symbols} symbols (n = ${formatCount(result.export.neurons)}, p = ${formatCount(result.export.patterns)}), artifact text to bytes:`,
    `   onnx ${timed(result.export.onnxMs, result.export.onnxReps)} ms, ${formatCount(result.export.onnxBytes)} bytes; npz ${timed(result.export.npzMs, result.export.npzReps)} ms, ${formatCount(result.export.npzBytes)} bytes`,
    '',
    ...languageServerSection(result),
    `10. Peak RSS: ${result.peakRssMB.toFixed(0)} MB`,
    '',
    'Targets (reported, not asserted)',
    ...targetLines(result),
  );
  return out.join('\n');
}

function stepTable(rows: readonly StepRow[]): string {
  const others = [
    ...new Set(rows.flatMap((r) => [...r.others.map((o) => o.kernel), ...r.skipped.map((s) => s.kernel)])),
  ];
  return formatTable(
    [
      { title: 'n' },
      { title: 'p' },
      { title: 'batch' },
      { title: 'default kernel', align: 'left' },
      { title: 'default ms' },
      ...others.map((k) => ({ title: `${k} ms` })),
      { title: 'NumPy ms' },
      { title: 'default/NumPy' },
    ],
    rows.map((r) => [
      formatCount(r.n),
      formatCount(r.p),
      String(r.batch),
      r.kernel,
      timed(r.msPerStep, r.reps),
      ...others.map((k) => {
        const figure = r.others.find((o) => o.kernel === k);
        return figure ? timed(figure.msPerStep, figure.reps) : '-';
      }),
      r.numpyMsPerStep === null ? '-' : timed(r.numpyMsPerStep, r.numpyRuns),
      r.ratio === null ? '-' : formatRatio(r.ratio),
    ]),
  );
}

function verifyTable(rows: readonly VerifyRow[]): string {
  return formatTable(
    [
      { title: 'automaton', align: 'left' },
      { title: 'states' },
      { title: 'symbols' },
      { title: 'n' },
      { title: 'p' },
      { title: 'part', align: 'left' },
      { title: 'words' },
      { title: 'inputs' },
      { title: 'ms' },
      { title: 'inputs/s' },
    ],
    rows.flatMap((r) =>
      r.phases.map((f, i) => [
        i === 0 ? r.automaton : '',
        i === 0 ? String(r.states) : '',
        i === 0 ? String(r.symbols) : '',
        i === 0 ? formatCount(r.neurons) : '',
        i === 0 ? formatCount(r.patterns) : '',
        f.phase === 'exhaustive' ? `exhaustive (depth ${r.exhaustiveDepth})` : f.phase,
        f.words === null ? '-' : formatCount(f.words),
        f.inputs === null ? '-' : formatCount(f.inputs),
        timed(f.ms, f.reps),
        f.inputsPerSecond === null ? '-' : formatCount(Math.round(f.inputsPerSecond)),
      ]),
    ),
  );
}

/** What each hostile kind is, in the table. */
const HOSTILE: Record<CheckRow['kind'], string> = {
  escapes: 'invalid escapes in one string',
  alphabet: 'one symbol repeated in the alphabet',
};

function checkTable(rows: readonly CheckRow[]): string {
  return formatTable(
    [{ title: 'file', align: 'left' }, { title: 'bytes' }, { title: 'diagnostics' }, { title: 'ms' }],
    rows.map((r) => [HOSTILE[r.kind], formatCount(r.bytes), formatCount(r.diagnostics), timed(r.ms, r.reps)]),
  );
}

function onnxTable(rows: readonly OnnxRow[]): string {
  const cell = (ms: number | null) => (ms === null ? '-' : formatMs(ms));
  return formatTable(
    [
      { title: 'n' },
      { title: 'p' },
      { title: 'batch' },
      { title: 'ONNX Runtime ms' },
      { title: 'cdam kernel', align: 'left' },
      { title: 'cdam ms' },
      { title: 'NumPy ms' },
    ],
    rows.map((r) => [
      formatCount(r.n),
      formatCount(r.p),
      String(r.batch),
      timed(r.onnxMsPerStep, r.reps),
      r.kernel ?? '-',
      cell(r.cdamMsPerStep),
      cell(r.numpyMsPerStep),
    ]),
  );
}

function verifyDefaultTable(rows: readonly VerifyDefaultRow[]): string {
  return formatTable(
    [
      { title: 'states' },
      { title: 'symbols' },
      { title: 'n' },
      { title: 'p' },
      { title: 'workers' },
      { title: 'proved', align: 'left' },
      { title: 'closure inputs' },
      { title: 'closure s' },
      { title: 'closure inputs/s' },
      { title: 'other inputs' },
      { title: 'noise inputs' },
      { title: 'total s' },
      { title: 'CPU s' },
    ],
    rows.map((r) => [
      formatCount(r.states),
      String(r.symbols),
      formatCount(r.neurons),
      formatCount(r.patterns),
      String(r.workers),
      r.proved ? 'yes' : 'no',
      formatCount(r.closureInputs),
      r.closureSeconds.toFixed(1),
      formatCount(Math.round(r.closureInputsPerSecond)),
      formatCount(r.otherInputs),
      formatCount(r.noiseInputs),
      r.seconds.toFixed(1),
      r.cpuSeconds.toFixed(1),
    ]),
  );
}

function codesTable(rows: readonly CodesRow[]): string {
  return formatTable(
    [
      { title: 'states' },
      { title: 'symbols' },
      { title: 'n' },
      { title: 'n_s + n_i' },
      { title: 'states/n' },
      { title: 'codes', align: 'left' },
      { title: 'κ_s' },
      { title: 'gap (required)' },
      { title: 'compile ms' },
      { title: 'n random' },
      { title: 'compile ms random' },
      { title: 'verify', align: 'left' },
      { title: 'verify s' },
      { title: 'verify CPU s' },
    ],
    rows.map((r) => [
      formatCount(r.states),
      String(r.symbols),
      formatCount(r.neurons),
      `${r.stateNeurons} + ${r.inputNeurons}`,
      r.statesPerNeuron.toFixed(1),
      r.stateCodes,
      String(r.kappaState),
      `${r.worstGap === null ? '-' : formatMs(r.worstGap)} (${formatMs(r.requiredGap)})`,
      formatMs(r.compileMs),
      formatCount(r.randomNeurons),
      formatMs(r.randomCompileMs),
      r.verify === null ? 'not run' : r.verify.proved ? 'proved' : `not proved, ${r.verify.failingWords} failing words`,
      r.verify === null ? '-' : r.verify.seconds.toFixed(1),
      r.verify === null ? '-' : r.verify.cpuSeconds.toFixed(1),
    ]),
  );
}

function expressionTable(rows: readonly ExpressionRow[]): string {
  return formatTable(
    [{ title: 'case', align: 'left' }, { title: 'operand states' }, { title: 'result states' }, { title: 'ms' }],
    rows.map((r) => [
      r.case,
      r.operandStates === 0 ? '-' : formatCount(r.operandStates),
      formatCount(r.resultStates),
      timed(r.ms, r.reps),
    ]),
  );
}

function determiniseTable(rows: readonly DeterminiseRow[]): string {
  return formatTable(
    [
      { title: 'k' },
      { title: 'NFA states' },
      { title: 'DFA states' },
      { title: 'determinise ms' },
      { title: 'minimal states' },
      { title: 'minimise ms' },
    ],
    rows.map((r) => [
      String(r.k),
      String(r.nfaStates),
      formatCount(r.dfaStates),
      timed(r.ms, r.reps),
      formatCount(r.minimalStates),
      timed(r.minimiseMs, r.minimiseReps),
    ]),
  );
}

/** One line per target of the brief that this run has a figure for. */
/** Section 8, when the run measured the language server. */
function languageServerSection(result: BenchResult): string[] {
  const l = result.languageServer;
  if (l === undefined) return [];
  return [
    `9. Language server (cdam lsp over stdio, a ${l.lines}-line dfa of ${l.states} states; median and max ms)`,
    formatTable(
      [{ title: 'what', align: 'left' }, { title: 'median ms' }, { title: 'max ms' }, { title: 'times' }],
      [
        [
          `change to published diagnostics (debounce ${l.recheckDelayMs} ms included)`,
          formatMs(l.changeToDiagnosticsMs),
          formatMs(l.changeToDiagnosticsMaxMs),
          String(l.changes),
        ],
        ['hover on a state', formatMs(l.hoverMs), formatMs(l.hoverMaxMs), String(l.requests)],
        ['completion after ->', formatMs(l.completionMs), formatMs(l.completionMaxMs), String(l.requests)],
      ],
    ),
    '',
  ];
}

export function targetLines(result: BenchResult): string[] {
  const lines: string[] = [];
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const compile10k = result.compile.find((r) => r.states === 10_000);
  if (compile10k) {
    lines.push(`   compile 10 000 states in < 5 s: ${formatMs(compile10k.ms)} ms, ${verdict(compile10k.ms < 5_000)}`);
  }
  for (const r of result.step.filter((s) => s.batch === 1)) {
    const what = `single-trajectory step within 3× NumPy at n = ${r.n}, p = ${r.p}`;
    lines.push(
      r.ratio === null
        ? `   ${what}: no NumPy figure`
        : `   ${what}: ${formatRatio(r.ratio)}, ${verdict(r.ratio <= 3)}`,
    );
  }
  const minimise10k = result.minimise.find((r) => r.states === 10_000);
  if (minimise10k) {
    lines.push(
      `   minimise 10 000 states in < 2 s: ${formatMs(minimise10k.ms)} ms, ${verdict(minimise10k.ms < 2_000)}`,
    );
  }
  for (const r of result.check.filter((c) => c.kind === 'escapes' && c.bytes >= 1_000_000)) {
    lines.push(`   check a 1 MB file of ${HOSTILE[r.kind]} in < 2 s: ${formatMs(r.ms)} ms, ${verdict(r.ms < 2_000)}`);
  }
  const l = result.languageServer;
  if (l !== undefined) {
    const size = `on ${l.lines} lines`;
    lines.push(
      `   change to diagnostics ${size} in < 200 ms: ${formatMs(l.changeToDiagnosticsMs)} ms, ${verdict(l.changeToDiagnosticsMs < 200)}`,
      `   hover ${size} in < 50 ms: ${formatMs(l.hoverMs)} ms, ${verdict(l.hoverMs < 50)}`,
      `   completion ${size} in < 50 ms: ${formatMs(l.completionMs)} ms, ${verdict(l.completionMs < 50)}`,
    );
  }
  for (const r of result.verifyDefault) {
    lines.push(
      `   default verify of a random ${formatCount(r.states)}-state ${r.symbols}-symbol DFA in < ${r.targetSeconds} s: ` +
        `${r.seconds.toFixed(1)} s, ${verdict(r.seconds < r.targetSeconds)}`,
    );
  }
  for (const r of result.codes) {
    lines.push(
      `   automatic n for a random ${formatCount(r.states)}-state ${r.symbols}-symbol DFA <= ${r.targetNeurons}, exact` +
        `${r.verify === null ? '' : ' and proved by verify'}: n = ${r.neurons}` +
        `${r.verify === null ? '' : `, ${r.verify.proved ? 'proved' : 'not proved'}`}, ` +
        verdict(r.neurons <= r.targetNeurons && r.exact && (r.verify === null || r.verify.proved)),
    );
  }
  for (const r of result.expressions) {
    if (r.operandStates === 0 || r.operandStates === 1_000) {
      lines.push(`   ${r.case} in < 1 s: ${formatMs(r.ms)} ms, ${verdict(r.ms < 1_000)}`);
    }
  }
  return lines;
}
