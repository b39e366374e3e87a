import { loadavg } from 'node:os';
import { compileSequence, type CompiledSequence } from '@cdam/compiler';
import type { SequenceSpec } from '@cdam/language';
import { SequenceNetwork } from '@cdam/runtime';
import { ThreadedKernel, threadedKernelFactory, threadedSequenceGaps } from '@cdam/runtime/parallel';
import { threadedName } from './step-bench.js';

/**
 * `pnpm bench:long`: how long a looping sequence one exact full-cycle recall reaches in a time budget, as
 * `cdam recall --neurons N --ticks P` runs it (compile with the exact gap check on two threads, then P ticks
 * on the threaded kernel). Without `--items`, a probe at `--probe` items (compile and 500 ticks) predicts the largest item
 * count whose compile and recall fit `--minutes` (compile grows as p², a tick as p), which is then run.
 * Options: --items N, --minutes M (default 10), --neurons N (default 784), --probe N (default 10 000),
 * --json. Progress goes to stderr.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    process.stderr.write(`bench:long: --${name} needs a positive whole number, not '${args[at + 1] ?? ''}'\n`);
    process.exit(2);
  }
  return value;
};
const known = new Set(['--items', '--minutes', '--neurons', '--probe', '--json']);
const unknown = args.find((a, i) => a.startsWith('--') && !known.has(a) && !(i > 0 && known.has(args[i - 1])));
if (unknown !== undefined) {
  process.stderr.write(
    `bench:long: unknown option '${unknown}' (options: --items, --minutes, --neurons, --probe, --json)\n`,
  );
  process.exit(2);
}
const minutes = option('minutes', 10);
const neurons = option('neurons', 784);
const log = (line: string) => process.stderr.write(`${line}\n`);
const load = () => loadavg().map((l) => Math.round(l * 100) / 100);

function compileLoop(items: number): { sequence: CompiledSequence; ms: number } {
  const spec: SequenceSpec = {
    name: `Loop${items}`,
    items: Array.from({ length: items }, (_, i) => `item${i}`),
    loop: true,
    dwell: new Array<number>(items).fill(1),
    network: {},
  };
  const start = performance.now();
  const result = compileSequence(spec, {
    neurons,
    gapCheck: (codes, positions) => threadedSequenceGaps(codes, positions),
  });
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return { sequence: result.sequence, ms: performance.now() - start };
}

/** Recalls `ticks` updates from the first item on the threaded kernel; the time, exactness and kernel. */
function recallLoop(sequence: CompiledSequence, ticks: number) {
  const network = new SequenceNetwork(sequence, { kernel: threadedKernelFactory() });
  network.recall({ ticks: 2 }); // starts the workers and builds the kernels, untimed
  const start = performance.now();
  const run = network.recall({ ticks });
  const ms = performance.now() - start;
  const kernel = network.kernel as ThreadedKernel;
  const name = threadedName(kernel, 1); // before closing, after which every call runs on this thread
  void kernel.close();
  return { ms, exact: run.summary.exact, errors: run.summary.errors, kernel: name };
}

let items = option('items', 0);
let prediction: { probeItems: number; compileMs: number; msPerTick: number; items: number } | undefined;
if (items === 0) {
  const probeItems = option('probe', 10_000);
  const probe = compileLoop(probeItems);
  const probeTicks = 500;
  const recalled = recallLoop(probe.sequence, probeTicks);
  const msPerTick = recalled.ms / probeTicks;
  // total(p) = (compile + p · tick)(p / p0)², both measured at p0
  const atProbe = probe.ms + probeItems * msPerTick;
  const scale = Math.sqrt((minutes * 60_000) / atProbe);
  items = Math.max(1000, Math.floor((probeItems * scale) / 1000) * 1000);
  prediction = { probeItems, compileMs: probe.ms, msPerTick, items };
  log(
    `probe ${probeItems} items: compiled in ${(probe.ms / 1000).toFixed(1)} s, ${msPerTick.toFixed(2)} ms/tick; predicted ${items} items in ${minutes} min (load ${load().join(' ')})`,
  );
}
const compiled = compileLoop(items);
log(`compiled ${items} items at n = ${neurons} in ${(compiled.ms / 1000).toFixed(1)} s (load ${load().join(' ')})`);
const recalled = recallLoop(compiled.sequence, compiled.sequence.positions.length);
const result = {
  items,
  neurons,
  patterns: compiled.sequence.positions.length,
  compileSeconds: compiled.ms / 1000,
  recallSeconds: recalled.ms / 1000,
  msPerTick: recalled.ms / compiled.sequence.positions.length,
  totalSeconds: (compiled.ms + recalled.ms) / 1000,
  withinBudget: compiled.ms + recalled.ms <= minutes * 60_000,
  exact: recalled.exact,
  errors: recalled.errors,
  kernel: recalled.kernel,
  prediction: prediction ?? null,
  loadAverage: load(),
  node: process.version,
};
if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  process.stdout.write(
    [
      `Long recall: a loop of ${items} items at n = ${neurons}, one full cycle (${result.patterns} ticks), ${recalled.kernel}`,
      `  compile (exact gap check)  ${result.compileSeconds.toFixed(1)} s`,
      `  recall                     ${result.recallSeconds.toFixed(1)} s (${result.msPerTick.toFixed(2)} ms per tick)`,
      `  total                      ${result.totalSeconds.toFixed(1)} s (${result.withinBudget ? 'within' : 'over'} ${minutes} min)`,
      `  exact                      ${result.exact ? 'yes' : `no (${result.errors} errors)`}`,
      `  load average               ${result.loadAverage.join(' ')}`,
    ].join('\n') + '\n',
  );
}
