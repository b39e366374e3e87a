import {
  capacityRatios,
  formatNumber,
  type CapacityRatios,
  type CompileReport,
  type SequenceReport,
} from '@cdam/compiler';

/** The three capacity ratios as one report line (docs/compiler.md, "Capacity"). */
export function formatCapacity(capacity: CapacityRatios, what: string): string {
  const ratio = (value: number) => (value >= 0.01 ? formatNumber(value) : value.toExponential(2));
  return `  capacity    ${ratio(capacity.perNeuron)} ${what} per neuron, ${ratio(capacity.perNeuronAndPattern)} per (neuron + pattern), ${ratio(capacity.perStoredNumber)} per stored number (n · p = ${capacity.storedNumbers})`;
}

function gap(value: number | null): string {
  return value === null ? 'none' : formatNumber(value);
}

type Choices = Pick<CompileReport, 'neuronsChosen' | 'candidatesTried' | 'betaChosen' | 'minimumBeta'>;

function neuronsChoice(report: Choices): string {
  return report.neuronsChosen === 'auto'
    ? `chosen automatically: the smallest safe size, ${report.candidatesTried} candidate${report.candidatesTried === 1 ? '' : 's'} tried`
    : 'given';
}

function betaChoice(report: Choices): string {
  return report.betaChosen === 'auto'
    ? 'chosen automatically from the worst gap'
    : `given; the smallest exact value is ${formatNumber(report.minimumBeta)}`;
}

/**
 * The compile report as text: the sizes (n, p, the state/input split), the schedule (beta, a, h, eta, K),
 * the decision gaps against the required one, and whether each choice was automatic. Ends with a newline.
 */
export function formatCompileReport(report: CompileReport): string {
  const neurons = neuronsChoice(report);
  const beta = betaChoice(report);
  const completed = [
    report.determinised ? 'determinised' : undefined,
    report.deadState !== null ? `completed with dead state '${report.deadState}'` : undefined,
  ].filter((part) => part !== undefined);
  const lines = [
    `  automaton   ${report.states} states over ${report.symbols} symbols${completed.length > 0 ? ` (${completed.join(', ')})` : ''}`,
    `  neurons     n = ${report.neurons} (${neurons}): ${report.stateNeurons} state + ${report.inputNeurons} input`,
    `  patterns    p = ${report.patterns} (${report.states} states + ${report.transitions} transitions)`,
    `  schedule    beta = ${formatNumber(report.beta)} (${beta}), a = ${formatNumber(report.auto)}, h = ${formatNumber(report.hetero)}, eta = ${formatNumber(report.eta)}, K = ${report.iterations}`,
    `  worst gap   ${gap(report.gaps.worst)} (required ${formatNumber(report.requiredGap)}; present ${gap(report.gaps.present)}, jump ${gap(report.gaps.jump)}, hold ${gap(report.gaps.hold)}, decode ${gap(report.gaps.decode)})`,
    `  codes       ${report.encoding}${report.stateCodes ? `, ${report.stateCodes} state codes (κ = ${formatNumber(report.kappaState)})` : ''}, seed ${report.seed}`,
    ...(report.outputs
      ? [
          `  outputs     ${report.outputs.kind}, ${report.outputs.count} outputs coded in the last ${report.outputs.neurons} state neurons; read-out gap ${formatNumber(report.outputs.gap)}`,
        ]
      : []),
    `  exact       ${report.exact ? 'yes: every run follows the automaton' : 'not guaranteed (see the warnings)'}`,
    ...report.warnings.map((w) => `warning: ${w}`),
    formatCapacity(capacityRatios(report.states, report.neurons, report.patterns), 'states'),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The compile report of a sequence as text, in the shape of `formatCompileReport`: the steps and items, n and
 * its item/context split, p, the schedule (one update per tick), the attend and decode gaps, the codes and
 * whether recall is exact. Ends with a newline.
 */
export function formatSequenceReport(report: SequenceReport): string {
  const lines = [
    `  sequence    ${report.steps} step${report.steps === 1 ? '' : 's'} over ${report.items} item${report.items === 1 ? '' : 's'}${report.loop ? ', loop' : ''}`,
    `  neurons     n = ${report.neurons} (${neuronsChoice(report)}): ${report.itemNeurons} item + ${report.contextNeurons} context`,
    `  patterns    p = ${report.patterns} (one per tick of every step)`,
    `  schedule    beta = ${formatNumber(report.beta)} (${betaChoice(report)}), a = ${formatNumber(report.auto)}, h = ${formatNumber(report.hetero)}, eta = ${formatNumber(report.eta)}, one update per tick`,
    `  worst gap   ${gap(report.gaps.attend)} (required ${formatNumber(report.requiredGap)}; decode ${gap(report.gaps.decode)})`,
    `  codes       ${report.encoding}, seed ${report.seed}`,
    `  exact       ${report.exact ? 'yes: recall advances one pattern per tick' : 'not guaranteed (see the warnings)'}`,
    ...report.warnings.map((w) => `warning: ${w}`),
    formatCapacity(capacityRatios(report.patterns, report.neurons, report.patterns), 'patterns'),
  ];
  return `${lines.join('\n')}\n`;
}
